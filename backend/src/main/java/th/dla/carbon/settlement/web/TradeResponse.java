package th.dla.carbon.settlement.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import th.dla.carbon.settlement.TradeState;
import th.dla.carbon.settlement.persistence.TradeRow;

/** A trade and how far its settlement went. */
public record TradeResponse(
    UUID id, UUID listingId, @Nullable UUID bidId, String laoCode, UUID buyerId, long quantity, BigDecimal unitPrice,
    BigDecimal total, TradeState state, Instant paymentDueAt,
    @Nullable String paymentReference, @Nullable Instant paidAt, @Nullable Instant paymentReportedAt,
    @Nullable SlipInfo slip,
    @Nullable String receiptNo, @Nullable Instant paymentConfirmedAt,
    @Nullable String tgoReference, @Nullable Instant transferredAt, @Nullable Instant settledAt,
    @Nullable String cancelReason, @Nullable Instant cancelledAt,
    @Schema(description = "where a cancelled trade's credits went: LISTING (back on sale) or LAO (released)")
    @Nullable String creditsReturnedTo,
    Instant createdAt, Instant updatedAt) {

  public record SlipInfo(String fileName, String contentType, long size) {}

  static TradeResponse of(TradeRow row) {
    SlipInfo slip = row.slipKey() == null ? null : new SlipInfo(row.slipFileName(), row.slipContentType(), row.slipSize());
    return new TradeResponse(row.id(), row.listingId(), row.bidId(), row.laoCode(), row.buyerId(), row.quantity(),
        row.unitPrice(), row.total(), TradeState.valueOf(row.state()), row.paymentDueAt(), row.paymentReference(),
        row.paidAt(), row.paymentReportedAt(), slip, row.receiptNo(), row.paymentConfirmedAt(), row.tgoReference(),
        row.transferredAt(), row.settledAt(), row.cancelReason(), row.cancelledAt(), row.creditsReturnedTo(),
        row.createdAt(), row.updatedAt());
  }
}
