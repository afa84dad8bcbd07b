package th.dla.carbon.identity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import th.dla.carbon.identity.persistence.ExternalIdentities;
import th.dla.carbon.identity.persistence.SecurityEvents;
import th.dla.carbon.identity.persistence.UserAccounts;
import th.dla.carbon.identity.persistence.UserRow;

/**
 * Sign-in through an external OpenID Connect provider, after the provider has authenticated the person. We find our
 * account for them, then start a session of our own exactly as a password sign-in does ({@link SignIn#startSession}):
 * the provider's tokens are not kept (docs/adr/0006).
 *
 * <p>Which account: the one already linked to the provider's subject ({@code iss} + {@code sub}); otherwise the one
 * with the same email, but only when the provider says the email is verified ({@code email_verified: true}) and our
 * account's email is verified too; otherwise a new account with no role, which an administrator then grants roles
 * to. An unverified email is never used to link, and is not stored on a new account (so that nobody can claim
 * someone else's address before they arrive).
 */
@Service
public class ExternalSignIn {

  /** What the provider told us about the person (from the ID token and user-info). */
  public record ExternalIdentity(
      String provider, String issuer, String subject, @Nullable String email, boolean emailVerified,
      @Nullable String preferredUsername, @Nullable String name) {
    public ExternalIdentity {
      Objects.requireNonNull(provider, "provider");
      Objects.requireNonNull(issuer, "issuer");
      Objects.requireNonNull(subject, "subject");
      email = email == null || email.isBlank() ? null : email.strip();
    }
  }

  /** The person was authenticated by the provider but may not sign in here; {@code code} goes to the SPA. */
  public static class Refused extends RuntimeException {
    private final String code;

    public Refused(String code, String message) {
      super(message);
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  private static final int MAX_USERNAME = 64;

  private final UserAccounts accounts;
  private final ExternalIdentities links;
  private final Users users;
  private final SignIn signIn;
  private final SecurityEvents events;
  private final TransactionalOperator tx;

  ExternalSignIn(UserAccounts accounts, ExternalIdentities links, Users users, SignIn signIn, SecurityEvents events,
      TransactionalOperator tx) {
    this.accounts = accounts;
    this.links = links;
    this.users = users;
    this.signIn = signIn;
    this.events = events;
    this.tx = tx;
  }

  /** Finds or creates the account, records the sign-in, and starts our own session. */
  public Mono<SignIn.Session> signIn(ExternalIdentity identity, @Nullable String client) {
    return tx.transactional(account(identity, client))
        .flatMap(user -> {
          if (!user.enabled()) {
            return events.record(user.id(), user.username(), "SIGN_IN_FAILED", client, detail(identity, "disabled"))
                .then(Mono.error(new Refused("account_disabled", "The account is disabled")));
          }
          return events.record(user.id(), user.username(), "SIGNED_IN", client, detail(identity, null))
              .then(users.actor(user))
              .flatMap(signIn::startSession);
        });
  }

  /** Records a sign-in that failed at or after the provider (declined, expired, refused). */
  public Mono<Void> recordFailure(String provider, String reason, @Nullable String client) {
    return events.record(null, null, "SIGN_IN_FAILED", client,
        SecurityEvents.detail(Map.of("method", "oidc", "provider", provider, "reason", reason)));
  }

  private Mono<UserRow> account(ExternalIdentity identity, @Nullable String client) {
    return links.signIn(identity.issuer(), identity.subject())
        .flatMap(accounts::findById)
        .switchIfEmpty(Mono.defer(() -> byVerifiedEmail(identity)
            .flatMap(user -> link(identity, user, "email", client))
            .switchIfEmpty(Mono.defer(() -> create(identity)
                .flatMap(user -> link(identity, user, "new", client))))));
  }

  private Mono<UserRow> byVerifiedEmail(ExternalIdentity identity) {
    return identity.emailVerified() && identity.email() != null
        ? accounts.findByVerifiedEmail(identity.email())
        : Mono.empty();
  }

  private Mono<UserRow> link(ExternalIdentity identity, UserRow user, String how, @Nullable String client) {
    return links.link(identity.issuer(), identity.subject(), user.id(), identity.provider())
        .flatMap(linked -> linked
            ? events.record(user.id(), user.username(), "EXTERNAL_IDENTITY_LINKED", client, SecurityEvents.detail(Map.of(
                "provider", identity.provider(), "issuer", identity.issuer(), "subject", identity.subject(), "by", how)))
                .thenReturn(user)
            // another request linked the same subject a moment ago: use the account it chose
            : links.signIn(identity.issuer(), identity.subject()).flatMap(accounts::findById));
  }

  /** A new account without password or role. The email is kept only when verified and not used by anyone else. */
  private Mono<UserRow> create(ExternalIdentity identity) {
    Mono<Boolean> keepEmail = identity.emailVerified() && identity.email() != null
        ? accounts.emailInUse(identity.email()).map(inUse -> !inUse)
        : Mono.just(false);
    String base = usernameBase(identity);
    String displayName = firstNonBlank(identity.name(), identity.preferredUsername(), identity.email(), base);
    return keepEmail.flatMap(keep -> insert(identity, base, displayName, keep ? identity.email() : null, keep, 1));
  }

  private Mono<UserRow> insert(ExternalIdentity identity, String base, String displayName, @Nullable String email,
      boolean emailVerified, int attempt) {
    String username = candidate(base, attempt);
    UserRow user = new UserRow(UUID.randomUUID(), username, displayName, email, emailVerified, null, true);
    return accounts.insert(user).flatMap(inserted -> {
      if (inserted) {
        return Mono.just(user);
      }
      if (attempt >= 20) {
        return Mono.error(new IllegalStateException("No free username for " + base));
      }
      return insert(identity, base, displayName, email, emailVerified, attempt + 1);
    });
  }

  /** {@code base}, then {@code base-2} … {@code base-9}, then {@code base-} and a random number. */
  static String candidate(String base, int attempt) {
    if (attempt == 1) {
      return base;
    }
    String suffix = "-" + (attempt < 10 ? Integer.toString(attempt) : Integer.toString(ThreadLocalRandom.current().nextInt(10_000, 1_000_000)));
    return base.substring(0, Math.min(base.length(), MAX_USERNAME - suffix.length())) + suffix;
  }

  /**
   * A sign-in name from the provider's {@code preferred_username}, else the email, reduced to what our usernames
   * allow (lower-case letters, digits, {@code . _ @ -}; 3 to 64 characters). Never used to link accounts.
   */
  static String usernameBase(ExternalIdentity identity) {
    for (String source : new String[] {identity.preferredUsername(), identity.email()}) {
      String name = sanitize(source);
      if (name != null) {
        return name;
      }
    }
    return "user";
  }

  private static @Nullable String sanitize(@Nullable String source) {
    if (source == null) {
      return null;
    }
    String ascii = Normalizer.normalize(source.strip(), Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    String name = ascii.toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9._@-]+", "-")
        .replaceAll("^[^a-z0-9]+", "")
        .replaceAll("-{2,}", "-");
    if (name.length() > MAX_USERNAME - 7) {
      name = name.substring(0, MAX_USERNAME - 7);
    }
    name = name.replaceAll("[._@-]+$", "");
    return name.length() >= 3 ? name : null;
  }

  private static String firstNonBlank(@Nullable String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    return "user";
  }

  private static String detail(ExternalIdentity identity, @Nullable String failure) {
    return SecurityEvents.detail(failure == null
        ? Map.of("method", "oidc", "provider", identity.provider())
        : Map.of("method", "oidc", "provider", identity.provider(), "reason", failure));
  }
}
