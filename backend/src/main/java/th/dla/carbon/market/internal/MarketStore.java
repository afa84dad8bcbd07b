package th.dla.carbon.market.internal;

import io.r2dbc.postgresql.codec.Json;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import th.dla.carbon.market.BidState;
import th.dla.carbon.market.ListingState;

/**
 * SQL of the market. Every method runs in the caller's transaction. The rule that keeps concurrent callers apart:
 * whatever changes a listing's quantity, its bids or its event log first locks the listing row
 * ({@link #lockListing}), and the quantity itself only ever changes through a conditional UPDATE.
 */
@Repository
public class MarketStore {

  private final DatabaseClient db;

  public MarketStore(DatabaseClient db) {
    this.db = db;
  }

  // ---- listings -------------------------------------------------------------------------------------------

  public record NewListing(UUID id, String laoCode, String provinceCode, String laoNameTh, String mode, long quantity,
      BigDecimal unitPrice, long minLot, @Nullable Integer vintage, @Nullable Instant endsAt, @Nullable BigDecimal reservePrice,
      @Nullable BigDecimal minIncrement, @Nullable String description, UUID createdBy, String createdByName) {}

  public Mono<Void> insertListing(NewListing l) {
    var spec = db.sql("""
            INSERT INTO market.listing (id, lao_code, province_code, lao_name_th, mode, state, quantity, remaining, unit_price,
                                        min_lot, vintage, ends_at, reserve_price, min_increment, description, created_by, created_by_name)
            VALUES (:id, :lao, :province, :laoName, :mode, 'DRAFT', :quantity, :quantity, :price, :minLot, :vintage, :endsAt,
                    :reserve, :increment, :description, :createdBy, :createdByName)""")
        .bind("id", l.id()).bind("lao", l.laoCode()).bind("province", l.provinceCode()).bind("laoName", l.laoNameTh())
        .bind("mode", l.mode()).bind("quantity", l.quantity()).bind("price", l.unitPrice()).bind("minLot", l.minLot())
        .bind("createdBy", l.createdBy()).bind("createdByName", l.createdByName());
    spec = l.vintage() == null ? spec.bindNull("vintage", Short.class) : spec.bind("vintage", l.vintage().shortValue());
    spec = bindNullable(spec, "endsAt", l.endsAt() == null ? null : at(l.endsAt()), OffsetDateTime.class);
    spec = bindNullable(spec, "reserve", l.reservePrice(), BigDecimal.class);
    spec = bindNullable(spec, "increment", l.minIncrement(), BigDecimal.class);
    spec = bindNullable(spec, "description", l.description(), String.class);
    return spec.then();
  }

  public Mono<ListingRow> findListing(UUID id) {
    return db.sql("SELECT " + ListingRow.COLUMNS + " FROM market.listing WHERE id = :id").bind("id", id).map(ListingRow::read).one();
  }

  /** Locks the listing row until the transaction ends: the gate every change of a listing and its bids goes through. */
  public Mono<ListingRow> lockListing(UUID id) {
    return db.sql("SELECT " + ListingRow.COLUMNS + " FROM market.listing WHERE id = :id FOR UPDATE").bind("id", id).map(ListingRow::read).one();
  }

  /** Moves the listing from one state to another; emits false when it was not in {@code from} (a lost race). */
  public Mono<Boolean> transition(UUID id, ListingState from, ListingState to) {
    String stamp = switch (to) {
      case PENDING_APPROVAL -> ", submitted_at = now()";
      case SOLD_OUT, CLOSED, WITHDRAWN, EXPIRED -> ", closed_at = now()";
      default -> "";
    };
    return db.sql("UPDATE market.listing SET state = :to, updated_at = now()" + stamp + " WHERE id = :id AND state = :from")
        .bind("to", to.name()).bind("id", id).bind("from", from.name())
        .fetch().rowsUpdated().map(rows -> rows == 1);
  }

  public Mono<Boolean> approve(UUID id, UUID approver, String approverName, List<String> projectCodes) {
    return db.sql("""
            UPDATE market.listing SET state = 'OPEN', approved_by = :by, approved_by_name = :name, approved_at = now(),
                   project_codes = :projects, updated_at = now()
            WHERE id = :id AND state = 'PENDING_APPROVAL' AND created_by <> :by""")
        .bind("by", approver).bind("name", approverName).bind("projects", projectCodes.toArray(String[]::new)).bind("id", id)
        .fetch().rowsUpdated().map(rows -> rows == 1);
  }

  /**
   * Takes {@code quantity} from an open listing's remaining quantity, or nothing: the conditional UPDATE that makes
   * overselling impossible whatever the callers do. Emits the new remaining quantity, or empty when refused.
   */
  public Mono<Long> takeRemaining(UUID id, long quantity) {
    return db.sql("""
            UPDATE market.listing SET remaining = remaining - :q, updated_at = now()
            WHERE id = :id AND remaining >= :q AND state = 'OPEN'
            RETURNING remaining""")
        .bind("q", quantity).bind("id", id).map(r -> r.get("remaining", Long.class)).one();
  }

  /** Gives credits back to an open listing (a cancelled trade); emits the new remaining, or empty when not open. */
  public Mono<Long> giveBack(UUID id, long quantity) {
    return db.sql("""
            UPDATE market.listing SET remaining = remaining + :q, updated_at = now()
            WHERE id = :id AND state = 'OPEN' AND remaining + :q <= quantity
            RETURNING remaining""")
        .bind("q", quantity).bind("id", id).map(r -> r.get("remaining", Long.class)).one();
  }

  public Mono<Void> extendEnd(UUID id, Instant endsAt) {
    return db.sql("UPDATE market.listing SET ends_at = :endsAt, updated_at = now() WHERE id = :id")
        .bind("endsAt", at(endsAt)).bind("id", id).then();
  }

  /** Recomputes the listing's best open bid and bid count from its bids. */
  public Mono<ListingRow> refreshBidStats(UUID id) {
    return db.sql("""
            UPDATE market.listing l SET
              best_price = (SELECT max(b.unit_price) FROM market.bid b WHERE b.listing_id = l.id AND b.state IN ('OPEN', 'COUNTERED')),
              bid_count = (SELECT count(*) FROM market.bid b WHERE b.listing_id = l.id)
            WHERE l.id = :id
            RETURNING """ + " " + ListingRow.COLUMNS)
        .bind("id", id).map(ListingRow::read).one();
  }

  public record Criteria(@Nullable String province, @Nullable String lao, @Nullable Integer vintage, @Nullable String mode,
      List<String> states, @Nullable BigDecimal minPrice, @Nullable BigDecimal maxPrice, String sort, long offset, int limit) {}

  private record Sql(String where, Map<String, Object> binds) {}

  private static Sql where(Criteria c) {
    List<String> clauses = new ArrayList<>();
    Map<String, Object> binds = new LinkedHashMap<>();
    if (c.states().size() == 1) {
      clauses.add("state = :state"); // one state: the catalogue indexes lead with it
      binds.put("state", c.states().get(0));
    } else {
      clauses.add("state = ANY(:states)");
      binds.put("states", c.states().toArray(String[]::new));
    }
    if (c.province() != null) {
      clauses.add("province_code = :province");
      binds.put("province", c.province());
    }
    if (c.lao() != null) {
      clauses.add("lao_code = :lao");
      binds.put("lao", c.lao());
    }
    if (c.vintage() != null) {
      clauses.add("vintage = :vintage");
      binds.put("vintage", c.vintage().shortValue());
    }
    if (c.mode() != null) {
      clauses.add("mode = :mode");
      binds.put("mode", c.mode());
    }
    if (c.minPrice() != null) {
      clauses.add("unit_price >= :minPrice");
      binds.put("minPrice", c.minPrice());
    }
    if (c.maxPrice() != null) {
      clauses.add("unit_price <= :maxPrice");
      binds.put("maxPrice", c.maxPrice());
    }
    return new Sql(" WHERE " + String.join(" AND ", clauses), binds);
  }

  /** The catalogue query; see docs/architecture.md for the plans it gets at 10,000 listings. */
  public Flux<ListingRow> search(Criteria c) {
    return searchSpec(c, "SELECT " + ListingRow.COLUMNS).map(ListingRow::read).all();
  }

  /** {@code EXPLAIN (ANALYZE)} of the catalogue query, for tests and operations. */
  public Flux<String> explain(Criteria c) {
    return searchSpec(c, "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) SELECT " + ListingRow.COLUMNS)
        .map(r -> r.get(0, String.class)).all();
  }

  private DatabaseClient.GenericExecuteSpec searchSpec(Criteria c, String select) {
    Sql where = where(c);
    String order = switch (c.sort()) {
      case "price_asc" -> "unit_price ASC, id";
      case "price_desc" -> "unit_price DESC, id DESC";
      case "ending_soon" -> "ends_at ASC NULLS LAST, id";
      case "created" -> "created_at DESC, id";
      default -> "approved_at DESC NULLS LAST, created_at DESC, id";
    };
    var spec = db.sql(select + " FROM market.listing" + where.where() + " ORDER BY " + order + " LIMIT :limit OFFSET :offset");
    for (var bind : where.binds().entrySet()) {
      spec = spec.bind(bind.getKey(), bind.getValue());
    }
    return spec.bind("limit", c.limit()).bind("offset", c.offset());
  }

  public Mono<Long> count(Criteria c) {
    Sql where = where(c);
    var spec = db.sql("SELECT count(*) AS n FROM market.listing" + where.where());
    for (var bind : where.binds().entrySet()) {
      spec = spec.bind(bind.getKey(), bind.getValue());
    }
    return spec.map(r -> r.get("n", Long.class)).one();
  }

  // ---- due work for the scheduler (SKIP LOCKED: each instance claims different rows) ----------------------

  public Mono<UUID> claimDueAuction() {
    return db.sql("""
            SELECT id FROM market.listing WHERE state = 'OPEN' AND mode = 'AUCTION' AND ends_at <= now()
            ORDER BY ends_at LIMIT 1 FOR UPDATE SKIP LOCKED""").map(r -> r.get("id", UUID.class)).one();
  }

  public Mono<UUID> claimExpiredListing() {
    return db.sql("""
            SELECT id FROM market.listing WHERE state = 'OPEN' AND mode <> 'AUCTION' AND ends_at <= now()
            ORDER BY ends_at LIMIT 1 FOR UPDATE SKIP LOCKED""").map(r -> r.get("id", UUID.class)).one();
  }

  /** A listing with a bid whose time is up (the listing row is the lock, as for every bid change). */
  public Mono<UUID> claimListingWithExpiredBid() {
    return db.sql("""
            SELECT l.id FROM market.listing l
            WHERE l.id = (SELECT b.listing_id FROM market.bid b
                          WHERE b.state IN ('OPEN', 'COUNTERED') AND b.expires_at <= now() ORDER BY b.expires_at LIMIT 1)
            FOR UPDATE SKIP LOCKED""").map(r -> r.get("id", UUID.class)).one();
  }

  // ---- bids -----------------------------------------------------------------------------------------------

  /** The buyer's number within the listing, assigned on their first bid. Call with the listing row locked. */
  public Mono<Integer> bidderNo(UUID listingId, UUID buyerId) {
    return db.sql("""
            WITH existing AS (SELECT bidder_no FROM market.listing_bidder WHERE listing_id = :listing AND buyer_id = :buyer),
            bumped AS (UPDATE market.listing SET bidder_count = bidder_count + 1
                       WHERE id = :listing AND NOT EXISTS (SELECT 1 FROM existing) RETURNING bidder_count),
            created AS (INSERT INTO market.listing_bidder (listing_id, buyer_id, bidder_no)
                        SELECT :listing, :buyer, bidder_count FROM bumped RETURNING bidder_no)
            SELECT bidder_no FROM existing UNION ALL SELECT bidder_no FROM created""")
        .bind("listing", listingId).bind("buyer", buyerId).map(r -> r.get("bidder_no", Integer.class)).first();
  }

  public record NewBid(UUID id, UUID listingId, UUID buyerId, int bidderNo, UUID placedBy, long quantity, BigDecimal unitPrice,
      BidState state, long filledQuantity, @Nullable BigDecimal tradePrice, @Nullable UUID tradeId, @Nullable Instant expiresAt) {}

  public Mono<BidRow> insertBid(NewBid b) {
    var spec = db.sql("""
            INSERT INTO market.bid (id, listing_id, buyer_id, bidder_no, placed_by, quantity, unit_price, state, filled_quantity,
                                    trade_price, trade_id, expires_at)
            VALUES (:id, :listing, :buyer, :bidderNo, :placedBy, :quantity, :price, :state, :filled, :tradePrice, :tradeId, :expiresAt)
            RETURNING """ + " " + BidRow.COLUMNS)
        .bind("id", b.id()).bind("listing", b.listingId()).bind("buyer", b.buyerId()).bind("bidderNo", b.bidderNo())
        .bind("placedBy", b.placedBy()).bind("quantity", b.quantity()).bind("price", b.unitPrice()).bind("state", b.state().name())
        .bind("filled", b.filledQuantity());
    spec = bindNullable(spec, "tradePrice", b.tradePrice(), BigDecimal.class);
    spec = bindNullable(spec, "tradeId", b.tradeId(), UUID.class);
    spec = bindNullable(spec, "expiresAt", b.expiresAt() == null ? null : at(b.expiresAt()), OffsetDateTime.class);
    return spec.map(BidRow::read).one();
  }

  public Mono<BidRow> findBid(UUID id) {
    return db.sql("SELECT " + BidRow.COLUMNS + " FROM market.bid WHERE id = :id").bind("id", id).map(BidRow::read).one();
  }

  /** Bids still competing, best first: price, then arrival. */
  public Flux<BidRow> liveBids(UUID listingId) {
    return db.sql("SELECT " + BidRow.COLUMNS + " FROM market.bid WHERE listing_id = :id AND state IN ('OPEN', 'COUNTERED') ORDER BY unit_price DESC, seq")
        .bind("id", listingId).map(BidRow::read).all();
  }

  public Flux<BidRow> bidsOfListing(UUID listingId) {
    return db.sql("SELECT " + BidRow.COLUMNS + " FROM market.bid WHERE listing_id = :id ORDER BY seq DESC")
        .bind("id", listingId).map(BidRow::read).all();
  }

  public Flux<BidRow> bidsOfBuyer(UUID buyerId, long offset, int limit) {
    return db.sql("SELECT " + BidRow.COLUMNS + " FROM market.bid WHERE buyer_id = :buyer ORDER BY created_at DESC, seq DESC LIMIT :limit OFFSET :offset")
        .bind("buyer", buyerId).bind("limit", limit).bind("offset", offset).map(BidRow::read).all();
  }

  public Mono<Long> countBidsOfBuyer(UUID buyerId) {
    return db.sql("SELECT count(*) AS n FROM market.bid WHERE buyer_id = :buyer").bind("buyer", buyerId).map(r -> r.get("n", Long.class)).one();
  }

  public Flux<BidRow> expiredBids(UUID listingId) {
    return db.sql("SELECT " + BidRow.COLUMNS + " FROM market.bid WHERE listing_id = :id AND state IN ('OPEN', 'COUNTERED') AND expires_at <= now()")
        .bind("id", listingId).map(BidRow::read).all();
  }

  /** Changes a bid's state from one of {@code from}; emits the updated row, or empty when it was in none of them. */
  public Mono<BidRow> updateBid(UUID id, List<BidState> from, BidState to, long filled, @Nullable BigDecimal tradePrice,
      @Nullable UUID tradeId, @Nullable BigDecimal counterPrice, @Nullable Instant expiresAt) {
    var spec = db.sql("""
            UPDATE market.bid SET state = :to, filled_quantity = :filled, trade_price = COALESCE(:tradePrice, trade_price),
                   trade_id = COALESCE(:tradeId, trade_id), counter_price = :counter, expires_at = :expiresAt, updated_at = now()
            WHERE id = :id AND state = ANY(:from)
            RETURNING """ + " " + BidRow.COLUMNS)
        .bind("to", to.name()).bind("filled", filled).bind("id", id)
        .bind("from", from.stream().map(Enum::name).toArray(String[]::new));
    spec = bindNullable(spec, "tradePrice", tradePrice, BigDecimal.class);
    spec = bindNullable(spec, "tradeId", tradeId, UUID.class);
    spec = bindNullable(spec, "counter", counterPrice, BigDecimal.class);
    spec = bindNullable(spec, "expiresAt", expiresAt == null ? null : at(expiresAt), OffsetDateTime.class);
    return spec.map(BidRow::read).one();
  }

  public Mono<UUID> listingOfTrade(UUID tradeId) {
    return db.sql("SELECT listing_id FROM market.bid WHERE trade_id = :trade").bind("trade", tradeId).map(r -> r.get("listing_id", UUID.class)).one();
  }

  // ---- idempotency ----------------------------------------------------------------------------------------

  public record Idempotent(String requestHash, int status, String response) {}

  public Mono<Idempotent> findIdempotent(UUID buyerId, String key) {
    return db.sql("SELECT request_hash, status, response FROM market.idempotency_record WHERE buyer_id = :buyer AND key = :key")
        .bind("buyer", buyerId).bind("key", key)
        .map(r -> new Idempotent(r.get("request_hash", String.class), r.get("status", Integer.class), r.get("response", Json.class).asString()))
        .one();
  }

  /**
   * Records the answer for the key. Two concurrent requests with one key: the second waits on the primary key until
   * the first commits, then inserts nothing (false) and its transaction is rolled back by the caller.
   */
  public Mono<Boolean> saveIdempotent(UUID buyerId, String key, Idempotent record) {
    return db.sql("""
            INSERT INTO market.idempotency_record (buyer_id, key, request_hash, status, response)
            VALUES (:buyer, :key, :hash, :status, :response) ON CONFLICT DO NOTHING""")
        .bind("buyer", buyerId).bind("key", key).bind("hash", record.requestHash()).bind("status", record.status())
        .bind("response", Json.of(record.response()))
        .fetch().rowsUpdated().map(rows -> rows == 1);
  }

  // ---- controls -------------------------------------------------------------------------------------------

  public record Control(boolean frozen, @Nullable String reason, Instant changedAt) {}

  public Mono<Control> control() {
    return db.sql("SELECT frozen, reason, changed_at FROM market.control")
        .map(r -> new Control(r.get("frozen", Boolean.class), r.get("reason", String.class), ListingRow.instant(r, "changed_at"))).one();
  }

  /** Locks the control row, so a freeze waits for writes in flight and writes started after it see it. */
  public Mono<Boolean> frozenForShare() {
    return db.sql("SELECT frozen FROM market.control FOR SHARE").map(r -> r.get("frozen", Boolean.class)).one();
  }

  public Mono<Boolean> setFrozen(boolean frozen, @Nullable String reason, UUID by) {
    var spec = db.sql("UPDATE market.control SET frozen = :frozen, reason = :reason, changed_by = :by, changed_at = now() WHERE frozen <> :frozen")
        .bind("frozen", frozen).bind("by", by);
    spec = bindNullable(spec, "reason", reason, String.class);
    return spec.fetch().rowsUpdated().map(rows -> rows == 1);
  }

  public Flux<Map.Entry<String, BigDecimal>> priceFloors() {
    return db.sql("SELECT project_code, min_unit_price FROM market.price_floor ORDER BY project_code")
        .map(r -> Map.entry(r.get("project_code", String.class), r.get("min_unit_price", BigDecimal.class))).all();
  }

  public Mono<Void> setPriceFloor(String projectCode, @Nullable BigDecimal minUnitPrice, UUID by) {
    if (minUnitPrice == null) {
      return db.sql("DELETE FROM market.price_floor WHERE project_code = :code").bind("code", projectCode).then();
    }
    return db.sql("""
            INSERT INTO market.price_floor (project_code, min_unit_price, changed_by) VALUES (:code, :price, :by)
            ON CONFLICT (project_code) DO UPDATE SET min_unit_price = EXCLUDED.min_unit_price, changed_by = EXCLUDED.changed_by, changed_at = now()""")
        .bind("code", projectCode).bind("price", minUnitPrice).bind("by", by).then();
  }

  /** The highest floor among the projects (empty when none has one). */
  public Mono<BigDecimal> floorFor(List<String> projectCodes) {
    if (projectCodes.isEmpty()) {
      return Mono.empty();
    }
    return db.sql("SELECT max(min_unit_price) AS floor FROM market.price_floor WHERE project_code = ANY(:codes)")
        .bind("codes", projectCodes.toArray(String[]::new)).map(r -> java.util.Optional.ofNullable(r.get("floor", BigDecimal.class))).one()
        .flatMap(Mono::justOrEmpty);
  }

  // ---- helpers --------------------------------------------------------------------------------------------

  static OffsetDateTime at(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  static <T> DatabaseClient.GenericExecuteSpec bindNullable(DatabaseClient.GenericExecuteSpec spec, String name, @Nullable T value, Class<T> type) {
    return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
  }
}
