package th.dla.carbon.settlement;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Read-only trade figures for reports and exports (the reporting module), apart from {@link Trades}. Callers
 * decide who may see what; these queries only filter. Streams read page by page on a keyset
 * ({@code created_at, id}): a large export holds one page in memory and no connection between pages.
 */
@Service
public class TradeReports {

  public record TradeRecord(UUID id, UUID listingId, String laoCode, UUID buyerId, long quantity, BigDecimal unitPrice,
      BigDecimal total, TradeState state, Instant createdAt, @Nullable Instant paymentConfirmedAt,
      @Nullable Instant settledAt, @Nullable Instant cancelledAt) {}

  /**
   * What to stream: {@code provinceCodes} and {@code laoCodes} null = everywhere, {@code buyerId} null = every
   * buyer; the period is on the trade's creation, {@code [from, to)}; {@code withCancelled} false leaves out
   * cancelled trades (the public sees sales only).
   */
  public record TradeFilter(@Nullable List<String> provinceCodes, @Nullable List<String> laoCodes, @Nullable UUID buyerId,
      @Nullable Instant from, @Nullable Instant to, boolean withCancelled) {}

  /**
   * One LAO's trades made in a period (cancelled ones left out): count, quantity, value, unit prices (min, mean,
   * max, volume-weighted), and the revenue confirmed in the period (LAO receipts, whenever the trade was made).
   */
  public record LaoTradeSummary(String laoCode, int trades, long quantity, BigDecimal value, @Nullable BigDecimal minPrice,
      @Nullable BigDecimal avgPrice, @Nullable BigDecimal maxPrice, @Nullable BigDecimal vwap, int cancelled,
      BigDecimal revenueConfirmed) {}

  /** What one buyer bought from one LAO in a period (trades not cancelled). */
  public record LaoBuyer(String laoCode, UUID buyerId, int trades, long quantity, BigDecimal value) {}

  private static final int PAGE = 1000;
  private static final OffsetDateTime BEGINNING = Instant.EPOCH.atOffset(ZoneOffset.UTC);
  private static final OffsetDateTime END = Instant.parse("9999-01-01T00:00:00Z").atOffset(ZoneOffset.UTC);

  private final DatabaseClient db;

  TradeReports(DatabaseClient db) {
    this.db = db;
  }

  /** Trades oldest first, read in pages of {@code pageSize} as the subscriber asks for them. */
  public Flux<TradeRecord> stream(TradeFilter filter, int pageSize) {
    int size = pageSize <= 0 ? PAGE : pageSize;
    return page(filter, null, size)
        .expand(page -> page.size() < size ? Mono.empty() : page(filter, page.get(page.size() - 1), size))
        .concatMapIterable(page -> page, 1);
  }

  private Mono<List<TradeRecord>> page(TradeFilter f, @Nullable TradeRecord after, int size) {
    return db.sql("""
            SELECT id, listing_id, lao_code, buyer_id, quantity, unit_price, total, state, created_at,
                   payment_confirmed_at, settled_at, cancelled_at
              FROM settlement.trade
             WHERE (:allProvinces OR substr(lao_code, 2, 2) = ANY(:provinces))
               AND (:allLaos OR lao_code = ANY(:laos))
               AND (:allBuyers OR buyer_id = :buyer)
               AND (:withCancelled OR state <> 'CANCELLED')
               AND created_at >= :from AND created_at < :to
               AND (created_at, id) > (:afterAt, :afterId)
             ORDER BY created_at, id
             LIMIT :limit""")
        .bind("allProvinces", f.provinceCodes() == null)
        .bind("provinces", f.provinceCodes() == null ? new String[0] : f.provinceCodes().toArray(String[]::new))
        .bind("allLaos", f.laoCodes() == null)
        .bind("laos", f.laoCodes() == null ? new String[0] : f.laoCodes().toArray(String[]::new))
        .bind("allBuyers", f.buyerId() == null)
        .bind("buyer", f.buyerId() == null ? new UUID(0, 0) : f.buyerId())
        .bind("withCancelled", f.withCancelled())
        .bind("from", f.from() == null ? BEGINNING : f.from().atOffset(ZoneOffset.UTC))
        .bind("to", f.to() == null ? END : f.to().atOffset(ZoneOffset.UTC))
        .bind("afterAt", after == null ? BEGINNING.minusSeconds(1) : after.createdAt().atOffset(ZoneOffset.UTC))
        .bind("afterId", after == null ? new UUID(0, 0) : after.id())
        .bind("limit", size)
        .map(TradeReports::record)
        .all()
        .collectList();
  }

  /** Per LAO of the province with trades made, or revenue confirmed, in {@code [from, to)}. */
  public Flux<LaoTradeSummary> summaryInProvince(String provinceCode, Instant from, Instant to) {
    return db.sql("""
            WITH made AS (
              SELECT lao_code,
                     count(*) FILTER (WHERE state <> 'CANCELLED') AS trades,
                     coalesce(sum(quantity) FILTER (WHERE state <> 'CANCELLED'), 0) AS quantity,
                     coalesce(sum(total) FILTER (WHERE state <> 'CANCELLED'), 0) AS value,
                     min(unit_price) FILTER (WHERE state <> 'CANCELLED') AS min_price,
                     avg(unit_price) FILTER (WHERE state <> 'CANCELLED') AS avg_price,
                     max(unit_price) FILTER (WHERE state <> 'CANCELLED') AS max_price,
                     count(*) FILTER (WHERE state = 'CANCELLED') AS cancelled
                FROM settlement.trade
               WHERE substr(lao_code, 2, 2) = :province AND created_at >= :from AND created_at < :to
               GROUP BY lao_code
            ), received AS (
              SELECT lao_code, sum(amount) AS revenue
                FROM settlement.lao_revenue
               WHERE substr(lao_code, 2, 2) = :province AND confirmed_at >= :from AND confirmed_at < :to
               GROUP BY lao_code
            )
            SELECT coalesce(m.lao_code, r.lao_code) AS lao_code, coalesce(m.trades, 0) AS trades,
                   coalesce(m.quantity, 0) AS quantity, coalesce(m.value, 0) AS value, m.min_price, m.avg_price,
                   m.max_price, coalesce(m.cancelled, 0) AS cancelled, coalesce(r.revenue, 0) AS revenue
              FROM made m FULL JOIN received r ON r.lao_code = m.lao_code
             ORDER BY 1""")
        .bind("province", provinceCode)
        .bind("from", from.atOffset(ZoneOffset.UTC))
        .bind("to", to.atOffset(ZoneOffset.UTC))
        .map(row -> {
          long quantity = row.get("quantity", BigDecimal.class).longValue();
          BigDecimal value = row.get("value", BigDecimal.class).setScale(2, RoundingMode.HALF_UP);
          BigDecimal avg = row.get("avg_price", BigDecimal.class);
          return new LaoTradeSummary(row.get("lao_code", String.class).strip(), row.get("trades", Long.class).intValue(),
              quantity, value, row.get("min_price", BigDecimal.class),
              avg == null ? null : avg.setScale(2, RoundingMode.HALF_UP), row.get("max_price", BigDecimal.class),
              quantity == 0 ? null : value.divide(BigDecimal.valueOf(quantity), 2, RoundingMode.HALF_UP),
              row.get("cancelled", Long.class).intValue(),
              row.get("revenue", BigDecimal.class).setScale(2, RoundingMode.HALF_UP));
        })
        .all();
  }

  /** The buyers of each LAO of the province in {@code [from, to)} (trades not cancelled), biggest first. */
  public Flux<LaoBuyer> buyersInProvince(String provinceCode, Instant from, Instant to) {
    return db.sql("""
            SELECT lao_code, buyer_id, count(*) AS trades, sum(quantity) AS quantity, sum(total) AS value
              FROM settlement.trade
             WHERE substr(lao_code, 2, 2) = :province AND created_at >= :from AND created_at < :to AND state <> 'CANCELLED'
             GROUP BY lao_code, buyer_id
             ORDER BY lao_code, sum(quantity) DESC, buyer_id""")
        .bind("province", provinceCode)
        .bind("from", from.atOffset(ZoneOffset.UTC))
        .bind("to", to.atOffset(ZoneOffset.UTC))
        .map(row -> new LaoBuyer(row.get("lao_code", String.class).strip(), row.get("buyer_id", UUID.class),
            row.get("trades", Long.class).intValue(), row.get("quantity", BigDecimal.class).longValue(),
            row.get("value", BigDecimal.class).setScale(2, RoundingMode.HALF_UP)))
        .all();
  }

  private static TradeRecord record(Readable row) {
    return new TradeRecord(row.get("id", UUID.class), row.get("listing_id", UUID.class), row.get("lao_code", String.class).strip(),
        row.get("buyer_id", UUID.class), row.get("quantity", Long.class), row.get("unit_price", BigDecimal.class),
        row.get("total", BigDecimal.class), TradeState.valueOf(row.get("state", String.class)), instant(row, "created_at"),
        instant(row, "payment_confirmed_at"), instant(row, "settled_at"), instant(row, "cancelled_at"));
  }

  static @Nullable Instant instant(Readable row, String column) {
    OffsetDateTime value = row.get(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
