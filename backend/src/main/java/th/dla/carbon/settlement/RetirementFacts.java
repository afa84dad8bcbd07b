package th.dla.carbon.settlement;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import java.util.List;
import reactor.core.publisher.Mono;

/** Every retirement, page by page, for read models that recompute themselves (the dashboards' rebuild). */
@Service
public class RetirementFacts {

  public record RetirementFact(String certificateNo, UUID buyerId, long quantity, @Nullable Integer vintage, String beneficiary,
      Instant retiredAt) {}

  /** One retired range of a retirement: its LAO of origin, vintage and size. */
  public record RetiredOrigin(String certificateNo, int ordinal, String originLao, int vintage, long quantity, Instant retiredAt) {}

  private final DatabaseClient db;

  RetirementFacts(DatabaseClient db) {
    this.db = db;
  }

  /** A page of retirements by certificate number, after {@code afterNo} (start with ""). */
  public Mono<List<RetirementFact>> retirements(String afterNo, int limit) {
    return db.sql("""
            SELECT certificate_no, buyer_id, quantity, vintage, beneficiary, retired_at FROM settlement.retirement
            WHERE certificate_no > :after ORDER BY certificate_no LIMIT :limit""")
        .bind("after", afterNo).bind("limit", limit)
        .map(row -> new RetirementFact(row.get("certificate_no", String.class), row.get("buyer_id", UUID.class),
            row.get("quantity", Long.class), row.get("vintage", Integer.class), row.get("beneficiary", String.class),
            row.get("retired_at", OffsetDateTime.class).toInstant()))
        .all().collectList();
  }

  /** A page of retired ranges in (certificate number, ordinal) order, after the given position (start with "", -1). */
  public Mono<List<RetiredOrigin>> origins(String afterNo, int afterOrdinal, int limit) {
    return db.sql("""
            SELECT g.certificate_no, g.ordinal, g.origin_lao_code, g.vintage, g.serial_last - g.serial_first + 1 AS quantity, r.retired_at
            FROM settlement.retirement_range g JOIN settlement.retirement r ON r.certificate_no = g.certificate_no
            WHERE (g.certificate_no, g.ordinal) > (:after, :ordinal)
            ORDER BY g.certificate_no, g.ordinal LIMIT :limit""")
        .bind("after", afterNo).bind("ordinal", afterOrdinal).bind("limit", limit)
        .map(row -> new RetiredOrigin(row.get("certificate_no", String.class), row.get("ordinal", Integer.class),
            row.get("origin_lao_code", String.class).strip(), row.get("vintage", Integer.class), row.get("quantity", Long.class),
            row.get("retired_at", OffsetDateTime.class).toInstant()))
        .all().collectList();
  }
}
