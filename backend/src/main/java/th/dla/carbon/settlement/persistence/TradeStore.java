package th.dla.carbon.settlement.persistence;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import th.dla.carbon.platform.BusinessTime;

/**
 * SQL for trades. Every state change is one conditional {@code UPDATE ... WHERE state = <expected>}: of two racing
 * requests exactly one changes the row; the other gets nothing back and is answered 409.
 */
@Repository
public class TradeStore {

  private final DatabaseClient db;

  public TradeStore(DatabaseClient db) {
    this.db = db;
  }

  public Mono<TradeRow> insert(UUID id, UUID listingId, @Nullable UUID bidId, String laoCode, UUID buyerId, long quantity,
      BigDecimal unitPrice, BigDecimal total, Duration paymentDeadline) {
    DatabaseClient.GenericExecuteSpec spec = db.sql("""
            INSERT INTO settlement.trade (id, listing_id, bid_id, lao_code, buyer_id, quantity, unit_price, total, state,
                                          payment_due_at, created_at)
            VALUES (:id, :listing, :bid, :lao, :buyer, :quantity, :unitPrice, :total, 'AWAITING_PAYMENT',
                    now() + make_interval(secs => :deadline), coalesce(:createdAt, now()))
            RETURNING *""")
        .bind("id", id)
        .bind("listing", listingId)
        .bind("lao", laoCode)
        .bind("buyer", buyerId)
        .bind("quantity", quantity)
        .bind("unitPrice", unitPrice)
        .bind("total", total)
        .bind("deadline", (double) paymentDeadline.toMillis() / 1000d);
    spec = bidId == null ? spec.bindNull("bid", UUID.class) : spec.bind("bid", bidId);
    DatabaseClient.GenericExecuteSpec insert = spec;
    // the demo's history gives trades past dates (platform.BusinessTime); the payment deadline stays real
    return BusinessTime.override().flatMap(at -> (at.isPresent()
            ? insert.bind("createdAt", OffsetDateTime.ofInstant(at.get(), ZoneOffset.UTC))
            : insert.bindNull("createdAt", OffsetDateTime.class))
        .map(TradeStore::row).one());
  }

  public Mono<TradeRow> find(UUID id) {
    return db.sql("SELECT * FROM settlement.trade WHERE id = :id").bind("id", id).map(TradeStore::row).one();
  }

  public Flux<TradeRow> byBuyer(UUID buyerId, long offset, int limit) {
    return db.sql("SELECT * FROM settlement.trade WHERE buyer_id = :buyer ORDER BY created_at DESC, id OFFSET :offset LIMIT :limit")
        .bind("buyer", buyerId).bind("offset", offset).bind("limit", limit)
        .map(TradeStore::row).all();
  }

  public Mono<Long> countByBuyer(UUID buyerId) {
    return db.sql("SELECT count(*) AS n FROM settlement.trade WHERE buyer_id = :buyer").bind("buyer", buyerId)
        .map(row -> row.get("n", Long.class)).one();
  }

  public Flux<TradeRow> byLao(String laoCode, @Nullable String state, long offset, int limit) {
    return db.sql("SELECT * FROM settlement.trade WHERE lao_code = :lao AND (:state = '' OR state = :state) "
            + "ORDER BY created_at DESC, id OFFSET :offset LIMIT :limit")
        .bind("lao", laoCode).bind("state", state == null ? "" : state).bind("offset", offset).bind("limit", limit)
        .map(TradeStore::row).all();
  }

  public Mono<Long> countByLao(String laoCode, @Nullable String state) {
    return db.sql("SELECT count(*) AS n FROM settlement.trade WHERE lao_code = :lao AND (:state = '' OR state = :state)")
        .bind("lao", laoCode).bind("state", state == null ? "" : state)
        .map(row -> row.get("n", Long.class)).one();
  }

  /** AWAITING_PAYMENT → PAYMENT_REPORTED, only before the deadline. */
  public Mono<TradeRow> reportPayment(UUID id, String reference, Instant paidAt, UUID by, @Nullable Slip slip) {
    DatabaseClient.GenericExecuteSpec spec = db.sql("""
            UPDATE settlement.trade SET state = 'PAYMENT_REPORTED', payment_reference = :reference, paid_at = :paidAt,
                   payment_reported_at = now(), payment_reported_by = :by, slip_key = :slipKey,
                   slip_content_type = :slipType, slip_file_name = :slipName, slip_size = :slipSize, updated_at = now()
            WHERE id = :id AND state = 'AWAITING_PAYMENT' AND payment_due_at > now()
            RETURNING *""")
        .bind("id", id).bind("reference", reference).bind("paidAt", utc(paidAt)).bind("by", by);
    if (slip == null) {
      spec = spec.bindNull("slipKey", String.class).bindNull("slipType", String.class).bindNull("slipName", String.class)
          .bindNull("slipSize", Long.class);
    } else {
      spec = spec.bind("slipKey", slip.key()).bind("slipType", slip.contentType()).bind("slipName", slip.fileName())
          .bind("slipSize", slip.size());
    }
    return spec.map(TradeStore::row).one();
  }

  public record Slip(String key, String contentType, String fileName, long size) {}

  /** PAYMENT_REPORTED → PAYMENT_CONFIRMED, recording the LAO's revenue with its receipt number. */
  public Mono<TradeRow> confirmPayment(UUID id, String receiptNo, UUID by) {
    return db.sql("""
            UPDATE settlement.trade SET state = 'PAYMENT_CONFIRMED', receipt_no = :receipt, payment_confirmed_at = now(),
                   payment_confirmed_by = :by, updated_at = now()
            WHERE id = :id AND state = 'PAYMENT_REPORTED'
            RETURNING *""")
        .bind("id", id).bind("receipt", receiptNo).bind("by", by)
        .map(TradeStore::row).one();
  }

  /** Emits false when the LAO already used this receipt number for another trade. */
  public Mono<Boolean> recordRevenue(TradeRow trade, UUID by) {
    return db.sql("""
            INSERT INTO settlement.lao_revenue (trade_id, lao_code, receipt_no, amount, confirmed_at, confirmed_by)
            VALUES (:trade, :lao, :receipt, :amount, now(), :by)
            ON CONFLICT (lao_code, receipt_no) DO NOTHING""")
        .bind("trade", trade.id()).bind("lao", trade.laoCode()).bind("receipt", trade.receiptNo())
        .bind("amount", trade.total()).bind("by", by)
        .fetch().rowsUpdated().map(rows -> rows == 1);
  }

  /** The LAO's confirmed sale income (THB) and the number of trades it came from. */
  public Mono<BigDecimal> revenueOf(String laoCode) {
    return db.sql("SELECT coalesce(sum(amount), 0) AS total FROM settlement.lao_revenue WHERE lao_code = :lao")
        .bind("lao", laoCode).map(row -> row.get("total", BigDecimal.class)).one();
  }

  /** PAYMENT_CONFIRMED → SETTLED with the TGO transfer reference. */
  public Mono<TradeRow> settle(UUID id, String tgoReference, Instant transferredAt, UUID by) {
    return db.sql("""
            UPDATE settlement.trade SET state = 'SETTLED', tgo_reference = :tgo, transferred_at = :at, settled_at = now(),
                   settled_by = :by, updated_at = now()
            WHERE id = :id AND state = 'PAYMENT_CONFIRMED'
            RETURNING *""")
        .bind("id", id).bind("tgo", tgoReference).bind("at", utc(transferredAt)).bind("by", by)
        .map(TradeStore::row).one();
  }

  /** AWAITING_PAYMENT or PAYMENT_REPORTED → CANCELLED. {@code onlyIfExpired}: the deadline scheduler's variant. */
  public Mono<TradeRow> cancel(UUID id, String reason, @Nullable UUID by, boolean onlyIfExpired) {
    DatabaseClient.GenericExecuteSpec spec = db.sql("""
            UPDATE settlement.trade SET state = 'CANCELLED', cancel_reason = :reason, cancelled_at = now(),
                   cancelled_by = :by, updated_at = now()
            WHERE id = :id AND %s
            RETURNING *""".formatted(onlyIfExpired
            ? "state = 'AWAITING_PAYMENT' AND payment_due_at <= now()"
            : "state IN ('AWAITING_PAYMENT', 'PAYMENT_REPORTED')"))
        .bind("id", id).bind("reason", reason);
    spec = by == null ? spec.bindNull("by", UUID.class) : spec.bind("by", by);
    return spec.map(TradeStore::row).one();
  }

  public Mono<Void> creditsReturnedTo(UUID id, String where) {
    return db.sql("UPDATE settlement.trade SET credits_returned_to = :where WHERE id = :id")
        .bind("id", id).bind("where", where).then();
  }

  /** Claims (locks, skipping rows other instances hold) one unpaid trade whose deadline has passed. */
  public Mono<UUID> claimExpired() {
    return db.sql("""
            SELECT id FROM settlement.trade
            WHERE state = 'AWAITING_PAYMENT' AND payment_due_at <= now()
            ORDER BY payment_due_at, id LIMIT 1
            FOR UPDATE SKIP LOCKED""")
        .map(row -> row.get("id", UUID.class)).one();
  }

  /** Claims one unpaid trade due within {@code before} that was not reminded yet, and marks it reminded. */
  public Mono<TradeRow> claimReminder(Duration before) {
    return db.sql("""
            UPDATE settlement.trade SET deadline_reminded_at = now()
            WHERE id = (SELECT id FROM settlement.trade
                        WHERE state = 'AWAITING_PAYMENT' AND deadline_reminded_at IS NULL
                          AND payment_due_at > now() AND payment_due_at <= now() + make_interval(secs => :before)
                        ORDER BY payment_due_at, id LIMIT 1
                        FOR UPDATE SKIP LOCKED)
            RETURNING *""")
        .bind("before", (double) before.toSeconds())
        .map(TradeStore::row).one();
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static @Nullable Instant instant(Readable row, String column) {
    OffsetDateTime value = row.get(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  static TradeRow row(Readable row) {
    return new TradeRow(row.get("id", UUID.class), row.get("listing_id", UUID.class), row.get("bid_id", UUID.class),
        row.get("lao_code", String.class), row.get("buyer_id", UUID.class), row.get("quantity", Long.class),
        row.get("unit_price", BigDecimal.class), row.get("total", BigDecimal.class), row.get("state", String.class),
        instant(row, "payment_due_at"), instant(row, "deadline_reminded_at"),
        row.get("payment_reference", String.class), instant(row, "paid_at"), instant(row, "payment_reported_at"),
        row.get("slip_key", String.class), row.get("slip_content_type", String.class), row.get("slip_file_name", String.class),
        row.get("slip_size", Long.class),
        row.get("receipt_no", String.class), instant(row, "payment_confirmed_at"),
        row.get("tgo_reference", String.class), instant(row, "transferred_at"), instant(row, "settled_at"),
        row.get("cancel_reason", String.class), instant(row, "cancelled_at"), row.get("credits_returned_to", String.class),
        instant(row, "created_at"), instant(row, "updated_at"));
  }
}
