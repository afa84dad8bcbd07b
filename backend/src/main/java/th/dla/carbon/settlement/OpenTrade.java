package th.dla.carbon.settlement;

import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import th.dla.carbon.registry.Holder;

/**
 * What the market tells settlement when a bid fills: {@code quantity} credits at {@code unitPrice} THB each, now
 * reserved in the registry for {@code listingHolder}, to become the buyer's once paid and transferred.
 */
public record OpenTrade(UUID listingId, @Nullable UUID bidId, String laoCode, UUID buyerId, long quantity,
    BigDecimal unitPrice, Holder listingHolder) {}
