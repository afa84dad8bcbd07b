package th.dla.carbon.identity;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Public counts of buyer organisations (the dashboards' "verified buyers"). */
@Service
public class BuyerCounts {

  private final DatabaseClient db;

  BuyerCounts(DatabaseClient db) {
    this.db = db;
  }

  /** Organisations that may trade now. */
  public Mono<Long> verified() {
    return db.sql("SELECT count(*) AS n FROM identity.buyer_organisation WHERE status = 'VERIFIED'")
        .map(row -> row.get("n", Long.class)).one();
  }
}
