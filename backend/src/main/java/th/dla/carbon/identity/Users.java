package th.dla.carbon.identity;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import th.dla.carbon.identity.persistence.GrantRow;
import th.dla.carbon.identity.persistence.UserAccounts;
import th.dla.carbon.identity.persistence.UserRow;
import th.dla.carbon.platform.web.ProblemException;
import th.dla.carbon.platform.web.ProblemType;

/** People who can sign in, and the roles they hold: the identity module's API for accounts. */
@Service
public class Users {

  /** A local account (signs in with a password). */
  public record NewLocalAccount(String username, String displayName, @Nullable String email, boolean emailVerified, String password) {}

  private final UserAccounts accounts;
  private final PasswordEncoder passwords;
  private final PasswordPolicy policy;

  Users(UserAccounts accounts, PasswordEncoder passwords, PasswordPolicy policy) {
    this.accounts = accounts;
    this.passwords = passwords;
    this.policy = policy;
  }

  /** The person as their next access token will describe them, from their current grants. */
  public Mono<Actor> actor(UUID userId) {
    return accounts.findById(userId)
        .switchIfEmpty(Mono.error(() -> ProblemException.notFound("User", userId)))
        .flatMap(this::actor);
  }

  Mono<Actor> actor(UserRow user) {
    return accounts.grants(user.id()).collectList().map(grants -> {
      Set<Role> roles = EnumSet.noneOf(Role.class);
      Set<String> laos = new HashSet<>();
      Set<String> provinces = new HashSet<>();
      UUID buyer = null;
      for (GrantRow grant : grants) {
        Role role = Role.valueOf(grant.role());
        roles.add(role);
        switch (role) {
          case LAO_OFFICER -> laos.add(grant.tenant());
          case PROVINCE_OFFICER -> provinces.add(grant.tenant());
          case BUYER -> buyer = UUID.fromString(grant.tenant());
          case DLA_ADMIN -> { }
        }
      }
      return new Actor(user.id(), user.username(), user.displayName(), roles, laos, provinces, buyer);
    });
  }

  /** Creates a local account after checking the password policy; 409 when the username is taken. */
  public Mono<UUID> createLocalAccount(NewLocalAccount account) {
    return Mono.fromRunnable(() -> policy.check(account.username(), account.password()))
        .then(create(account));
  }

  /**
   * Demo mode only: the documented demo accounts share the password {@code demo}, which the policy would refuse.
   * Returns the id of the existing account when it is already there (demo data loads on every start).
   */
  public Mono<UUID> ensureDemoAccount(NewLocalAccount account) {
    return accounts.findByUsername(normalize(account.username()))
        .map(UserRow::id)
        .switchIfEmpty(Mono.defer(() -> create(account)));
  }

  private Mono<UUID> create(NewLocalAccount account) {
    UUID id = UUID.randomUUID();
    return Mono.fromCallable(() -> passwords.encode(account.password()))
        .subscribeOn(Schedulers.boundedElastic())
        .flatMap(hash -> accounts.insert(new UserRow(id, normalize(account.username()), account.displayName(),
            account.email(), account.emailVerified(), hash, true)))
        .flatMap(inserted -> inserted ? Mono.just(id)
            : Mono.error(new ProblemException(ProblemType.CONFLICT, "The username " + account.username() + " is taken.")));
  }

  /**
   * Grants a role for a tenant (LAO code, province code, buyer id; null for {@link Role#DLA_ADMIN}). Emits false
   * when the person already held it.
   */
  public Mono<Boolean> grant(UUID userId, Role role, @Nullable String tenant, @Nullable UUID grantedBy) {
    return accounts.grant(new GrantRow(userId, role.name(), tenant == null ? "" : tenant), grantedBy);
  }

  public Mono<Boolean> revoke(UUID userId, Role role, @Nullable String tenant) {
    return accounts.revoke(new GrantRow(userId, role.name(), tenant == null ? "" : tenant));
  }

  /**
   * Email addresses of the enabled people holding {@code role} for {@code tenant} (an LAO code, a province code, a
   * buyer id; null for {@link Role#DLA_ADMIN}), e.g. to email a notification. People without an email are left out.
   */
  public Flux<String> emailsOf(Role role, @Nullable String tenant) {
    return accounts.emailsWithGrant(role.name(), tenant == null ? "" : tenant);
  }

  /** The email address of one person; empty when they have none, or are disabled or unknown. */
  public Mono<String> emailOf(UUID userId) {
    return accounts.findById(userId).filter(UserRow::enabled).mapNotNull(UserRow::email);
  }

  static String normalize(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }
}
