package th.dla.carbon.identity.tokens;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The RSA keys that sign and verify access tokens, stored in the database so that every instance uses the same
 * keys and a restart keeps issued tokens valid. On the very first start (no key at all) one is generated, under an
 * advisory lock so that instances starting together agree on it; after that keys change only by
 * {@link #rotate()}. A retired key is still published for verification for a day, far longer than any access
 * token lives.
 */
@Component
public class SigningKeys {

  /** How long a retired key keeps verifying tokens (access tokens live minutes). */
  static final Duration RETIRED_KEY_GRACE = Duration.ofDays(1);
  /** Other instances may rotate: look in the database again at most this often for a key we do not know. */
  private static final Duration RELOAD_INTERVAL = Duration.ofSeconds(5);
  private static final long KEY_LOCK = 0x6361_7262_6f6e_4b59L; // "carbonKY"
  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
  private static final Log log = LogFactory.getLog(SigningKeys.class);

  /** The key that signs, with an encoder bound to it. */
  public record ActiveKey(String kid, RSAKey jwk, JwtEncoder encoder) {}

  private record KeyRing(ActiveKey active, Map<String, RSAKey> published, Instant loadedAt) {}

  private final DatabaseClient db;
  private final TransactionalOperator tx;
  private final AtomicReference<Mono<KeyRing>> ring = new AtomicReference<>();

  SigningKeys(DatabaseClient db, TransactionalOperator tx) {
    this.db = db;
    this.tx = tx;
    ring.set(load());
  }

  public Mono<ActiveKey> active() {
    return ring.get().map(KeyRing::active);
  }

  /** Every key that may have signed a live token: what {@code /.well-known/jwks.json} publishes. */
  public Mono<JWKSet> published() {
    return ring.get().map(keys -> new JWKSet(keys.published().values().stream().map(JWK.class::cast).toList()));
  }

  /** The verification key with this id; looks in the database again when another instance may have rotated. */
  public Mono<RSAKey> verificationKey(String kid) {
    return ring.get().flatMap(keys -> {
      RSAKey key = keys.published().get(kid);
      if (key != null) {
        return Mono.just(key);
      }
      if (Duration.between(keys.loadedAt(), Instant.now()).compareTo(RELOAD_INTERVAL) < 0) {
        return Mono.empty();
      }
      Mono<KeyRing> reloaded = load();
      ring.compareAndSet(ring.get(), reloaded);
      return reloaded.mapNotNull(fresh -> fresh.published().get(kid));
    });
  }

  /** A new key signs from now on; the previous one keeps verifying during the grace period. Returns the new kid. */
  public Mono<String> rotate() {
    return generate().flatMap(candidate -> tx.transactional(
            lock()
                .then(db.sql("UPDATE identity.signing_key SET active = false, retired_at = now() WHERE active").then())
                .then(insert(candidate)))
        .thenReturn(candidate.getKeyID()))
        .doOnNext(kid -> {
          log.info("Signing key rotated; new kid " + kid);
          ring.set(load());
        });
  }

  private Mono<KeyRing> load() {
    return ensureActiveKey()
        .then(db.sql("""
                SELECT kid, private_key, public_key, active FROM identity.signing_key
                WHERE active OR retired_at > now() - make_interval(secs => :grace)""")
            .bind("grace", (double) RETIRED_KEY_GRACE.toSeconds())
            .map(row -> new StoredKey(row.get("kid", String.class), row.get("private_key", byte[].class),
                row.get("public_key", byte[].class), Boolean.TRUE.equals(row.get("active", Boolean.class))))
            .all()
            .collectList())
        .publishOn(Schedulers.boundedElastic())
        .map(SigningKeys::ring)
        .cache(keys -> Duration.ofMinutes(5), error -> Duration.ZERO, () -> Duration.ZERO);
  }

  /** First start only: generate the first key, unless another instance just did. */
  private Mono<Void> ensureActiveKey() {
    return db.sql("SELECT count(*) AS n FROM identity.signing_key WHERE active").map(row -> row.get("n", Long.class)).one()
        .flatMap(count -> count > 0 ? Mono.<Void>empty() : generate().flatMap(candidate -> tx.transactional(
            lock()
                .then(db.sql("SELECT count(*) AS n FROM identity.signing_key WHERE active").map(row -> row.get("n", Long.class)).one())
                .flatMap(n -> {
                  if (n > 0) {
                    return Mono.<Void>empty();
                  }
                  log.warn("No token signing key in the database: generated the first one, kid " + candidate.getKeyID());
                  return insert(candidate);
                }))));
  }

  private Mono<Void> lock() {
    return db.sql("SELECT pg_advisory_xact_lock(:key)").bind("key", KEY_LOCK).then();
  }

  private Mono<Void> insert(RSAKey key) {
    return Mono.fromCallable(() -> new byte[][] {key.toRSAPrivateKey().getEncoded(), key.toRSAPublicKey().getEncoded()})
        .flatMap(encoded -> db.sql("INSERT INTO identity.signing_key (kid, private_key, public_key, active) VALUES (:kid, :private, :public, true)")
            .bind("kid", key.getKeyID())
            .bind("private", encoded[0])
            .bind("public", encoded[1])
            .then());
  }

  private static Mono<RSAKey> generate() {
    return Mono.fromCallable(() -> {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      KeyPair pair = generator.generateKeyPair();
      // the date tells an operator at a glance which key is which; the random part keeps ids unique
      String kid = Instant.now().toString().substring(0, 10) + "-" + HexFormat.of().formatHex(randomBytes(6));
      return new RSAKey.Builder((RSAPublicKey) pair.getPublic())
          .privateKey((RSAPrivateKey) pair.getPrivate())
          .keyID(kid)
          .keyUse(KeyUse.SIGNATURE)
          .algorithm(JWSAlgorithm.RS256)
          .build();
    }).subscribeOn(Schedulers.boundedElastic());
  }

  private static byte[] randomBytes(int n) {
    byte[] bytes = new byte[n];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  private record StoredKey(String kid, byte[] privateKey, byte[] publicKey, boolean active) {}

  private static KeyRing ring(List<StoredKey> stored) {
    if (stored.stream().noneMatch(StoredKey::active)) {
      throw new IllegalStateException("No active token signing key");
    }
    Map<String, RSAKey> published = stored.stream().collect(Collectors.toMap(StoredKey::kid, SigningKeys::jwk));
    StoredKey active = stored.stream().filter(StoredKey::active).findFirst().orElseThrow();
    RSAKey activeJwk = published.get(active.kid());
    JwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(activeJwk)));
    Map<String, RSAKey> publicOnly = published.values().stream()
        .collect(Collectors.toUnmodifiableMap(RSAKey::getKeyID, RSAKey::toPublicJWK, (a, b) -> a));
    return new KeyRing(new ActiveKey(active.kid(), activeJwk, encoder), publicOnly, Instant.now());
  }

  private static RSAKey jwk(StoredKey stored) {
    try {
      KeyFactory rsa = KeyFactory.getInstance("RSA");
      return new RSAKey.Builder((RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(stored.publicKey())))
          .privateKey((RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(stored.privateKey())))
          .keyID(stored.kid())
          .keyUse(KeyUse.SIGNATURE)
          .algorithm(JWSAlgorithm.RS256)
          .build();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Stored signing key " + stored.kid() + " cannot be read", e);
    }
  }
}
