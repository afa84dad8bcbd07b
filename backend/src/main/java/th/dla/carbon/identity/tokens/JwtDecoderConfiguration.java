package th.dla.carbon.identity.tokens;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Flux;

/**
 * Verifies access tokens: RS256 only (so {@code alg: none} and HMAC tricks fail), signed by one of our published
 * keys (looked up by {@code kid}), issued by us, for this API, and not expired.
 */
@Configuration
class JwtDecoderConfiguration {

  @Bean
  ReactiveJwtDecoder jwtDecoder(SigningKeys keys, AuthSettings settings) {
    NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder
        .withJwkSource(jwt -> {
          String kid = jwt.getHeader().getKeyID();
          return kid == null ? Flux.empty() : keys.verificationKey(kid).flux().cast(com.nimbusds.jose.jwk.JWK.class);
        })
        .jwsAlgorithm(SignatureAlgorithm.RS256)
        .build();
    OAuth2TokenValidator<Jwt> audience = jwt -> jwt.getAudience() != null && jwt.getAudience().contains(AuthSettings.AUDIENCE)
        ? OAuth2TokenValidatorResult.success()
        : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "The token is not meant for this API", null));
    decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(List.of(
        JwtValidators.createDefaultWithIssuer(settings.issuer()), audience)));
    return decoder;
  }
}
