package th.dla.carbon.registry.persistence;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

public record AccountRow(long id, String kind, @Nullable String laoCode, @Nullable UUID buyerId) {}
