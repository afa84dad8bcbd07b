package th.dla.carbon.registry.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import th.dla.carbon.registry.LedgerVerification;

/**
 * The ledger's invariant, checked by SQL over everything (or some issuances):
 * <ol>
 *   <li>tiling: for every issuance, its blocks start at its first serial, end at its last, each block starts right
 *       after the previous one ends, and their quantities add up to the issuance's;
 *   <li>journal = blocks: for every (account, issuance, state, holder), the journal's entries into that position
 *       minus those out of it equal the quantity of the blocks in it now.
 * </ol>
 */
@Component
public class LedgerChecks {

  private static final String FILTER = "(CAST(:ids AS uuid[]) IS NULL OR %s = ANY(CAST(:ids AS uuid[])))";

  private final DatabaseClient db;

  LedgerChecks(DatabaseClient db) {
    this.db = db;
  }

  public Mono<LedgerVerification> verify(@Nullable List<UUID> issuanceIds) {
    String[] ids = issuanceIds == null ? null : issuanceIds.stream().map(UUID::toString).toArray(String[]::new);
    Mono<List<String>> tiling = bind(db.sql("""
            SELECT i.id, i.serial_first, i.serial_last, i.quantity,
                   min(b.serial_first) AS blocks_first, max(b.serial_last) AS blocks_last,
                   coalesce(sum(b.quantity), 0) AS blocks_quantity,
                   count(*) FILTER (WHERE b.previous_last IS NOT NULL AND b.serial_first <> b.previous_last + 1) AS seams
            FROM registry.issuance i
            LEFT JOIN (SELECT issuance_id, serial_first, serial_last, quantity,
                              lag(serial_last) OVER (PARTITION BY issuance_id ORDER BY serial_first) AS previous_last
                       FROM registry.block WHERE %s) b ON b.issuance_id = i.id
            WHERE %s
            GROUP BY i.id, i.serial_first, i.serial_last, i.quantity""".formatted(FILTER.formatted("issuance_id"), FILTER.formatted("i.id"))), ids)
        .map(row -> {
          UUID id = row.get("id", UUID.class);
          long first = row.get("serial_first", Long.class);
          long last = row.get("serial_last", Long.class);
          long quantity = row.get("quantity", Long.class);
          Long blocksFirst = row.get("blocks_first", Long.class);
          Long blocksLast = row.get("blocks_last", Long.class);
          long blocksQuantity = ((Number) row.get("blocks_quantity")).longValue();
          long seams = row.get("seams", Long.class);
          if (blocksFirst == null || blocksFirst != first || blocksLast != last || blocksQuantity != quantity || seams != 0) {
            return "issuance " + id + " [" + first + ", " + last + "] (" + quantity + " credits): blocks cover ["
                + blocksFirst + ", " + blocksLast + "] with " + blocksQuantity + " credits and " + seams + " gap(s) or overlap(s)";
          }
          return "";
        })
        .all()
        .collectList();
    Mono<Long> checked = bind(db.sql("SELECT count(*) AS n FROM registry.issuance i WHERE " + FILTER.formatted("i.id")), ids)
        .map(row -> row.get("n", Long.class)).one();
    Mono<List<String>> balances = bind(db.sql("""
            WITH moves AS (
              SELECT to_account AS account, issuance_id, to_state AS state,
                     coalesce(to_holder_type || ':' || to_holder_id::text, '') AS holder, quantity AS q
              FROM registry.journal_entry WHERE %1$s
              UNION ALL
              SELECT from_account, issuance_id, from_state,
                     coalesce(from_holder_type || ':' || from_holder_id::text, ''), -quantity
              FROM registry.journal_entry WHERE from_account IS NOT NULL AND %1$s),
            journal AS (SELECT account, issuance_id, state, holder, sum(q) AS q FROM moves GROUP BY 1, 2, 3, 4),
            blocks AS (
              SELECT owner_account AS account, issuance_id, state,
                     coalesce(holder_type || ':' || holder_id::text, '') AS holder, sum(quantity) AS q
              FROM registry.block WHERE %1$s GROUP BY 1, 2, 3, 4)
            SELECT coalesce(j.account, b.account) AS account, coalesce(j.issuance_id, b.issuance_id) AS issuance_id,
                   coalesce(j.state, b.state) AS state, coalesce(j.holder, b.holder) AS holder,
                   coalesce(j.q, 0) AS journal_q, coalesce(b.q, 0) AS blocks_q
            FROM journal j FULL JOIN blocks b
              ON j.account = b.account AND j.issuance_id = b.issuance_id AND j.state = b.state AND j.holder = b.holder
            WHERE coalesce(j.q, 0) <> coalesce(b.q, 0)""".formatted(FILTER.formatted("issuance_id"))), ids)
        .map(row -> "account " + row.get("account", Long.class) + ", issuance " + row.get("issuance_id", UUID.class) + ", "
            + row.get("state", String.class) + (row.get("holder", String.class).isEmpty() ? "" : " for " + row.get("holder", String.class))
            + ": the journal says " + row.get("journal_q") + " but the blocks hold " + row.get("blocks_q"))
        .all()
        .collectList();
    return Mono.zip(tiling, balances, checked).map(t -> {
      List<String> problems = new ArrayList<>();
      t.getT1().stream().filter(p -> !p.isEmpty()).forEach(problems::add);
      problems.addAll(t.getT2());
      return new LedgerVerification(problems.isEmpty(), t.getT3(), List.copyOf(problems));
    });
  }

  private static DatabaseClient.GenericExecuteSpec bind(DatabaseClient.GenericExecuteSpec spec, String @Nullable [] ids) {
    return ids == null ? spec.bindNull("ids", String[].class) : spec.bind("ids", ids);
  }
}
