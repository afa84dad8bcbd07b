package th.dla.carbon.settlement.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import th.dla.carbon.platform.BusinessTime;
import th.dla.carbon.registry.SerialRange;

@Repository
public class RetirementStore {

  public record RetirementRow(String certificateNo, UUID buyerId, long quantity, @Nullable Integer vintage, String beneficiary,
      String purpose, Instant retiredAt) {}

  private final DatabaseClient db;

  public RetirementStore(DatabaseClient db) {
    this.db = db;
  }

  public Mono<RetirementRow> insert(String certificateNo, UUID buyerId, long quantity, @Nullable Integer vintage, String beneficiary,
      String purpose, @Nullable UUID by, UUID ledgerOperation, List<SerialRange> ranges) {
    DatabaseClient.GenericExecuteSpec spec = db.sql("""
            INSERT INTO settlement.retirement (certificate_no, buyer_id, quantity, vintage, beneficiary, purpose, retired_at,
                                               retired_by, ledger_operation)
            VALUES (:no, :buyer, :quantity, :vintage, :beneficiary, :purpose, coalesce(:retiredAt, now()), :by, :operation)
            RETURNING *""")
        .bind("no", certificateNo).bind("buyer", buyerId).bind("quantity", quantity)
        .bind("beneficiary", beneficiary).bind("purpose", purpose).bind("operation", ledgerOperation);
    spec = vintage == null ? spec.bindNull("vintage", Integer.class) : spec.bind("vintage", vintage);
    spec = by == null ? spec.bindNull("by", UUID.class) : spec.bind("by", by);
    DatabaseClient.GenericExecuteSpec insert = spec;
    // the demo's history gives retirements past dates (platform.BusinessTime)
    Mono<RetirementRow> inserted = BusinessTime.override().flatMap(at -> (at.isPresent()
            ? insert.bind("retiredAt", OffsetDateTime.ofInstant(at.get(), ZoneOffset.UTC))
            : insert.bindNull("retiredAt", OffsetDateTime.class))
        .map(row -> row(row)).one());
    return inserted.flatMap(row -> Flux.range(0, ranges.size())
        .concatMap(i -> {
          SerialRange r = ranges.get(i);
          return db.sql("""
                  INSERT INTO settlement.retirement_range (certificate_no, ordinal, issuance_id, project_code, vintage,
                                                           serial_first, serial_last, origin_lao_code)
                  VALUES (:no, :ordinal, :issuance, :project, :vintage, :first, :last, :origin)""")
              .bind("no", certificateNo).bind("ordinal", i).bind("issuance", r.issuanceId()).bind("project", r.projectCode())
              .bind("vintage", r.vintage()).bind("first", r.first()).bind("last", r.last()).bind("origin", r.originLaoCode())
              .then();
        })
        .then(Mono.just(row)));
  }

  public Mono<RetirementRow> find(String certificateNo) {
    return db.sql("SELECT * FROM settlement.retirement WHERE certificate_no = :no").bind("no", certificateNo)
        .map(row -> row(row)).one();
  }

  public Flux<SerialRange> ranges(String certificateNo) {
    return db.sql("SELECT * FROM settlement.retirement_range WHERE certificate_no = :no ORDER BY ordinal").bind("no", certificateNo)
        .map(row -> new SerialRange(row.get("issuance_id", UUID.class), row.get("project_code", String.class),
            row.get("vintage", Integer.class), row.get("serial_first", Long.class), row.get("serial_last", Long.class),
            row.get("origin_lao_code", String.class)))
        .all();
  }

  public Flux<RetirementRow> byBuyer(UUID buyerId, long offset, int limit) {
    return db.sql("SELECT * FROM settlement.retirement WHERE buyer_id = :buyer ORDER BY retired_at DESC, certificate_no OFFSET :offset LIMIT :limit")
        .bind("buyer", buyerId).bind("offset", offset).bind("limit", limit)
        .map(row -> row(row)).all();
  }

  public Mono<Long> countByBuyer(UUID buyerId) {
    return db.sql("SELECT count(*) AS n FROM settlement.retirement WHERE buyer_id = :buyer").bind("buyer", buyerId)
        .map(row -> row.get("n", Long.class)).one();
  }

  private static RetirementRow row(io.r2dbc.spi.Readable row) {
    return new RetirementRow(row.get("certificate_no", String.class), row.get("buyer_id", UUID.class), row.get("quantity", Long.class),
        row.get("vintage", Integer.class), row.get("beneficiary", String.class), row.get("purpose", String.class),
        row.get("retired_at", OffsetDateTime.class).toInstant());
  }
}
