package th.dla.carbon.settlement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A trade as other modules see it. {@code total = quantity × unitPrice}, THB with 2 decimals. */
public record TradeView(UUID id, UUID listingId, @Nullable UUID bidId, String laoCode, UUID buyerId, long quantity,
    BigDecimal unitPrice, BigDecimal total, TradeState state, Instant paymentDueAt, Instant createdAt) {}
