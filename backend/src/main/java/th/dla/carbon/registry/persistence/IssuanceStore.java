package th.dla.carbon.registry.persistence;

import io.r2dbc.spi.Readable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import th.dla.carbon.registry.Project;

/** SQL for projects, issuances and allocations. */
@Repository
public class IssuanceStore {

  public record IssuanceRow(UUID id, String projectCode, int vintage, long serialFirst, long serialLast, long quantity,
      String tgoReference, LocalDate issuedOn, OffsetDateTime createdAt) {}

  public record AllocationRow(UUID issuanceId, int position, String laoCode, long serialFirst, long serialLast, long quantity) {}

  private static final String ISSUANCE_COLUMNS =
      "id, project_code, vintage, serial_first, serial_last, quantity, tgo_reference, issued_on, created_at";

  private final DatabaseClient db;

  public IssuanceStore(DatabaseClient db) {
    this.db = db;
  }

  public Flux<Project> projects() {
    return db.sql("SELECT * FROM registry.project ORDER BY code").map(IssuanceStore::toProject).all();
  }

  public Mono<Project> project(String code) {
    return db.sql("SELECT * FROM registry.project WHERE code = :code").bind("code", code).map(IssuanceStore::toProject).one();
  }

  public Mono<IssuanceRow> byTgoReference(String reference) {
    return db.sql("SELECT " + ISSUANCE_COLUMNS + " FROM registry.issuance WHERE tgo_reference = :ref")
        .bind("ref", reference).map(IssuanceStore::toIssuance).one();
  }

  public Mono<IssuanceRow> byId(UUID id) {
    return db.sql("SELECT " + ISSUANCE_COLUMNS + " FROM registry.issuance WHERE id = :id")
        .bind("id", id).map(IssuanceStore::toIssuance).one();
  }

  /** The issuance of a project containing a serial. */
  public Mono<IssuanceRow> containing(String projectCode, long serial) {
    return db.sql("SELECT " + ISSUANCE_COLUMNS + " FROM registry.issuance WHERE project_code = :project AND :serial BETWEEN serial_first AND serial_last")
        .bind("project", projectCode).bind("serial", serial).map(IssuanceStore::toIssuance).one();
  }

  public Flux<IssuanceRow> page(long offset, int limit) {
    return db.sql("SELECT " + ISSUANCE_COLUMNS + " FROM registry.issuance ORDER BY vintage DESC, issued_on DESC, serial_first LIMIT :limit OFFSET :offset")
        .bind("limit", limit).bind("offset", offset).map(IssuanceStore::toIssuance).all();
  }

  public Mono<Long> count() {
    return db.sql("SELECT count(*) AS n FROM registry.issuance").map(row -> row.get("n", Long.class)).one();
  }

  /** TGO references of issuances of the project whose serial range overlaps {@code [first, last]}. */
  public Flux<String> overlapping(String projectCode, long first, long last) {
    return db.sql("""
            SELECT tgo_reference FROM registry.issuance
            WHERE project_code = :project AND int8range(serial_first, serial_last, '[]') && int8range(:first, :last, '[]')
            ORDER BY serial_first""")
        .bind("project", projectCode).bind("first", first).bind("last", last)
        .map(row -> row.get("tgo_reference", String.class)).all();
  }

  public Mono<UUID> insert(String projectCode, int vintage, long first, long last, String tgoReference, LocalDate issuedOn) {
    return db.sql("""
            INSERT INTO registry.issuance (project_code, vintage, serial_first, serial_last, tgo_reference, issued_on)
            VALUES (:project, :vintage, :first, :last, :ref, :issuedOn) RETURNING id""")
        .bind("project", projectCode).bind("vintage", (short) vintage).bind("first", first).bind("last", last)
        .bind("ref", tgoReference).bind("issuedOn", issuedOn)
        .map(row -> row.get("id", UUID.class)).one();
  }

  public Mono<Void> insertAllocation(UUID issuanceId, int position, String laoCode, long first, long last) {
    return db.sql("""
            INSERT INTO registry.allocation (issuance_id, position, lao_code, serial_first, serial_last)
            VALUES (:issuance, :position, :lao, :first, :last)""")
        .bind("issuance", issuanceId).bind("position", position).bind("lao", laoCode).bind("first", first).bind("last", last)
        .then();
  }

  public Flux<AllocationRow> allocations(UUID issuanceId) {
    return db.sql("SELECT issuance_id, position, lao_code, serial_first, serial_last, quantity FROM registry.allocation WHERE issuance_id = :id ORDER BY position")
        .bind("id", issuanceId)
        .map(row -> new AllocationRow(row.get("issuance_id", UUID.class), row.get("position", Integer.class),
            row.get("lao_code", String.class), row.get("serial_first", Long.class), row.get("serial_last", Long.class),
            row.get("quantity", Long.class)))
        .all();
  }

  private static Project toProject(Readable row) {
    return new Project(row.get("code", String.class), row.get("name_th", String.class), row.get("name_en", String.class),
        row.get("methodology", String.class), row.get("developer_th", String.class), row.get("developer_en", String.class),
        row.get("registered_on", LocalDate.class), row.get("crediting_start", LocalDate.class),
        row.get("crediting_end", LocalDate.class), row.get("expected_tco2e_per_year", Long.class));
  }

  private static IssuanceRow toIssuance(Readable row) {
    return new IssuanceRow(row.get("id", UUID.class), row.get("project_code", String.class), row.get("vintage", Short.class),
        row.get("serial_first", Long.class), row.get("serial_last", Long.class), row.get("quantity", Long.class),
        row.get("tgo_reference", String.class), row.get("issued_on", LocalDate.class), row.get("created_at", OffsetDateTime.class));
  }
}
