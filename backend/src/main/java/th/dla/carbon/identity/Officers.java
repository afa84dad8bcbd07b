package th.dla.carbon.identity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import th.dla.carbon.directory.Directory;
import th.dla.carbon.directory.Province;
import th.dla.carbon.identity.buyers.ContactRules;
import th.dla.carbon.identity.officers.AppointmentStore;
import th.dla.carbon.identity.persistence.GrantRow;
import th.dla.carbon.identity.persistence.SecurityEvents;
import th.dla.carbon.identity.persistence.UserAccounts;
import th.dla.carbon.identity.persistence.UserRow;
import th.dla.carbon.platform.web.FieldProblem;
import th.dla.carbon.platform.web.ProblemException;
import th.dla.carbon.platform.web.ProblemType;
import tools.jackson.databind.json.JsonMapper;

/**
 * LAO officer appointments, the way DLA collects its roster: an LAO's officers (or DLA) propose a person for the
 * LAO; the provincial office (สถจ.) of the LAO's province approves or rejects. Approval gives {@link Role#LAO_OFFICER}
 * for that LAO to the account with that verified email, or creates a password-less account with that email (the
 * person signs in through OpenID Connect and is linked by the email). A provincial officer cannot give a second
 * LAO to someone who already is an officer elsewhere: a DLA administrator decides that.
 */
@Service
public class Officers {

  /** What the roster form asks for each officer. */
  public record Proposal(String fullName, String position, String phone, String email) {}

  /** A province's roster, after the access check; {@code appointments} is read as it is streamed. */
  public record Roster(Province province, Flux<OfficerAppointment> appointments) {}

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int MAX_TEXT = 200;

  private final AppointmentStore store;
  private final Directory directory;
  private final UserAccounts accounts;
  private final Users users;
  private final SecurityEvents events;
  private final TransactionalOperator tx;

  Officers(AppointmentStore store, Directory directory, UserAccounts accounts, Users users, SecurityEvents events,
      TransactionalOperator tx) {
    this.store = store;
    this.directory = directory;
    this.accounts = accounts;
    this.users = users;
    this.events = events;
    this.tx = tx;
  }

  public Mono<OfficerAppointment> propose(Actor actor, String laoCode, Proposal proposal) {
    return directory.lao(laoCode).flatMap(lao -> {
      if (!actor.isAdmin() && !actor.isOfficerOf(laoCode)) {
        return Mono.error(new AccessDenied("Only officers of LAO " + laoCode + " or DLA administrators propose its officers."));
      }
      Proposal clean = check(proposal);
      Mono<OfficerAppointment> created = store.openFor(laoCode, clean.email())
          .flatMap(open -> open ? Mono.error(alreadyProposed()) : store.insert(UUID.randomUUID(), laoCode,
              lao.fullNameTh(), lao.provinceCode(), clean.fullName(), clean.position(), clean.phone(), clean.email(), actor))
          .flatMap(appointment -> record(actor, "LAO_OFFICER_PROPOSED", appointment, null).thenReturn(appointment));
      return tx.transactional(created)
          .onErrorMap(DataIntegrityViolationException.class, e -> alreadyProposed());
    });
  }

  public Flux<OfficerAppointment> ofLao(Actor actor, String laoCode) {
    return directory.lao(laoCode).flatMapMany(lao -> actor.isAdmin() || actor.isOfficerOf(laoCode) || actor.oversees(lao.provinceCode())
        ? store.ofLao(laoCode)
        : Flux.error(new AccessDenied("Only officers of LAO " + laoCode + ", its provincial office and DLA see its officers.")));
  }

  public Flux<OfficerAppointment> ofProvince(Actor actor, String provinceCode, @Nullable OfficerStatus status) {
    return overseen(actor, provinceCode).flatMapMany(province -> store.ofProvince(provinceCode, status));
  }

  public Mono<Roster> roster(Actor actor, String provinceCode) {
    return overseen(actor, provinceCode).map(province -> new Roster(province, store.roster(provinceCode)));
  }

  public Mono<OfficerAppointment> approve(Actor actor, UUID id) {
    return tx.transactional(pending(actor, id).flatMap(appointment -> grant(actor, appointment)
        .flatMap(userId -> store.decide(id, OfficerStatus.APPROVED, actor, null, userId)
            .flatMap(approved -> record(actor, "LAO_OFFICER_APPOINTED", approved, userId).thenReturn(approved)))));
  }

  public Mono<OfficerAppointment> reject(Actor actor, UUID id, @Nullable String reason) {
    String clean = reason == null ? "" : reason.strip();
    if (clean.isEmpty() || clean.length() > 1000) {
      return Mono.error(new ProblemException(ProblemType.VALIDATION_FAILED, "A reason is required.",
          List.of(new FieldProblem("reason", clean.isEmpty() ? "is required" : "must be at most 1000 characters"))));
    }
    return tx.transactional(pending(actor, id).flatMap(appointment -> store.decide(id, OfficerStatus.REJECTED, actor, clean, null)
        .flatMap(rejected -> record(actor, "LAO_OFFICER_REJECTED", rejected, null).thenReturn(rejected))));
  }

  /** The appointment, locked, when the actor may decide it and it is still open. */
  private Mono<OfficerAppointment> pending(Actor actor, UUID id) {
    if (!actor.isAdmin() && !actor.has(Role.PROVINCE_OFFICER)) {
      // before the look-up: a caller who can never decide is refused, not told whether the appointment exists
      return Mono.error(new AccessDenied("Only provincial offices and DLA administrators decide on officer appointments."));
    }
    return store.findForUpdate(id)
        .switchIfEmpty(Mono.error(() -> ProblemException.notFound("Officer appointment", id)))
        .flatMap(appointment -> {
          if (!actor.isAdmin() && !actor.oversees(appointment.provinceCode())) {
            return Mono.error(new AccessDenied("Only the provincial office of province " + appointment.provinceCode()
                + " decides on officers of its LAOs."));
          }
          if (appointment.status() != OfficerStatus.PENDING) {
            return Mono.error(new ProblemException(ProblemType.CONFLICT,
                "The appointment was already decided: it is " + appointment.status() + "."));
          }
          return Mono.just(appointment);
        });
  }

  /** Gives LAO_OFFICER to the person with the appointment's email; emits their account id. */
  private Mono<UUID> grant(Actor actor, OfficerAppointment appointment) {
    return accounts.findByVerifiedEmail(appointment.email())
        .flatMap(user -> accounts.grants(user.id())
            .filter(g -> g.role().equals(Role.LAO_OFFICER.name()) && !g.tenant().equals(appointment.laoCode()))
            .map(GrantRow::tenant)
            .collectList()
            .flatMap(otherLaos -> otherLaos.isEmpty() || actor.isAdmin()
                ? users.grant(user.id(), Role.LAO_OFFICER, appointment.laoCode(), actor.userId()).thenReturn(user.id())
                : Mono.error(new ProblemException(ProblemType.CONFLICT, appointment.email() + " is already an officer of LAO "
                    + String.join(", ", otherLaos) + ". Being an officer of a second LAO needs a DLA administrator: "
                    + "ask DLA to grant it or to approve this appointment."))))
        .switchIfEmpty(Mono.defer(() -> createPasswordless(appointment)
            .flatMap(userId -> users.grant(userId, Role.LAO_OFFICER, appointment.laoCode(), actor.userId()).thenReturn(userId))));
  }

  /**
   * An account that signs in only through OpenID Connect, linked by this email. The email counts as verified: the
   * provincial office vouches for it, as on DLA's paper roster.
   */
  private Mono<UUID> createPasswordless(OfficerAppointment appointment) {
    UUID id = UUID.randomUUID();
    String base = username(appointment.email());
    return Flux.range(0, 5)
        .concatMap(attempt -> {
          String name = attempt == 0 ? base : base.substring(0, Math.min(base.length(), 58)) + "-" + UUID.randomUUID().toString().substring(0, 4);
          return accounts.insert(new UserRow(id, name, appointment.fullName(), appointment.email(), true, null, true))
              .filter(Boolean::booleanValue);
        })
        .next()
        .map(inserted -> id)
        .switchIfEmpty(Mono.error(() -> new ProblemException(ProblemType.CONFLICT, "Could not create an account for " + appointment.email() + ".")))
        .onErrorMap(DataIntegrityViolationException.class, e -> new ProblemException(ProblemType.CONFLICT,
            "An account already uses " + appointment.email() + " but has not verified it. A DLA administrator must grant the role to that account.",
            List.of(new FieldProblem("email", "belongs to an unverified account"))));
  }

  static String username(String email) {
    String name = email.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._@-]", ".");
    if (!Character.isLetterOrDigit(name.charAt(0))) {
      name = "o" + name;
    }
    return name.length() > 64 ? name.substring(0, 64) : name.length() < 3 ? name + "-officer" : name;
  }

  private Mono<Province> overseen(Actor actor, String provinceCode) {
    return directory.province(provinceCode).flatMap(province -> actor.isAdmin() || actor.oversees(provinceCode)
        ? Mono.just(province)
        : Mono.error(new AccessDenied("Only the provincial office of province " + provinceCode + " and DLA see its officers.")));
  }

  private static Proposal check(Proposal proposal) {
    List<FieldProblem> problems = new ArrayList<>();
    if (proposal == null) {
      throw new ProblemException(ProblemType.VALIDATION_FAILED, "A proposal is required.");
    }
    String fullName = ContactRules.requiredText(proposal.fullName(), "fullName", MAX_TEXT, problems);
    String position = ContactRules.requiredText(proposal.position(), "position", MAX_TEXT, problems);
    String phone = ContactRules.phone(proposal.phone(), "phone", problems);
    String email = ContactRules.email(proposal.email(), "email", problems);
    if (!problems.isEmpty()) {
      throw new ProblemException(ProblemType.VALIDATION_FAILED, "Some fields of the proposal are not valid.", problems);
    }
    return new Proposal(fullName, position, phone, email);
  }

  private static ProblemException alreadyProposed() {
    return new ProblemException(ProblemType.CONFLICT, "This person is already proposed for or appointed to this LAO.",
        List.of(new FieldProblem("email", "is already on this LAO's roster")));
  }

  private Mono<Void> record(Actor actor, String action, OfficerAppointment appointment, @Nullable UUID userId) {
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("appointmentId", appointment.id().toString());
    detail.put("laoCode", appointment.laoCode());
    detail.put("email", appointment.email());
    if (userId != null) {
      detail.put("userId", userId.toString());
    }
    if (appointment.reason() != null) {
      detail.put("reason", appointment.reason());
    }
    return events.record(actor.userId(), actor.username(), action, null, JSON.writeValueAsString(detail));
  }
}
