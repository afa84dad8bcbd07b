package th.dla.carbon.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import th.dla.carbon.identity.tokens.AuthSettings;
import th.dla.carbon.identity.tokens.SigningKeys;

/**
 * Issues our own short-lived RS256 access tokens, signed with the active key of {@link SigningKeys}. Every API
 * call after sign-in (local or OpenID Connect) carries one; the resource server verifies it against the same keys.
 */
@Service
public class AccessTokens {

  private final SigningKeys keys;
  private final AuthSettings settings;

  AccessTokens(SigningKeys keys, AuthSettings settings) {
    this.keys = keys;
    this.settings = settings;
  }

  public Mono<String> issue(Actor actor) {
    // RSA signing costs about a millisecond of CPU: keep it off the event loop
    return keys.active()
        .publishOn(Schedulers.boundedElastic())
        .map(key -> {
          Instant now = Instant.now();
          JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
              .issuer(settings.issuer())
              .audience(java.util.List.of(AuthSettings.AUDIENCE))
              .subject(actor.userId().toString())
              .issuedAt(now)
              .notBefore(now)
              .expiresAt(now.plus(settings.accessTokenTtl()))
              .id(UUID.randomUUID().toString());
          TokenClaims.of(actor).forEach(claims::claim);
          JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.kid()).type("JWT").build();
          return key.encoder().encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
        });
  }

  public Duration lifetime() {
    return settings.accessTokenTtl();
  }
}
