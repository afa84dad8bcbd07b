package th.dla.carbon.dashboard.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads of the dashboard aggregates. Each query reads a bounded number of rows whatever the history: at most one
 * per LAO and vintage, per province and month, or a page of fact rows through an index.
 */
@Repository
public class FigureQueries {

  /** Sums of one LAO (or of the LAOs of a province, with LAO counts). */
  public record Sums(String key, long allocated, long held, long available, long listed, long sold, long retired,
      BigDecimal revenue, long laosHolding, long laosListing, long laosSelling) {}

  public record VintageRow(int vintage, long allocated, long available, long listed, long sold, long retired,
      BigDecimal tradedValue, @Nullable BigDecimal lastPrice, @Nullable Instant lastTradeAt) {}

  public record MonthRow(LocalDate month, long volume, BigDecimal value, long retired) {}

  public record BinsRow(String laoCode, long households, long bins) {}

  public record SaleLine(UUID tradeId, int vintage, Instant createdAt, long quantity, BigDecimal unitPrice, BigDecimal value) {}

  public record RetirementLine(String certificateNo, @Nullable String buyerName, long quantity, @Nullable Integer vintage,
      String beneficiary, Instant retiredAt) {}

  private static final String LAO_SUMS = """
      SELECT lao_code, province_code, sum(allocated) AS allocated, sum(held) AS held, sum(available) AS available,
             sum(listed) AS listed, sum(sold) AS sold, sum(retired) AS retired, sum(revenue) AS revenue
      FROM dashboard.lao_vintage %s GROUP BY lao_code, province_code""";

  private final DatabaseClient db;

  public FigureQueries(DatabaseClient db) {
    this.db = db;
  }

  /** Per province (or for one province): sums and counts of LAOs holding, listing and having sold credits. */
  public Flux<Sums> provinces(@Nullable String provinceCode) {
    String where = provinceCode == null ? "" : "WHERE province_code = :province";
    var spec = db.sql("""
        SELECT province_code AS key, sum(allocated) AS allocated, sum(held) AS held, sum(available) AS available,
               sum(listed) AS listed, sum(sold) AS sold, sum(retired) AS retired, sum(revenue) AS revenue,
               count(*) FILTER (WHERE held > 0) AS holding, count(*) FILTER (WHERE listed > 0) AS listing,
               count(*) FILTER (WHERE sold > 0) AS selling
        FROM (%s) l GROUP BY province_code""".formatted(LAO_SUMS.formatted(where)));
    if (provinceCode != null) {
      spec = spec.bind("province", provinceCode);
    }
    return spec.map(FigureQueries::sums).all();
  }

  /** Per LAO of the province. */
  public Flux<Sums> laosOf(String provinceCode) {
    return db.sql("""
            SELECT lao_code AS key, allocated, held, available, listed, sold, retired, revenue,
                   (held > 0)::int::bigint AS holding, (listed > 0)::int::bigint AS listing, (sold > 0)::int::bigint AS selling
            FROM (%s) l""".formatted(LAO_SUMS.formatted("WHERE province_code = :province")))
        .bind("province", provinceCode).map(FigureQueries::sums).all();
  }

  /** By vintage, for the nation, a province or an LAO (at most one of the two filters). */
  public Flux<VintageRow> vintages(@Nullable String provinceCode, @Nullable String laoCode) {
    String where = provinceCode != null ? "WHERE province_code = :province" : laoCode != null ? "WHERE lao_code = :lao" : "";
    var spec = db.sql("""
        SELECT v.vintage, v.allocated, v.available, v.listed, v.sold, v.retired, v.traded_value, l.last_price, l.last_trade_at
        FROM (SELECT vintage, sum(allocated) AS allocated, sum(available) AS available, sum(listed) AS listed, sum(sold) AS sold,
                     sum(retired) AS retired, sum(traded_value) AS traded_value
              FROM dashboard.lao_vintage %1$s GROUP BY vintage) v
        LEFT JOIN (SELECT DISTINCT ON (vintage) vintage, last_price, last_trade_at FROM dashboard.lao_vintage
                   %1$s %2$s last_trade_at IS NOT NULL ORDER BY vintage, last_trade_at DESC, last_trade_id DESC) l
          ON l.vintage = v.vintage
        ORDER BY v.vintage""".formatted(where, where.isEmpty() ? "WHERE" : "AND"));
    if (provinceCode != null) {
      spec = spec.bind("province", provinceCode);
    } else if (laoCode != null) {
      spec = spec.bind("lao", laoCode);
    }
    return spec.map(row -> new VintageRow(row.get("vintage", Integer.class), longOf(row.get("allocated")), longOf(row.get("available")),
            longOf(row.get("listed")), longOf(row.get("sold")), longOf(row.get("retired")), row.get("traded_value", BigDecimal.class),
            row.get("last_price", BigDecimal.class), instant(row.get("last_trade_at", OffsetDateTime.class))))
        .all();
  }

  public Flux<MonthRow> months(@Nullable String provinceCode, LocalDate from) {
    String where = provinceCode == null ? "" : "AND province_code = :province";
    var spec = db.sql("""
        SELECT month, sum(volume) AS volume, sum(value) AS value, sum(retired) AS retired FROM dashboard.province_month
        WHERE month >= :from %s GROUP BY month ORDER BY month""".formatted(where)).bind("from", from);
    if (provinceCode != null) {
      spec = spec.bind("province", provinceCode);
    }
    return spec.map(row -> new MonthRow(row.get("month", LocalDate.class), longOf(row.get("volume")), row.get("value", BigDecimal.class),
        longOf(row.get("retired")))).all();
  }

  /** When the figures last changed (the nation's, a province's or an LAO's); the epoch when never. */
  public Mono<Instant> asOf(@Nullable String provinceCode, @Nullable String laoCode) {
    String sql = laoCode != null
        ? "SELECT max(updated_at) AS at FROM dashboard.lao_vintage WHERE lao_code = :lao"
        : provinceCode != null
            ? """
              SELECT greatest((SELECT max(updated_at) FROM dashboard.lao_vintage WHERE province_code = :province),
                              (SELECT max(updated_at) FROM dashboard.province_month WHERE province_code = :province)) AS at"""
            : """
              SELECT greatest((SELECT max(updated_at) FROM dashboard.lao_vintage),
                              (SELECT max(updated_at) FROM dashboard.province_month)) AS at""";
    var spec = db.sql(sql);
    if (laoCode != null) {
      spec = spec.bind("lao", laoCode);
    } else if (provinceCode != null) {
      spec = spec.bind("province", provinceCode);
    }
    return spec.map(row -> {
      Instant at = instant(row.get("at", OffsetDateTime.class));
      return at == null ? Instant.EPOCH : at;
    }).one();
  }

  public Flux<BinsRow> binsOfProvince(String provinceCode) {
    return db.sql("SELECT lao_code, households, bins FROM dashboard.lao_bins WHERE province_code = :province")
        .bind("province", provinceCode)
        .map(row -> new BinsRow(row.get("lao_code", String.class), longOf(row.get("households")), longOf(row.get("bins")))).all();
  }

  public Mono<BinsRow> binsOf(String laoCode) {
    return db.sql("SELECT lao_code, households, bins FROM dashboard.lao_bins WHERE lao_code = :lao").bind("lao", laoCode)
        .map(row -> new BinsRow(row.get("lao_code", String.class), longOf(row.get("households")), longOf(row.get("bins")))).one();
  }

  /** The LAO's sales not cancelled, newest first. */
  public Flux<SaleLine> sales(String laoCode, int limit) {
    return db.sql("""
            SELECT trade_id, vintage, created_at, quantity, unit_price, value FROM dashboard.sale
            WHERE lao_code = :lao AND NOT cancelled ORDER BY created_at DESC, trade_id DESC, vintage LIMIT :limit""")
        .bind("lao", laoCode).bind("limit", limit)
        .map(row -> new SaleLine(row.get("trade_id", UUID.class), row.get("vintage", Integer.class),
            row.get("created_at", OffsetDateTime.class).toInstant(), longOf(row.get("quantity")), row.get("unit_price", BigDecimal.class),
            row.get("value", BigDecimal.class)))
        .all();
  }

  /** Retirements by buyers located in the province, newest first. */
  public Flux<RetirementLine> retirements(String provinceCode, int limit) {
    return db.sql("""
            SELECT certificate_no, buyer_name, quantity, vintage, beneficiary, retired_at FROM dashboard.retirement
            WHERE buyer_province = :province ORDER BY retired_at DESC, certificate_no LIMIT :limit""")
        .bind("province", provinceCode).bind("limit", limit)
        .map(row -> new RetirementLine(row.get("certificate_no", String.class), row.get("buyer_name", String.class),
            longOf(row.get("quantity")), row.get("vintage", Integer.class), row.get("beneficiary", String.class),
            row.get("retired_at", OffsetDateTime.class).toInstant()))
        .all();
  }

  private static Sums sums(io.r2dbc.spi.Readable row) {
    return new Sums(row.get("key", String.class), longOf(row.get("allocated")), longOf(row.get("held")), longOf(row.get("available")),
        longOf(row.get("listed")), longOf(row.get("sold")), longOf(row.get("retired")), row.get("revenue", BigDecimal.class),
        longOf(row.get("holding")), longOf(row.get("listing")), longOf(row.get("selling")));
  }

  /** sum() of bigint is numeric in PostgreSQL, count() is bigint. */
  static long longOf(@Nullable Object value) {
    if (value == null) {
      return 0;
    }
    if (value instanceof BigDecimal d) {
      return d.longValueExact();
    }
    return ((Number) value).longValue();
  }

  static @Nullable Instant instant(@Nullable OffsetDateTime at) {
    return at == null ? null : at.toInstant();
  }
}
