package th.dla.carbon.registry;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import java.util.List;
import reactor.core.publisher.Mono;

/** The latest wet-waste-bin report of every LAO, for read models that recompute themselves (the dashboards). */
@Service
public class BinFacts {

  /** An LAO's report in its latest reporting window (the window with the greatest id). */
  public record LatestReport(String laoCode, long windowId, long households, long bins) {}

  private final DatabaseClient db;

  BinFacts(DatabaseClient db) {
    this.db = db;
  }

  public Mono<List<LatestReport>> latestReports() {
    return db.sql("""
            SELECT DISTINCT ON (lao_code) lao_code, window_id, households, bins
            FROM registry.bin_report ORDER BY lao_code, window_id DESC""")
        .map(row -> new LatestReport(row.get("lao_code", String.class).strip(), row.get("window_id", Long.class),
            row.get("households", Long.class), row.get("bins", Long.class)))
        .all().collectList();
  }
}
