package th.dla.carbon.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A bid as its buyer and the listing's LAO see it. {@code tradeId} and {@code tradePrice} are set once it filled;
 * {@code counterPrice} while the LAO's counter-offer waits.
 */
public record BidView(
    UUID id, UUID listingId, UUID buyerId, String bidder, long quantity, BigDecimal unitPrice, BidState state,
    long filledQuantity, @Nullable BigDecimal tradePrice, @Nullable BigDecimal counterPrice, @Nullable UUID tradeId,
    @Nullable Instant expiresAt, Instant createdAt) {}
