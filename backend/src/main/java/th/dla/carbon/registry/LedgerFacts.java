package th.dla.carbon.registry;

import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Set-based facts of the ledger for read models that recompute themselves from the source of truth (the
 * dashboards' rebuild). Read-only; each method is one query over the blocks or the journal, whose result is complete when it is
 * emitted (bounded, or a page), so a caller may run other statements on the same connection in between.
 */
@Service
public class LedgerFacts {

  /**
   * Credits of LAO {@code laoCode} of one vintage, as the blocks place them today: {@code allocated} were issued to
   * it (journal ALLOCATION entries), {@code held} are still in its account, {@code available} of those unreserved,
   * {@code listed} reserved for its listings.
   */
  public record LaoPosition(String laoCode, int vintage, long allocated, long held, long available, long listed) {}

  /** A journal entry's worth of credits of one vintage that a trade took from its listing (the trade's credits by vintage). */
  public record TradeSplit(long entryId, UUID tradeId, int vintage, long quantity) {}

  private final DatabaseClient db;

  LedgerFacts(DatabaseClient db) {
    this.db = db;
  }

  /** Every LAO and vintage with credits allocated to it. */
  public Mono<List<LaoPosition>> laoPositions() {
    return db.sql("""
            WITH alloc AS (
              SELECT a.lao_code, i.vintage, sum(a.quantity) AS allocated
              FROM registry.allocation a JOIN registry.issuance i ON i.id = a.issuance_id
              GROUP BY a.lao_code, i.vintage),
            pos AS (
              SELECT acc.lao_code, i.vintage,
                     sum(b.quantity) AS held,
                     coalesce(sum(b.quantity) FILTER (WHERE b.state = 'AVAILABLE'), 0) AS available,
                     coalesce(sum(b.quantity) FILTER (WHERE b.state = 'RESERVED' AND b.holder_type = 'LISTING'), 0) AS listed
              FROM registry.block b
              JOIN registry.account acc ON acc.id = b.owner_account AND acc.kind = 'LAO'
              JOIN registry.issuance i ON i.id = b.issuance_id
              GROUP BY acc.lao_code, i.vintage)
            SELECT alloc.lao_code, alloc.vintage, alloc.allocated, coalesce(pos.held, 0) AS held,
                   coalesce(pos.available, 0) AS available, coalesce(pos.listed, 0) AS listed
            FROM alloc LEFT JOIN pos ON pos.lao_code = alloc.lao_code AND pos.vintage = alloc.vintage
            ORDER BY alloc.lao_code, alloc.vintage""")
        .map(row -> new LaoPosition(row.get("lao_code", String.class).strip(), row.get("vintage", Integer.class),
            row.get("allocated", Long.class), row.get("held", Long.class), row.get("available", Long.class),
            row.get("listed", Long.class)))
        .all().collectList();
  }

  /**
   * A page of the journal's REASSIGNMENT entries into trades (a trade's credits by vintage, taken from its listing
   * when it opened), after journal entry {@code afterEntry}, in entry order: page on with the last entry's id.
   */
  public Mono<List<TradeSplit>> tradeSplits(long afterEntry, int limit) {
    return db.sql("""
            SELECT j.id, j.to_holder_id, i.vintage, j.quantity
            FROM registry.journal_entry j JOIN registry.issuance i ON i.id = j.issuance_id
            WHERE j.id > :after AND j.reason = 'REASSIGNMENT' AND j.to_holder_type = 'TRADE'
            ORDER BY j.id LIMIT :limit""")
        .bind("after", afterEntry).bind("limit", limit)
        .map(row -> new TradeSplit(row.get("id", Long.class), row.get("to_holder_id", UUID.class), row.get("vintage", Integer.class),
            row.get("quantity", Long.class)))
        .all().collectList();
  }
}
