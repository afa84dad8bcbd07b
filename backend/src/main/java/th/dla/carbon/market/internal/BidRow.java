package th.dla.carbon.market.internal;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import th.dla.carbon.market.BidState;
import th.dla.carbon.market.BidView;
import th.dla.carbon.market.PublicBidView;

/** One row of market.bid. */
public record BidRow(
    UUID id, UUID listingId, UUID buyerId, int bidderNo, UUID placedBy, long quantity, BigDecimal unitPrice,
    BidState state, long filledQuantity, @Nullable BigDecimal tradePrice, @Nullable BigDecimal counterPrice,
    @Nullable UUID tradeId, @Nullable Instant expiresAt, long seq, Instant createdAt) {

  static final String COLUMNS = """
      id, listing_id, buyer_id, bidder_no, placed_by, quantity, unit_price, state, filled_quantity, trade_price,
      counter_price, trade_id, expires_at, seq, created_at""";

  static BidRow read(Readable r) {
    return new BidRow(r.get("id", UUID.class), r.get("listing_id", UUID.class), r.get("buyer_id", UUID.class),
        r.get("bidder_no", Integer.class), r.get("placed_by", UUID.class), r.get("quantity", Long.class),
        r.get("unit_price", BigDecimal.class), BidState.valueOf(r.get("state", String.class)),
        r.get("filled_quantity", Long.class), r.get("trade_price", BigDecimal.class), r.get("counter_price", BigDecimal.class),
        r.get("trade_id", UUID.class), ListingRow.instant(r, "expires_at"), r.get("seq", Long.class),
        ListingRow.instant(r, "created_at"));
  }

  public static String bidderLabel(int bidderNo) {
    return "ผู้ซื้อ #" + bidderNo;
  }

  public BidView view() {
    return new BidView(id, listingId, buyerId, bidderLabel(bidderNo), quantity, unitPrice, state, filledQuantity,
        tradePrice, counterPrice, tradeId, expiresAt, createdAt);
  }

  public PublicBidView publicView() {
    return new PublicBidView(id, bidderLabel(bidderNo), quantity, unitPrice, state, filledQuantity, createdAt);
  }
}
