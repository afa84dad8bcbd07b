package th.dla.carbon.registry;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A credit account: {@code laoCode} is set for LAO accounts, {@code buyerId} for buyer accounts. */
public record Account(long id, AccountKind kind, @Nullable String laoCode, @Nullable UUID buyerId) {}
