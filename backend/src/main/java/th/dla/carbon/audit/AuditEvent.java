package th.dla.carbon.audit;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One state change to record.
 *
 * @param stream the chain it belongs to, one per aggregate: {@code "ledger:account:42"}, {@code "listing:<id>"},
 *     {@code "identity:<userId>"}. Appends to different streams never wait for each other.
 * @param action what happened, past tense and stable: {@code "credits.reserved"}, {@code "listing.approved"}
 * @param subjectType what it happened to: {@code "account"}, {@code "issuance"}, {@code "listing"}
 * @param subjectId the subject's identifier
 * @param actorId the user who did it; {@code null} for the system (scheduler, demo loader, migrations)
 * @param actorName a readable name for the actor ({@code "system"} when there is no user)
 * @param payload details; values may be strings, whole numbers, {@code BigDecimal}, booleans, {@code null},
 *     {@code UUID}, {@code Instant}, {@code LocalDate}, enums, and lists and maps of those. Floating-point
 *     numbers are refused (they have no canonical form).
 */
public record AuditEvent(
    String stream, String action, String subjectType, String subjectId,
    @Nullable UUID actorId, String actorName, Map<String, @Nullable Object> payload) {

  public AuditEvent {
    Objects.requireNonNull(stream, "stream");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(subjectType, "subjectType");
    Objects.requireNonNull(subjectId, "subjectId");
    Objects.requireNonNull(actorName, "actorName");
    payload = payload == null ? Map.of() : payload;
  }

  /** An event done by the system rather than a person. */
  public static AuditEvent bySystem(String stream, String action, String subjectType, String subjectId, Map<String, @Nullable Object> payload) {
    return new AuditEvent(stream, action, subjectType, subjectId, null, "system", payload);
  }
}
