package th.dla.carbon.registry.persistence;

import io.r2dbc.spi.Readable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** SQL for reporting windows and wet-waste-bin reports. */
@Repository
public class BinStore {

  public record WindowRow(long id, String title, LocalDate periodStart, LocalDate periodEnd, LocalDate opensOn, LocalDate closesOn) {}

  public record ReportRow(long id, String laoCode, long windowId, String windowTitle, LocalDate periodStart, LocalDate periodEnd,
      long households, long bins, String submittedBy, OffsetDateTime submittedAt) {}

  private static final String REPORT_SELECT = """
      SELECT r.id, r.lao_code, r.window_id, w.title, w.period_start, w.period_end, r.households, r.bins, r.submitted_by, r.submitted_at
      FROM registry.bin_report r JOIN registry.reporting_window w ON w.id = r.window_id
      """;

  private final DatabaseClient db;

  public BinStore(DatabaseClient db) {
    this.db = db;
  }

  public Mono<WindowRow> insertWindow(String title, LocalDate periodStart, LocalDate periodEnd, LocalDate opensOn, LocalDate closesOn) {
    return db.sql("""
            INSERT INTO registry.reporting_window (title, period_start, period_end, opens_on, closes_on)
            VALUES (:title, :periodStart, :periodEnd, :opensOn, :closesOn)
            RETURNING id, title, period_start, period_end, opens_on, closes_on""")
        .bind("title", title).bind("periodStart", periodStart).bind("periodEnd", periodEnd)
        .bind("opensOn", opensOn).bind("closesOn", closesOn)
        .map(BinStore::window).one();
  }

  public Flux<WindowRow> windows() {
    return db.sql("SELECT id, title, period_start, period_end, opens_on, closes_on FROM registry.reporting_window ORDER BY opens_on DESC")
        .map(BinStore::window).all();
  }

  public Mono<WindowRow> openOn(LocalDate day) {
    return db.sql("SELECT id, title, period_start, period_end, opens_on, closes_on FROM registry.reporting_window WHERE :day BETWEEN opens_on AND closes_on")
        .bind("day", day).map(BinStore::window).one();
  }

  public Mono<WindowRow> nextAfter(LocalDate day) {
    return db.sql("SELECT id, title, period_start, period_end, opens_on, closes_on FROM registry.reporting_window WHERE opens_on > :day ORDER BY opens_on LIMIT 1")
        .bind("day", day).map(BinStore::window).one();
  }

  /** Records the LAO's report for the window; a second report in the same window replaces the first. */
  public Mono<ReportRow> upsertReport(long windowId, String laoCode, long households, long bins, String submittedBy) {
    return db.sql("""
            INSERT INTO registry.bin_report (window_id, lao_code, households, bins, submitted_by)
            VALUES (:window, :lao, :households, :bins, :by)
            ON CONFLICT (lao_code, window_id) DO UPDATE
              SET households = EXCLUDED.households, bins = EXCLUDED.bins, submitted_by = EXCLUDED.submitted_by, submitted_at = now()
            RETURNING id""")
        .bind("window", windowId).bind("lao", laoCode).bind("households", households).bind("bins", bins).bind("by", submittedBy)
        .map(row -> row.get("id", Long.class)).one()
        .flatMap(id -> db.sql(REPORT_SELECT + " WHERE r.id = :id").bind("id", id).map(BinStore::report).one());
  }

  public Flux<ReportRow> reports(String laoCode) {
    return db.sql(REPORT_SELECT + " WHERE r.lao_code = :lao ORDER BY w.period_end DESC, r.id DESC")
        .bind("lao", laoCode).map(BinStore::report).all();
  }

  private static WindowRow window(Readable r) {
    return new WindowRow(r.get("id", Long.class), r.get("title", String.class), r.get("period_start", LocalDate.class),
        r.get("period_end", LocalDate.class), r.get("opens_on", LocalDate.class), r.get("closes_on", LocalDate.class));
  }

  private static ReportRow report(Readable r) {
    return new ReportRow(r.get("id", Long.class), r.get("lao_code", String.class), r.get("window_id", Long.class),
        r.get("title", String.class), r.get("period_start", LocalDate.class), r.get("period_end", LocalDate.class),
        r.get("households", Long.class), r.get("bins", Long.class), r.get("submitted_by", String.class),
        r.get("submitted_at", OffsetDateTime.class));
  }
}
