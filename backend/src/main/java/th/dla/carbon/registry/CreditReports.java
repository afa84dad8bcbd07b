package th.dla.carbon.registry;

import java.math.BigDecimal;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;

/** Read-only credit figures per LAO for reports (the reporting module), apart from {@link Ledger}. */
@Service
public class CreditReports {

  /**
   * What an LAO was allocated in all and holds now: {@code available} (free to list), {@code reserved} (held by
   * its listings and its trades awaiting settlement).
   */
  public record LaoCredits(String laoCode, long allocated, long available, long reserved) {}

  private final DatabaseClient db;

  CreditReports(DatabaseClient db) {
    this.db = db;
  }

  /** LAOs of the province that were ever allocated credits, by code. */
  public Flux<LaoCredits> laosOfProvince(String provinceCode) {
    return db.sql("""
            WITH allocated AS (
              SELECT lao_code, sum(quantity) AS allocated FROM registry.allocation
               WHERE substr(lao_code, 2, 2) = :province GROUP BY lao_code
            ), held AS (
              SELECT a.lao_code,
                     coalesce(sum(b.quantity) FILTER (WHERE b.state = 'AVAILABLE'), 0) AS available,
                     coalesce(sum(b.quantity) FILTER (WHERE b.state = 'RESERVED'), 0) AS reserved
                FROM registry.account a JOIN registry.block b ON b.owner_account = a.id
               WHERE a.kind = 'LAO' AND substr(a.lao_code, 2, 2) = :province
               GROUP BY a.lao_code
            )
            SELECT al.lao_code, al.allocated, coalesce(h.available, 0) AS available, coalesce(h.reserved, 0) AS reserved
              FROM allocated al LEFT JOIN held h ON h.lao_code = al.lao_code
             ORDER BY al.lao_code""")
        .bind("province", provinceCode)
        .map(row -> new LaoCredits(row.get("lao_code", String.class).strip(), row.get("allocated", BigDecimal.class).longValue(),
            row.get("available", BigDecimal.class).longValue(), row.get("reserved", BigDecimal.class).longValue()))
        .all();
  }
}
