package th.dla.carbon.settlement.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One row of settlement.trade. */
public record TradeRow(
    UUID id, UUID listingId, @Nullable UUID bidId, String laoCode, UUID buyerId, long quantity, BigDecimal unitPrice,
    BigDecimal total, String state, Instant paymentDueAt, @Nullable Instant deadlineRemindedAt,
    @Nullable String paymentReference, @Nullable Instant paidAt, @Nullable Instant paymentReportedAt,
    @Nullable String slipKey, @Nullable String slipContentType, @Nullable String slipFileName, @Nullable Long slipSize,
    @Nullable String receiptNo, @Nullable Instant paymentConfirmedAt,
    @Nullable String tgoReference, @Nullable Instant transferredAt, @Nullable Instant settledAt,
    @Nullable String cancelReason, @Nullable Instant cancelledAt, @Nullable String creditsReturnedTo,
    Instant createdAt, Instant updatedAt) {}
