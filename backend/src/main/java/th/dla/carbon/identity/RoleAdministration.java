package th.dla.carbon.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import th.dla.carbon.directory.Directory;
import th.dla.carbon.directory.LaoNotFound;
import th.dla.carbon.directory.ProvinceNotFound;
import th.dla.carbon.identity.persistence.GrantRow;
import th.dla.carbon.identity.persistence.SecurityEvents;
import th.dla.carbon.identity.persistence.UserAccounts;
import th.dla.carbon.identity.persistence.UserRow;
import th.dla.carbon.platform.web.FieldProblem;
import th.dla.carbon.platform.web.PageResponse;
import th.dla.carbon.platform.web.ProblemException;
import th.dla.carbon.platform.web.ProblemType;

/**
 * Role administration by DLA administrators: who holds which role for which tenant.
 *
 * <p>The tenant of a grant must exist: an LAO code of the directory for {@link Role#LAO_OFFICER}, a province code
 * for {@link Role#PROVINCE_OFFICER}, a buyer organisation id (a UUID) for {@link Role#BUYER}, none for
 * {@link Role#DLA_ADMIN}. A person acts for one buyer organisation at most.
 *
 * <p><b>One tenant per kind, unless an administrator decides otherwise.</b> The other flows that grant roles
 * (buyer registration, officer appointment) give a person their first tenant of a kind; a person who already holds a
 * role for one LAO (or province) gets a second LAO (or province) only through this API, so that holding several
 * tenants is always a recorded decision of a named administrator.
 *
 * <p>Every change is recorded as a security event ({@code ROLE_GRANTED}, {@code ROLE_REVOKED}) naming the
 * administrator. A change reaches the person's access token at its next refresh (within the access-token lifetime,
 * 15 minutes by default); {@code GET /api/v1/me} shows it at once.
 */
@Service
public class RoleAdministration {

  /** A role held for a tenant (null for {@link Role#DLA_ADMIN}). */
  public record RoleGrant(Role role, @Nullable String tenant) {}

  /** An account as administrators see it. */
  public record AccountWithRoles(UUID id, String username, String displayName, @Nullable String email, boolean emailVerified,
      boolean enabled, List<RoleGrant> grants) {}

  private final UserAccounts accounts;
  private final Directory directory;
  private final SecurityEvents events;
  private final TransactionalOperator tx;

  RoleAdministration(UserAccounts accounts, Directory directory, SecurityEvents events, TransactionalOperator tx) {
    this.accounts = accounts;
    this.directory = directory;
    this.events = events;
    this.tx = tx;
  }

  public Mono<PageResponse<AccountWithRoles>> users(@Nullable String query, @Nullable Role role, int page, int size) {
    String q = query == null || query.isBlank() ? null : query.strip();
    String roleName = role == null ? null : role.name();
    return Mono.zip(accounts.search(q, roleName, size, (long) page * size).collectList(), accounts.count(q, roleName))
        .flatMap(result -> accounts.grants(result.getT1().stream().map(UserRow::id).toList()).collectList()
            .map(grants -> {
              Map<UUID, List<GrantRow>> byUser = grants.stream().collect(Collectors.groupingBy(GrantRow::userId));
              List<AccountWithRoles> items = result.getT1().stream()
                  .map(user -> account(user, byUser.getOrDefault(user.id(), List.of())))
                  .toList();
              return new PageResponse<>(items, page, size, result.getT2());
            }));
  }

  public Mono<AccountWithRoles> user(UUID userId) {
    return accounts.findById(userId)
        .switchIfEmpty(Mono.error(() -> ProblemException.notFound("User", userId)))
        .flatMap(user -> accounts.grants(user.id()).collectList().map(grants -> account(user, grants)));
  }

  /** Grants the role for the tenant; granting a role the person already holds changes nothing. */
  public Mono<AccountWithRoles> grant(UUID userId, Role role, @Nullable String tenant, Actor by, @Nullable String client) {
    return tenant(role, tenant)
        .flatMap(checked -> existing(role, checked))
        .flatMap(checked -> tx.transactional(user(userId)
            .flatMap(user -> oneBuyerOrganisation(user, role, checked))
            .flatMap(user -> accounts.grant(new GrantRow(userId, role.name(), checked), by.userId())
                .filter(added -> added)
                .flatMap(added -> events.record(userId, user.username(), "ROLE_GRANTED", client, detail(role, checked, by))))))
        .then(user(userId));
  }

  /** Revokes the role for the tenant; 404 when the person does not hold it. */
  public Mono<AccountWithRoles> revoke(UUID userId, Role role, @Nullable String tenant, Actor by, @Nullable String client) {
    if (role == Role.DLA_ADMIN && userId.equals(by.userId())) {
      return Mono.error(new ProblemException(ProblemType.CONFLICT,
          "You cannot remove your own administrator role; another administrator must do it."));
    }
    return tenant(role, tenant)
        .flatMap(checked -> tx.transactional(user(userId)
            .flatMap(user -> accounts.revoke(new GrantRow(userId, role.name(), checked))
                .flatMap(removed -> removed
                    ? events.record(userId, user.username(), "ROLE_REVOKED", client, detail(role, checked, by))
                    : Mono.error(notHeld(user, role, checked))))))
        .then(user(userId));
  }

  private static ProblemException notHeld(AccountWithRoles user, Role role, String tenant) {
    return new ProblemException(ProblemType.NOT_FOUND,
        user.username() + " does not hold " + role + (tenant.isEmpty() ? "" : " for " + tenant));
  }

  /** The tenant in its stored form ('' for none), or a 400 naming the field {@code tenant}. */
  private static Mono<String> tenant(Role role, @Nullable String tenant) {
    String value = tenant == null ? "" : tenant.strip();
    String problem = switch (role) {
      case DLA_ADMIN -> value.isEmpty() ? null : "must be empty for DLA_ADMIN";
      case LAO_OFFICER -> value.matches("\\d{7}") ? null : "must be the 7-digit code of an LAO";
      case PROVINCE_OFFICER -> value.matches("\\d{2}") ? null : "must be the 2-digit code of a province";
      case BUYER -> isUuid(value) ? null : "must be the id (a UUID) of a buyer organisation";
    };
    return problem == null
        ? Mono.just(role == Role.BUYER ? value.toLowerCase(Locale.ROOT) : value)
        : Mono.error(invalidTenant(problem));
  }

  /** The LAO or province must be in the directory. Buyer organisations are checked by their own module. */
  private Mono<String> existing(Role role, String tenant) {
    return switch (role) {
      case LAO_OFFICER -> directory.lao(tenant).thenReturn(tenant)
          .onErrorMap(LaoNotFound.class, e -> invalidTenant("no LAO has the code " + tenant));
      case PROVINCE_OFFICER -> directory.province(tenant).thenReturn(tenant)
          .onErrorMap(ProvinceNotFound.class, e -> invalidTenant("no province has the code " + tenant));
      case BUYER, DLA_ADMIN -> Mono.just(tenant);
    };
  }

  private Mono<AccountWithRoles> oneBuyerOrganisation(AccountWithRoles user, Role role, String tenant) {
    boolean otherOrganisation = role == Role.BUYER && user.grants().stream()
        .anyMatch(grant -> grant.role() == Role.BUYER && !tenant.equals(grant.tenant()));
    return otherOrganisation
        ? Mono.error(new ProblemException(ProblemType.CONFLICT,
            user.username() + " already acts for another buyer organisation; revoke that first."))
        : Mono.just(user);
  }

  private static boolean isUuid(String value) {
    if (value.length() != 36) {
      return false;
    }
    try {
      return UUID.fromString(value).toString().equalsIgnoreCase(value);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static ProblemException invalidTenant(String message) {
    return new ProblemException(ProblemType.VALIDATION_FAILED, "The tenant is not valid for this role.",
        List.of(new FieldProblem("tenant", message)));
  }

  private static AccountWithRoles account(UserRow user, List<GrantRow> rows) {
    List<RoleGrant> grants = new ArrayList<>();
    for (GrantRow row : rows) {
      grants.add(new RoleGrant(Role.valueOf(row.role()), row.tenant().isEmpty() ? null : row.tenant()));
    }
    return new AccountWithRoles(user.id(), user.username(), user.displayName(), user.email(), user.emailVerified(),
        user.enabled(), List.copyOf(grants));
  }

  private static String detail(Role role, String tenant, Actor by) {
    return SecurityEvents.detail(Map.of("role", role.name(), "tenant", tenant, "by", by.userId().toString(),
        "byUsername", by.username()));
  }
}
