package th.dla.carbon.registry.persistence;

import io.r2dbc.spi.Readable;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import th.dla.carbon.registry.Balance;

/** Balances of an account per issuance: what it holds from its blocks, what it received/sold/retired from the journal. */
@Repository
public class BalanceQueries {

  private final DatabaseClient db;

  public BalanceQueries(DatabaseClient db) {
    this.db = db;
  }

  public Flux<Balance> balances(long account) {
    return db.sql("""
            WITH held AS (
              SELECT issuance_id,
                     sum(quantity) FILTER (WHERE state = 'AVAILABLE') AS available,
                     sum(quantity) FILTER (WHERE state = 'RESERVED' AND holder_type = 'LISTING') AS listings,
                     sum(quantity) FILTER (WHERE state = 'RESERVED' AND holder_type = 'TRADE') AS trades
              FROM registry.block WHERE owner_account = :account GROUP BY issuance_id),
            moved AS (
              SELECT issuance_id,
                     sum(quantity) FILTER (WHERE to_account = :account AND from_account IS DISTINCT FROM :account
                                             AND reason <> 'ISSUANCE') AS received,
                     sum(quantity) FILTER (WHERE from_account = :account AND to_account <> :account AND reason = 'TRANSFER') AS sold,
                     sum(quantity) FILTER (WHERE from_account = :account AND reason = 'RETIREMENT') AS retired
              FROM registry.journal_entry WHERE from_account = :account OR to_account = :account GROUP BY issuance_id)
            SELECT i.id, i.project_code, i.vintage,
                   coalesce(m.received, 0) AS received, coalesce(h.available, 0) AS available,
                   coalesce(h.listings, 0) AS listings, coalesce(h.trades, 0) AS trades,
                   coalesce(m.sold, 0) AS sold, coalesce(m.retired, 0) AS retired
            FROM registry.issuance i
            LEFT JOIN held h ON h.issuance_id = i.id
            LEFT JOIN moved m ON m.issuance_id = i.id
            WHERE h.issuance_id IS NOT NULL OR m.issuance_id IS NOT NULL
            ORDER BY i.vintage, i.issued_on, i.id""")
        .bind("account", account)
        .map(BalanceQueries::balance)
        .all();
  }

  private static Balance balance(Readable row) {
    return new Balance(row.get("id", UUID.class), row.get("project_code", String.class), row.get("vintage", Short.class),
        number(row, "received"), number(row, "available"), number(row, "listings"), number(row, "trades"),
        number(row, "sold"), number(row, "retired"));
  }

  static long number(Readable row, String column) {
    Object value = row.get(column);
    return value == null ? 0 : ((Number) value).longValue();
  }
}
