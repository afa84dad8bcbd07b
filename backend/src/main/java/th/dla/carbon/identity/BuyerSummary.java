package th.dla.carbon.identity;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A verified buyer as other modules see it: enough to name it on a bid or a certificate and to place it on a
 * provincial dashboard. Nothing about its documents or contact person.
 */
public record BuyerSummary(UUID id, String nameTh, String nameEn, OrganisationType type, @Nullable String provinceCode) {}
