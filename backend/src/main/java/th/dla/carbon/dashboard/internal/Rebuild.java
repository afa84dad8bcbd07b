package th.dla.carbon.dashboard.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import th.dla.carbon.dashboard.persistence.AggregateStore;
import th.dla.carbon.identity.BuyerSummary;
import th.dla.carbon.identity.Buyers;
import th.dla.carbon.registry.BinFacts;
import th.dla.carbon.registry.LedgerFacts;
import th.dla.carbon.settlement.RetirementFacts;
import th.dla.carbon.settlement.TradeFacts;

/**
 * Recomputes every dashboard aggregate from the source modules' public facts: the registry's blocks and journal
 * ({@link LedgerFacts}, {@link BinFacts}), settlement's trades and retirements ({@link TradeFacts},
 * {@link RetirementFacts}), identity's buyers and the directory.
 *
 * <p>One REPEATABLE READ transaction that first locks the dashboard tables against writes (readers go on): a
 * change committed before the lock is in the snapshot the rebuild reads; a change still running waits at its first
 * dashboard write until the rebuild commits and then adds its delta to the rebuilt figures. The facts are streamed
 * into temporary tables page by page and aggregated by PostgreSQL, so a million trades never sit in memory.
 */
@Component
public class Rebuild {

  public record Result(Instant rebuiltAt, long laos, long provinces, long months) {}

  static final int BATCH = 2_000;
  static final List<String> TABLES = List.of("dashboard.lao_vintage", "dashboard.province_month", "dashboard.sale",
      "dashboard.retirement", "dashboard.lao_bins");

  private final DatabaseClient db;
  private final LedgerFacts ledger;
  private final BinFacts bins;
  private final TradeFacts trades;
  private final RetirementFacts retirements;
  private final Buyers buyers;
  private final LaoPlaces places;
  private final AggregateStore store;
  private final TransactionalOperator tx;
  private final Clock clock = Clock.systemUTC();

  Rebuild(DatabaseClient db, LedgerFacts ledger, BinFacts bins, TradeFacts trades, RetirementFacts retirements, Buyers buyers,
      LaoPlaces places, AggregateStore store, ReactiveTransactionManager transactions) {
    this.db = db;
    this.ledger = ledger;
    this.bins = bins;
    this.trades = trades;
    this.retirements = retirements;
    this.buyers = buyers;
    this.places = places;
    this.store = store;
    DefaultTransactionDefinition definition = new DefaultTransactionDefinition();
    definition.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    this.tx = TransactionalOperator.create(transactions, definition);
  }

  public Mono<Result> run() {
    Map<UUID, Optional<BuyerSummary>> buyerCache = new HashMap<>();
    return Mono.defer(() -> exec("LOCK TABLE " + String.join(", ", TABLES) + " IN EXCLUSIVE MODE")
            .then(Flux.fromIterable(TABLES).concatMap(table -> exec("DELETE FROM " + table)).then())
            .then(exec("""
                CREATE TEMP TABLE rb_split (trade_id uuid NOT NULL, vintage int NOT NULL, quantity bigint NOT NULL) ON COMMIT DROP"""))
            .then(exec("""
                CREATE TEMP TABLE rb_trade (id uuid PRIMARY KEY, lao_code text NOT NULL, unit_price numeric(14,2) NOT NULL,
                                            state text NOT NULL, created_at timestamptz NOT NULL) ON COMMIT DROP"""))
            .then(exec("""
                CREATE TEMP TABLE rb_origin (lao_code text NOT NULL, vintage int NOT NULL, quantity bigint NOT NULL,
                                             retired_at timestamptz NOT NULL) ON COMMIT DROP"""))
            .then(exec("CREATE TEMP TABLE rb_lao (lao_code text PRIMARY KEY, province_code text NOT NULL) ON COMMIT DROP"))
            // credits by state, per LAO and vintage, from the blocks
            .then(ledger.laoPositions().flatMapMany(Flux::fromIterable)
                .concatMap(p -> places.province(p.laoCode()).flatMap(province -> store.add(p.laoCode(), p.vintage(), province,
                    AggregateStore.Delta.credits(p.allocated(), p.held(), p.available(), p.listed()))))
                .then())
            // trades and their credits by vintage, retired credits by origin: page by page into temporary tables
            .then(pages(after -> ledger.tradeSplits(after, BATCH), LedgerFacts.TradeSplit::entryId, 0L,
                insert("INSERT INTO rb_split SELECT * FROM unnest(:a::uuid[], :b::int[], :c::bigint[])",
                    s -> s.tradeId().toString(), s -> Integer.toString(s.vintage()), s -> Long.toString(s.quantity()))))
            .then(pages(after -> trades.trades(after, BATCH), TradeFacts.TradeFact::id, new UUID(0, 0),
                insert("INSERT INTO rb_trade SELECT * FROM unnest(:a::uuid[], :b::text[], :c::numeric[], :d::text[], :e::timestamptz[])",
                    t -> t.id().toString(), TradeFacts.TradeFact::laoCode, t -> t.unitPrice().toPlainString(), t -> t.state().name(),
                    t -> t.createdAt().toString())))
            .then(pages(after -> retirements.origins(after.certificateNo(), after.ordinal(), BATCH), o -> o,
                new RetirementFacts.RetiredOrigin("", -1, "", 0, 0, Instant.EPOCH),
                insert("INSERT INTO rb_origin SELECT * FROM unnest(:a::text[], :b::int[], :c::bigint[], :d::timestamptz[])",
                    RetirementFacts.RetiredOrigin::originLao, o -> Integer.toString(o.vintage()), o -> Long.toString(o.quantity()),
                    o -> o.retiredAt().toString())))
            // the province of every LAO concerned
            .then(db.sql("SELECT lao_code FROM rb_trade UNION SELECT lao_code FROM rb_origin").map(row -> row.get("lao_code", String.class))
                .all().collectList()
                .flatMapMany(Flux::fromIterable)
                .concatMap(lao -> places.province(lao).flatMap(province -> db.sql("INSERT INTO rb_lao VALUES (:lao, :province)")
                    .bind("lao", lao).bind("province", province).then()))
                .then())
            .then(exec("""
                INSERT INTO dashboard.sale (trade_id, vintage, lao_code, province_code, created_at, quantity, unit_price, value, cancelled, confirmed)
                SELECT t.id, s.vintage, t.lao_code, l.province_code, t.created_at, s.quantity, t.unit_price, t.unit_price * s.quantity,
                       t.state = 'CANCELLED', t.state IN ('PAYMENT_CONFIRMED', 'SETTLED')
                FROM rb_trade t
                JOIN (SELECT trade_id, vintage, sum(quantity) AS quantity FROM rb_split GROUP BY trade_id, vintage) s ON s.trade_id = t.id
                JOIN rb_lao l ON l.lao_code = t.lao_code"""))
            .then(exec("""
                INSERT INTO dashboard.lao_vintage AS t (lao_code, vintage, province_code, sold, traded_value, revenue)
                SELECT lao_code, vintage, province_code, sum(quantity), sum(value), coalesce(sum(value) FILTER (WHERE confirmed), 0)
                FROM dashboard.sale WHERE NOT cancelled GROUP BY lao_code, vintage, province_code
                ON CONFLICT (lao_code, vintage) DO UPDATE SET sold = t.sold + excluded.sold,
                  traded_value = t.traded_value + excluded.traded_value, revenue = t.revenue + excluded.revenue"""))
            .then(exec("""
                UPDATE dashboard.lao_vintage t SET last_price = s.unit_price, last_trade_at = s.created_at, last_trade_id = s.trade_id
                FROM (SELECT DISTINCT ON (lao_code, vintage) lao_code, vintage, unit_price, created_at, trade_id FROM dashboard.sale
                      WHERE NOT cancelled ORDER BY lao_code, vintage, created_at DESC, trade_id DESC) s
                WHERE t.lao_code = s.lao_code AND t.vintage = s.vintage"""))
            .then(exec("""
                INSERT INTO dashboard.province_month (province_code, month, volume, value)
                SELECT province_code, date_trunc('month', created_at AT TIME ZONE 'Asia/Bangkok')::date, sum(quantity), sum(value)
                FROM dashboard.sale WHERE NOT cancelled GROUP BY 1, 2"""))
            .then(exec("""
                INSERT INTO dashboard.lao_vintage AS t (lao_code, vintage, province_code, retired)
                SELECT o.lao_code, o.vintage, l.province_code, sum(o.quantity) FROM rb_origin o JOIN rb_lao l USING (lao_code)
                GROUP BY 1, 2, 3
                ON CONFLICT (lao_code, vintage) DO UPDATE SET retired = t.retired + excluded.retired"""))
            .then(exec("""
                INSERT INTO dashboard.province_month AS t (province_code, month, retired)
                SELECT l.province_code, date_trunc('month', o.retired_at AT TIME ZONE 'Asia/Bangkok')::date, sum(o.quantity)
                FROM rb_origin o JOIN rb_lao l USING (lao_code) GROUP BY 1, 2
                ON CONFLICT (province_code, month) DO UPDATE SET retired = t.retired + excluded.retired"""))
            // the retirement list with the buyers' names and provinces, and the latest bin reports
            .then(pages(after -> retirements.retirements(after, BATCH), RetirementFacts.RetirementFact::certificateNo, "",
                page -> Flux.fromIterable(page)
                    .concatMap(r -> buyer(buyerCache, r.buyerId()).flatMap(b -> store.insertRetirement(r.certificateNo(),
                        b.map(BuyerSummary::provinceCode).orElse(null), b.map(BuyerSummary::nameTh).orElse(null), r.quantity(), r.vintage(),
                        r.beneficiary(), r.retiredAt())))
                    .then()))
            .then(bins.latestReports().flatMapMany(Flux::fromIterable)
                .concatMap(b -> places.province(b.laoCode())
                    .flatMap(province -> store.upsertBins(b.laoCode(), province, b.windowId(), b.households(), b.bins())))
                .then())
            .then(db.sql("""
                    SELECT (SELECT count(DISTINCT lao_code) FROM dashboard.lao_vintage) AS laos,
                           (SELECT count(DISTINCT province_code) FROM dashboard.lao_vintage) AS provinces,
                           (SELECT count(DISTINCT month) FROM dashboard.province_month) AS months""")
                .map(row -> new Result(clock.instant(), row.get("laos", Long.class), row.get("provinces", Long.class),
                    row.get("months", Long.class)))
                .one()))
        .as(tx::transactional);
  }

  private Mono<Optional<BuyerSummary>> buyer(Map<UUID, Optional<BuyerSummary>> cache, UUID buyerId) {
    Optional<BuyerSummary> known = cache.get(buyerId);
    return known != null ? Mono.just(known)
        : buyers.summary(buyerId).map(Optional::of).defaultIfEmpty(Optional.empty()).doOnNext(b -> cache.put(buyerId, b));
  }

  private Mono<Void> exec(String sql) {
    return db.sql(sql).then();
  }

  /**
   * Reads page after page ({@code page} gives up to {@link #BATCH} items after a key; the next page starts after the
   * last item's key) and hands each to {@code sink}; each page is a complete query, so the sink's statements never
   * wait behind a half-read result on the transaction's connection.
   */
  private static <T, K> Mono<Void> pages(Function<K, Mono<List<T>>> page, Function<T, K> key, K start,
      Function<List<T>, Mono<Void>> sink) {
    return page.apply(start)
        .expand(list -> list.size() < BATCH ? Mono.empty() : page.apply(key.apply(list.get(list.size() - 1))))
        .concatMap(list -> list.isEmpty() ? Mono.empty() : sink.apply(list), 1)
        .then();
  }

  /** An insert of a page, each column bound as one text array ({@code :a}, {@code :b}, ...). */
  @SafeVarargs
  private <T> Function<List<T>, Mono<Void>> insert(String sql, Function<T, String>... columns) {
    return batch -> {
      DatabaseClient.GenericExecuteSpec spec = db.sql(sql);
      for (int c = 0; c < columns.length; c++) {
        String[] values = new String[batch.size()];
        for (int i = 0; i < values.length; i++) {
          values[i] = columns[c].apply(batch.get(i));
        }
        spec = spec.bind(String.valueOf((char) ('a' + c)), values);
      }
      return spec.then();
    };
  }
}
