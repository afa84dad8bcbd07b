package th.dla.carbon.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import th.dla.carbon.identity.persistence.LoginFailures;
import th.dla.carbon.identity.persistence.RefreshTokens;
import th.dla.carbon.identity.persistence.SecurityEvents;
import th.dla.carbon.identity.persistence.UserAccounts;
import th.dla.carbon.identity.persistence.UserRow;
import th.dla.carbon.identity.tokens.AuthSettings;
import th.dla.carbon.platform.web.ProblemException;
import th.dla.carbon.platform.web.ProblemType;

/**
 * Sign-in with a password, refresh and sign-out. Every failed sign-in answers the same problem whatever the reason
 * (unknown name, wrong password, disabled account) and costs the same password-hash time; repeated failures per
 * account name and per client address are throttled for a while.
 */
@Service
public class SignIn {

  /** An access token and the refresh token that renews it; the refresh token goes into an HttpOnly cookie. */
  public record Session(String accessToken, Duration expiresIn, Actor actor, String refreshToken, Duration refreshExpiresIn) {}

  static final int ACCOUNT_FAILURE_LIMIT = 5;
  static final int CLIENT_FAILURE_LIMIT = 20;
  static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);
  static final Duration LOCKOUT = Duration.ofMinutes(15);

  private static final Log log = LogFactory.getLog(SignIn.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final UserAccounts accounts;
  private final Users users;
  private final PasswordEncoder passwords;
  private final AccessTokens accessTokens;
  private final RefreshTokens refreshTokens;
  private final LoginFailures failures;
  private final SecurityEvents events;
  private final AuthSettings settings;
  private final TransactionalOperator tx;
  /** Verified against when the account does not exist, so that an unknown name takes as long as a wrong password. */
  private final Mono<String> decoyHash;

  SignIn(UserAccounts accounts, Users users, PasswordEncoder passwords, AccessTokens accessTokens, RefreshTokens refreshTokens,
      LoginFailures failures, SecurityEvents events, AuthSettings settings, TransactionalOperator tx) {
    this.accounts = accounts;
    this.users = users;
    this.passwords = passwords;
    this.accessTokens = accessTokens;
    this.refreshTokens = refreshTokens;
    this.failures = failures;
    this.events = events;
    this.settings = settings;
    this.tx = tx;
    this.decoyHash = Mono.fromCallable(() -> passwords.encode(UUID.randomUUID().toString()))
        .subscribeOn(Schedulers.boundedElastic())
        .cache();
  }

  public Mono<Session> withPassword(String username, String password, @Nullable String client) {
    String name = Users.normalize(username);
    String accountKey = "user:" + name;
    String clientKey = "client:" + (client == null ? "unknown" : client);
    return failures.blockedUntil(accountKey)
        .switchIfEmpty(failures.blockedUntil(clientKey))
        .flatMap(until -> events.record(null, name, "SIGN_IN_THROTTLED", client, "{}")
            .then(Mono.<Session>error(new TooManyAttempts(Duration.between(Instant.now(), until)))))
        .switchIfEmpty(Mono.defer(() -> verify(name, password)
            .flatMap(user -> failures.clear(accountKey)
                .then(events.record(user.id(), user.username(), "SIGNED_IN", client, "{\"method\":\"password\"}"))
                .then(users.actor(user))
                .flatMap(actor -> startSession(actor)))
            .switchIfEmpty(Mono.defer(() -> failures.recordFailure(accountKey, ACCOUNT_FAILURE_LIMIT, FAILURE_WINDOW, LOCKOUT)
                .then(failures.recordFailure(clientKey, CLIENT_FAILURE_LIMIT, FAILURE_WINDOW, LOCKOUT))
                .then(events.record(null, name, "SIGN_IN_FAILED", client, "{}"))
                .then(Mono.error(InvalidCredentials::new))))));
  }

  /** The account when the password matches and it may sign in; empty otherwise, after the same hashing work. */
  private Mono<UserRow> verify(String username, String password) {
    // text that is not valid Unicode (a lone surrogate) cannot be hashed, and matches no password anyway
    String presented = password == null || !PasswordPolicy.isWellFormed(password) ? "" : password;
    return accounts.findByUsername(username)
        .map(Optional::of)
        .defaultIfEmpty(Optional.empty())
        .zipWith(decoyHash)
        .publishOn(Schedulers.boundedElastic())
        .filter(found -> {
          UserRow user = found.getT1().orElse(null);
          String hash = user == null || user.passwordHash() == null ? found.getT2() : user.passwordHash();
          boolean matches = passwords.matches(presented, hash) && !presented.isEmpty();
          return matches && user != null && user.passwordHash() != null && user.enabled();
        })
        .map(found -> found.getT1().orElseThrow());
  }

  /** Issues the first access and refresh tokens of a new session (after any kind of sign-in). */
  public Mono<Session> startSession(Actor actor) {
    return issue(actor, UUID.randomUUID());
  }

  public Mono<Session> refresh(String refreshToken, @Nullable String client) {
    byte[] hash = hash(refreshToken);
    // the revocation of a reused token's family must commit, so the transaction ends in a value, not an error
    return tx.transactional(refreshTokens.use(hash).flatMap(use -> {
          if (use.fresh()) {
            return users.actor(use.userId()).flatMap(actor -> issue(actor, use.familyId())).map(Optional::of);
          }
          if (use.expired()) {
            return Mono.just(Optional.<Session>empty());
          }
          // a token that was already exchanged is presented again: someone else holds a copy
          log.warn("Refresh token reuse for user " + use.userId() + "; revoking its family");
          return refreshTokens.revokeFamily(use.familyId())
              .then(events.record(use.userId(), null, "REFRESH_TOKEN_REUSED", client, "{\"family\":\"" + use.familyId() + "\"}"))
              .thenReturn(Optional.<Session>empty());
        }))
        .flatMap(session -> Mono.justOrEmpty(session))
        .switchIfEmpty(Mono.error(SessionExpired::new));
  }

  /** Revokes the session the refresh token belongs to; unknown tokens are ignored (sign-out always succeeds). */
  public Mono<Void> signOut(@Nullable String refreshToken, @Nullable String client) {
    if (refreshToken == null || refreshToken.isBlank()) {
      return Mono.empty();
    }
    return refreshTokens.familyOf(hash(refreshToken))
        .flatMap(family -> refreshTokens.revokeFamily(family)
            .then(events.record(null, null, "SIGNED_OUT", client, "{\"family\":\"" + family + "\"}")));
  }

  private Mono<Session> issue(Actor actor, UUID familyId) {
    String refreshToken = newRefreshToken();
    Duration refreshTtl = settings.refreshTokenTtl();
    return refreshTokens.insert(hash(refreshToken), familyId, actor.userId(), Instant.now().plus(refreshTtl))
        .then(accessTokens.issue(actor))
        .map(token -> new Session(token, accessTokens.lifetime(), actor, refreshToken, refreshTtl));
  }

  private static String newRefreshToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static byte[] hash(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The one answer to every failed sign-in. */
  public static class InvalidCredentials extends ProblemException {
    public InvalidCredentials() {
      super(ProblemType.INVALID_CREDENTIALS, "The username or password is incorrect.");
    }
  }

  /** The refresh token is unknown, expired, revoked or was used before: sign in again. */
  public static class SessionExpired extends ProblemException {
    public SessionExpired() {
      super(ProblemType.SESSION_EXPIRED, "The session has ended. Please sign in again.");
    }
  }

  public static class TooManyAttempts extends ProblemException {
    private final Duration retryAfter;

    public TooManyAttempts(Duration retryAfter) {
      super(ProblemType.TOO_MANY_ATTEMPTS, "Too many failed sign-in attempts. Try again in a few minutes.");
      this.retryAfter = retryAfter.isNegative() ? Duration.ZERO : retryAfter;
      getHeaders().set("Retry-After", Long.toString(Math.max(1, this.retryAfter.toSeconds())));
    }

    public Duration retryAfter() {
      return retryAfter;
    }
  }
}
