package th.dla.carbon.market;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Read-only listing figures for reports and exports (the reporting module), separate from {@link Listings} so the
 * two evolve apart. Callers decide who may see what; these queries only filter. Streams read page by page on a
 * keyset ({@code created_at, id}): a large export holds one page in memory and no connection between pages.
 */
@Service
public class ListingReports {

  /** One listing as exported. {@code openedAt} is its approval (when it went OPEN). */
  public record ListingRecord(UUID id, String laoCode, String laoNameTh, String provinceCode, ListingMode mode,
      ListingState state, @Nullable Integer vintage, long quantity, long remaining, BigDecimal unitPrice,
      @Nullable BigDecimal bestPrice, int bidCount, int bidderCount, Instant createdAt, @Nullable Instant openedAt,
      @Nullable Instant endsAt, @Nullable Instant closedAt) {}

  /**
   * What to stream: {@code laoCodes} null = every LAO; {@code provinceCodes} null = every province; the period is on
   * the listing's creation, {@code [from, to)}; {@code publicOnly} keeps the states the public catalogue shows.
   */
  public record ListingFilter(@Nullable List<String> provinceCodes, @Nullable List<String> laoCodes, @Nullable Instant from,
      @Nullable Instant to, boolean publicOnly) {}

  /** One LAO's listing activity in a period. */
  public record LaoListingActivity(String laoCode, int listingsOpened, int listingsActive, List<ListingMode> modes,
      long quantityListed, int bidsReceived, int openNow) {}

  private static final int PAGE = 1000;
  private static final String[] PUBLIC = Listings.PUBLIC_STATES.stream().map(Enum::name).toArray(String[]::new);
  private static final String[] ALL = Arrays.stream(ListingState.values()).map(Enum::name).toArray(String[]::new);

  private final DatabaseClient db;

  ListingReports(DatabaseClient db) {
    this.db = db;
  }

  /** Listings oldest first, read in pages of {@code pageSize} as the subscriber asks for them. */
  public Flux<ListingRecord> stream(ListingFilter filter, int pageSize) {
    int size = pageSize <= 0 ? PAGE : pageSize;
    return page(filter, null, size).expand(page -> page.size() < size
            ? Mono.empty()
            : page(filter, page.get(page.size() - 1), size))
        .concatMapIterable(page -> page, 1);
  }

  private Mono<List<ListingRecord>> page(ListingFilter f, @Nullable ListingRecord after, int size) {
    String sql = """
        SELECT id, lao_code, province_code, lao_name_th, mode, state, vintage, quantity, remaining, unit_price, best_price,
               bid_count, bidder_count, created_at, approved_at, ends_at, closed_at
          FROM market.listing
         WHERE state = ANY(:states)
           AND (:allProvinces OR province_code = ANY(:provinces))
           AND (:allLaos OR lao_code = ANY(:laos))
           AND created_at >= :from AND created_at < :to
           AND (created_at, id) > (:afterAt, :afterId)
         ORDER BY created_at, id
         LIMIT :limit""";
    return db.sql(sql)
        .bind("states", f.publicOnly() ? PUBLIC : ALL)
        .bind("allProvinces", f.provinceCodes() == null)
        .bind("provinces", f.provinceCodes() == null ? new String[0] : f.provinceCodes().toArray(String[]::new))
        .bind("allLaos", f.laoCodes() == null)
        .bind("laos", f.laoCodes() == null ? new String[0] : f.laoCodes().toArray(String[]::new))
        .bind("from", (f.from() == null ? Instant.EPOCH : f.from()).atOffset(java.time.ZoneOffset.UTC))
        .bind("to", (f.to() == null ? Instant.parse("9999-01-01T00:00:00Z") : f.to()).atOffset(java.time.ZoneOffset.UTC))
        .bind("afterAt", (after == null ? Instant.EPOCH.minusSeconds(1) : after.createdAt()).atOffset(java.time.ZoneOffset.UTC))
        .bind("afterId", after == null ? new UUID(0, 0) : after.id())
        .bind("limit", size)
        .map(ListingReports::record)
        .all()
        .collectList();
  }

  /**
   * Per LAO of the province: listings opened (approved) in {@code [from, to)}, listings open at some time in the
   * period and their modes, bids received in the period, listings open now. LAOs without listings are absent.
   */
  public Flux<LaoListingActivity> activityInProvince(String provinceCode, Instant from, Instant to) {
    return db.sql("""
            WITH active AS (
              SELECT * FROM market.listing
               WHERE province_code = :province AND approved_at IS NOT NULL AND approved_at < :to
                 AND (closed_at IS NULL OR closed_at >= :from)
            )
            SELECT l.lao_code,
                   count(*) FILTER (WHERE l.approved_at >= :from) AS opened,
                   count(*) AS active,
                   array_agg(DISTINCT l.mode ORDER BY l.mode) AS modes,
                   coalesce(sum(l.quantity) FILTER (WHERE l.approved_at >= :from), 0) AS quantity_listed,
                   count(*) FILTER (WHERE l.state = 'OPEN') AS open_now,
                   coalesce((SELECT count(*) FROM market.bid b JOIN market.listing bl ON bl.id = b.listing_id
                              WHERE bl.lao_code = l.lao_code AND b.created_at >= :from AND b.created_at < :to), 0) AS bids
              FROM active l
             GROUP BY l.lao_code
             ORDER BY l.lao_code""")
        .bind("province", provinceCode)
        .bind("from", from.atOffset(java.time.ZoneOffset.UTC))
        .bind("to", to.atOffset(java.time.ZoneOffset.UTC))
        .map(row -> new LaoListingActivity(row.get("lao_code", String.class).strip(),
            row.get("opened", Long.class).intValue(), row.get("active", Long.class).intValue(),
            Arrays.stream(row.get("modes", String[].class)).map(ListingMode::valueOf).toList(),
            row.get("quantity_listed", BigDecimal.class).longValue(), row.get("bids", Long.class).intValue(),
            row.get("open_now", Long.class).intValue()))
        .all();
  }

  private static ListingRecord record(Readable row) {
    Number vintage = row.get("vintage", Number.class);
    Integer bidCount = row.get("bid_count", Integer.class);
    Integer bidderCount = row.get("bidder_count", Integer.class);
    return new ListingRecord(row.get("id", UUID.class), row.get("lao_code", String.class).strip(),
        row.get("lao_name_th", String.class), row.get("province_code", String.class).strip(),
        ListingMode.valueOf(row.get("mode", String.class)), ListingState.valueOf(row.get("state", String.class)),
        vintage == null ? null : vintage.intValue(), row.get("quantity", Long.class), row.get("remaining", Long.class),
        row.get("unit_price", BigDecimal.class), row.get("best_price", BigDecimal.class),
        bidCount == null ? 0 : bidCount, bidderCount == null ? 0 : bidderCount,
        instant(row, "created_at"), instant(row, "approved_at"), instant(row, "ends_at"), instant(row, "closed_at"));
  }

  private static @Nullable Instant instant(Readable row, String column) {
    OffsetDateTime value = row.get(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
