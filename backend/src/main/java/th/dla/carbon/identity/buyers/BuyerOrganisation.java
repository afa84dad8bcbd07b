package th.dla.carbon.identity.buyers;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import th.dla.carbon.identity.BuyerStatus;
import th.dla.carbon.identity.OrganisationType;

/** A buyer organisation as the organisation itself and DLA administrators see it. */
public record BuyerOrganisation(
    UUID id,
    OrganisationType type,
    String nameTh,
    String nameEn,
    String taxId,
    BuyerAddress address,
    String contactName,
    String email,
    String phone,
    @Nullable String tgoAccountNo,
    BuyerStatus status,
    @Nullable String statusReason,
    List<BuyerDocument> documents,
    OffsetDateTime createdAt,
    @Nullable OffsetDateTime verifiedAt) {}
