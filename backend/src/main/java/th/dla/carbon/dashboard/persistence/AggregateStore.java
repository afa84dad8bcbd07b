package th.dla.carbon.dashboard.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Writes of the dashboard aggregates. Every write is an additive upsert on a small key (LAO × vintage, province ×
 * month), so concurrent transactions touching different LAOs never wait for each other and the order in which
 * they commit does not matter. The trade and retirement fact rows make each event count exactly once.
 */
@Repository
public class AggregateStore {

  /** Changes to one LAO × vintage row (zero for "unchanged"). */
  public record Delta(long allocated, long held, long available, long listed, long sold, BigDecimal tradedValue,
      BigDecimal revenue, long retired) {

    public static Delta credits(long allocated, long held, long available, long listed) {
      return new Delta(allocated, held, available, listed, 0, BigDecimal.ZERO, BigDecimal.ZERO, 0);
    }
  }

  /** A sale row that a state change affected. */
  public record SaleRow(UUID tradeId, int vintage, String laoCode, String provinceCode, Instant createdAt, long quantity,
      BigDecimal unitPrice, BigDecimal value) {}

  private final DatabaseClient db;

  public AggregateStore(DatabaseClient db) {
    this.db = db;
  }

  public Mono<Void> add(String laoCode, int vintage, String provinceCode, Delta d) {
    return db.sql("""
            INSERT INTO dashboard.lao_vintage AS t (lao_code, vintage, province_code, allocated, held, available, listed, sold,
                                                   traded_value, revenue, retired)
            VALUES (:lao, :vintage, :province, :allocated, :held, :available, :listed, :sold, :value, :revenue, :retired)
            ON CONFLICT (lao_code, vintage) DO UPDATE SET
              allocated = t.allocated + excluded.allocated, held = t.held + excluded.held,
              available = t.available + excluded.available, listed = t.listed + excluded.listed,
              sold = t.sold + excluded.sold, traded_value = t.traded_value + excluded.traded_value,
              revenue = t.revenue + excluded.revenue, retired = t.retired + excluded.retired, updated_at = now()""")
        .bind("lao", laoCode).bind("vintage", vintage).bind("province", provinceCode)
        .bind("allocated", d.allocated()).bind("held", d.held()).bind("available", d.available()).bind("listed", d.listed())
        .bind("sold", d.sold()).bind("value", d.tradedValue()).bind("revenue", d.revenue()).bind("retired", d.retired())
        .then();
  }

  /** Makes the trade the row's last trade when it is more recent (by time, then id) than the one recorded. */
  public Mono<Void> offerLastTrade(String laoCode, int vintage, UUID tradeId, Instant at, BigDecimal price) {
    return db.sql("""
            UPDATE dashboard.lao_vintage SET last_price = :price, last_trade_at = :at, last_trade_id = :trade, updated_at = now()
            WHERE lao_code = :lao AND vintage = :vintage
              AND (last_trade_at IS NULL OR (last_trade_at, last_trade_id) < (:at, :trade))""")
        .bind("price", price).bind("at", utc(at)).bind("trade", tradeId).bind("lao", laoCode).bind("vintage", vintage)
        .then();
  }

  /** After the row's last trade was cancelled: the most recent remaining sale of the row, or none. */
  public Mono<Void> recomputeLastTrade(String laoCode, int vintage, UUID cancelledTrade) {
    return db.sql("""
            UPDATE dashboard.lao_vintage t SET last_price = s.unit_price, last_trade_at = s.created_at, last_trade_id = s.trade_id,
                   updated_at = now()
            FROM (SELECT NULL::int AS dummy) d
            LEFT JOIN LATERAL (SELECT unit_price, created_at, trade_id FROM dashboard.sale
                               WHERE lao_code = :lao AND vintage = :vintage AND NOT cancelled
                               ORDER BY created_at DESC, trade_id DESC LIMIT 1) s ON true
            WHERE t.lao_code = :lao AND t.vintage = :vintage AND t.last_trade_id = :trade""")
        .bind("lao", laoCode).bind("vintage", vintage).bind("trade", cancelledTrade)
        .then();
  }

  public Mono<Void> addMonth(String provinceCode, LocalDate month, long volume, BigDecimal value, long retired) {
    return db.sql("""
            INSERT INTO dashboard.province_month AS t (province_code, month, volume, value, retired)
            VALUES (:province, :month, :volume, :value, :retired)
            ON CONFLICT (province_code, month) DO UPDATE SET volume = t.volume + excluded.volume,
              value = t.value + excluded.value, retired = t.retired + excluded.retired, updated_at = now()""")
        .bind("province", provinceCode).bind("month", month).bind("volume", volume).bind("value", value).bind("retired", retired)
        .then();
  }

  /** Records the sale; true when it is new (a repeated event changes nothing). */
  public Mono<Boolean> insertSale(SaleRow s) {
    return db.sql("""
            INSERT INTO dashboard.sale (trade_id, vintage, lao_code, province_code, created_at, quantity, unit_price, value)
            VALUES (:trade, :vintage, :lao, :province, :at, :quantity, :price, :value) ON CONFLICT DO NOTHING""")
        .bind("trade", s.tradeId()).bind("vintage", s.vintage()).bind("lao", s.laoCode()).bind("province", s.provinceCode())
        .bind("at", utc(s.createdAt())).bind("quantity", s.quantity()).bind("price", s.unitPrice()).bind("value", s.value())
        .fetch().rowsUpdated().map(n -> n > 0);
  }

  /** Marks the trade's sales cancelled; returns those that were not (none when repeated). */
  public Flux<SaleRow> cancelSales(UUID tradeId) {
    return db.sql("UPDATE dashboard.sale SET cancelled = true WHERE trade_id = :trade AND NOT cancelled RETURNING *")
        .bind("trade", tradeId).map(AggregateStore::sale).all();
  }

  /** Marks the trade's sales paid; returns those that were not (none when repeated or cancelled). */
  public Flux<SaleRow> confirmSales(UUID tradeId) {
    return db.sql("UPDATE dashboard.sale SET confirmed = true WHERE trade_id = :trade AND NOT confirmed AND NOT cancelled RETURNING *")
        .bind("trade", tradeId).map(AggregateStore::sale).all();
  }

  /** Records the retirement; true when it is new. */
  public Mono<Boolean> insertRetirement(String certificateNo, @Nullable String buyerProvince, @Nullable String buyerName,
      long quantity, @Nullable Integer vintage, String beneficiary, Instant retiredAt) {
    DatabaseClient.GenericExecuteSpec spec = db.sql("""
            INSERT INTO dashboard.retirement (certificate_no, buyer_province, buyer_name, quantity, vintage, beneficiary, retired_at)
            VALUES (:no, :province, :name, :quantity, :vintage, :beneficiary, :at) ON CONFLICT DO NOTHING""")
        .bind("no", certificateNo).bind("quantity", quantity).bind("beneficiary", beneficiary).bind("at", utc(retiredAt));
    spec = buyerProvince == null ? spec.bindNull("province", String.class) : spec.bind("province", buyerProvince);
    spec = buyerName == null ? spec.bindNull("name", String.class) : spec.bind("name", buyerName);
    spec = vintage == null ? spec.bindNull("vintage", Integer.class) : spec.bind("vintage", vintage);
    return spec.fetch().rowsUpdated().map(n -> n > 0);
  }

  /** The LAO's latest bin report: replaces the recorded one unless that is of a later window. */
  public Mono<Void> upsertBins(String laoCode, String provinceCode, long windowId, long households, long bins) {
    return db.sql("""
            INSERT INTO dashboard.lao_bins AS t (lao_code, province_code, window_id, households, bins)
            VALUES (:lao, :province, :window, :households, :bins)
            ON CONFLICT (lao_code) DO UPDATE SET window_id = excluded.window_id, households = excluded.households,
              bins = excluded.bins WHERE t.window_id <= excluded.window_id""")
        .bind("lao", laoCode).bind("province", provinceCode).bind("window", windowId).bind("households", households)
        .bind("bins", bins)
        .then();
  }

  static OffsetDateTime utc(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  private static SaleRow sale(io.r2dbc.spi.Readable row) {
    return new SaleRow(row.get("trade_id", UUID.class), row.get("vintage", Integer.class), row.get("lao_code", String.class),
        row.get("province_code", String.class), row.get("created_at", OffsetDateTime.class).toInstant(),
        row.get("quantity", Long.class), row.get("unit_price", BigDecimal.class), row.get("value", BigDecimal.class));
  }
}
