package th.dla.carbon.identity.officers;

import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import th.dla.carbon.identity.Actor;
import th.dla.carbon.identity.OfficerAppointment;
import th.dla.carbon.identity.OfficerStatus;

/** identity.officer_appointment. */
@Repository
public class AppointmentStore {

  private static final String COLUMNS = """
      id, lao_code, lao_name_th, province_code, full_name, position, phone, email, status, proposed_by_name,
      proposed_at, decided_by_name, decided_at, reason""";

  private final DatabaseClient db;

  AppointmentStore(DatabaseClient db) {
    this.db = db;
  }

  public Mono<OfficerAppointment> insert(UUID id, String laoCode, String laoNameTh, String provinceCode, String fullName,
      String position, String phone, String email, Actor proposer) {
    return db.sql("""
            INSERT INTO identity.officer_appointment (id, lao_code, lao_name_th, province_code, full_name, position,
              phone, email, proposed_by, proposed_by_name)
            VALUES (:id, :lao, :laoName, :province, :fullName, :position, :phone, :email, :by, :byName)
            RETURNING""" + " " + COLUMNS)
        .bind("id", id)
        .bind("lao", laoCode)
        .bind("laoName", laoNameTh)
        .bind("province", provinceCode)
        .bind("fullName", fullName)
        .bind("position", position)
        .bind("phone", phone)
        .bind("email", email)
        .bind("by", proposer.userId())
        .bind("byName", proposer.displayName())
        .map(AppointmentStore::appointment)
        .one();
  }

  /** The appointment, locked until the end of the transaction (two approvers never both decide). */
  public Mono<OfficerAppointment> findForUpdate(UUID id) {
    return db.sql("SELECT " + COLUMNS + " FROM identity.officer_appointment WHERE id = :id FOR UPDATE")
        .bind("id", id)
        .map(AppointmentStore::appointment)
        .one();
  }

  public Mono<Boolean> openFor(String laoCode, String email) {
    return db.sql("""
            SELECT EXISTS (SELECT 1 FROM identity.officer_appointment
            WHERE lao_code = :lao AND lower(email) = lower(:email) AND status IN ('PENDING', 'APPROVED')) AS open""")
        .bind("lao", laoCode)
        .bind("email", email)
        .map(row -> Boolean.TRUE.equals(row.get("open", Boolean.class)))
        .one();
  }

  public Mono<OfficerAppointment> decide(UUID id, OfficerStatus status, Actor decider, @Nullable String reason, @Nullable UUID userId) {
    DatabaseClient.GenericExecuteSpec spec = db.sql("""
            UPDATE identity.officer_appointment SET status = :status, decided_by = :by, decided_by_name = :byName,
              decided_at = now(), reason = :reason, user_id = :user
            WHERE id = :id AND status = 'PENDING'
            RETURNING""" + " " + COLUMNS)
        .bind("id", id)
        .bind("status", status.name())
        .bind("by", decider.userId())
        .bind("byName", decider.displayName());
    spec = reason == null ? spec.bindNull("reason", String.class) : spec.bind("reason", reason);
    spec = userId == null ? spec.bindNull("user", UUID.class) : spec.bind("user", userId);
    return spec.map(AppointmentStore::appointment).one();
  }

  public Flux<OfficerAppointment> ofLao(String laoCode) {
    return db.sql("SELECT " + COLUMNS + " FROM identity.officer_appointment WHERE lao_code = :lao ORDER BY proposed_at, id")
        .bind("lao", laoCode)
        .map(AppointmentStore::appointment)
        .all();
  }

  public Flux<OfficerAppointment> ofProvince(String provinceCode, @Nullable OfficerStatus status) {
    DatabaseClient.GenericExecuteSpec spec = db.sql("SELECT " + COLUMNS + """
             FROM identity.officer_appointment
            WHERE province_code = :province AND (CAST(:status AS text) IS NULL OR status = :status)
            ORDER BY lao_code, proposed_at, id""")
        .bind("province", provinceCode);
    spec = status == null ? spec.bindNull("status", String.class) : spec.bind("status", status.name());
    return spec.map(AppointmentStore::appointment).all();
  }

  /** The roster: officers in office and those waiting for approval, by LAO then name. */
  public Flux<OfficerAppointment> roster(String provinceCode) {
    return db.sql("SELECT " + COLUMNS + """
             FROM identity.officer_appointment
            WHERE province_code = :province AND status IN ('APPROVED', 'PENDING')
            ORDER BY lao_code, status, full_name, id""")
        .bind("province", provinceCode)
        .map(AppointmentStore::appointment)
        .all();
  }

  private static OfficerAppointment appointment(Readable row) {
    return new OfficerAppointment(
        row.get("id", UUID.class),
        row.get("lao_code", String.class),
        row.get("lao_name_th", String.class),
        row.get("province_code", String.class),
        row.get("full_name", String.class),
        row.get("position", String.class),
        row.get("phone", String.class),
        row.get("email", String.class),
        OfficerStatus.valueOf(row.get("status", String.class)),
        row.get("proposed_by_name", String.class),
        row.get("proposed_at", OffsetDateTime.class),
        row.get("decided_by_name", String.class),
        row.get("decided_at", OffsetDateTime.class),
        row.get("reason", String.class));
  }
}
