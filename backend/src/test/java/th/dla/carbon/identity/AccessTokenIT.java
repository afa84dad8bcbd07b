package th.dla.carbon.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import th.dla.carbon.CarbonMarketApplication;
import th.dla.carbon.identity.tokens.SigningKeys;
import th.dla.carbon.platform.web.ProblemType;
import th.dla.carbon.support.Actors;
import th.dla.carbon.support.IntegrationTest;

/** The resource server accepts our tokens only: right key, right algorithm, right issuer and audience, not expired. */
@IntegrationTest
class AccessTokenIT {

  @Autowired WebTestClient http;
  @Autowired AccessTokens tokens;
  @Autowired SigningKeys keys;
  @Value("${carbon.auth.issuer}") String issuer;

  private WebTestClient.ResponseSpec me(String token) {
    return http.get().uri("/api/v1/me").headers(h -> h.setBearerAuth(token)).exchange();
  }

  private void assertRefused(String token, String why) {
    me(token).expectStatus().isUnauthorized()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectHeader().valueMatches("WWW-Authenticate", "Bearer.*invalid_token.*")
        .expectBody().jsonPath("$.type").isEqualTo(ProblemType.INVALID_TOKEN.uri().toString());
  }

  private JWTClaimsSet.Builder validClaims() {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer(issuer)
        .audience("carbon-market")
        .subject(UUID.randomUUID().toString())
        .claim("preferred_username", "forged")
        .claim("roles", List.of("DLA_ADMIN"))
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plusSeconds(600)));
  }

  private static String sign(RSAKey key, JWTClaimsSet claims) throws Exception {
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }

  private RSAKey ourKey() {
    return keys.active().block().jwk();
  }

  @Test
  void aTokenWeIssuedIsAccepted() throws Exception {
    me(tokens.issue(Actors.laoOfficer("4120102")).block()).expectStatus().isNotFound(); // valid, but the person is not stored
    me(sign(ourKey(), validClaims().build())).expectStatus().isNotFound();
  }

  @Test
  void anExpiredTokenIsRefused() throws Exception {
    Instant past = Instant.now().minusSeconds(3600);
    assertRefused(sign(ourKey(), validClaims().issueTime(Date.from(past)).expirationTime(Date.from(past.plusSeconds(900))).build()), "expired");
  }

  @Test
  void aTokenSignedByAnotherKeyIsRefusedEvenWithOurKeyId() throws Exception {
    RSAKey stranger = new RSAKeyGenerator(2048).keyID(ourKey().getKeyID()).generate();
    assertRefused(sign(stranger, validClaims().build()), "foreign key");
  }

  @Test
  void anUnsignedTokenWithAlgNoneIsRefused() {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String header = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    String payload = b64.encodeToString(validClaims().build().toString().getBytes(StandardCharsets.UTF_8));
    assertRefused(header + "." + payload + ".", "alg none");
  }

  @Test
  void aTamperedTokenIsRefused() throws Exception {
    String token = tokens.issue(Actors.laoOfficer("4120102")).block();
    String[] parts = token.split("\\.");
    String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("LAO_OFFICER", "DLA_ADMIN");
    assertRefused(parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2], "tampered");
  }

  @Test
  void aTokenFromAnUnconfiguredIssuerIsRefusedEvenWhenSignedWithOurKey() throws Exception {
    assertRefused(sign(ourKey(), validClaims().issuer("https://evil.example.com").build()), "issuer");
  }

  @Test
  void aTokenForAnotherAudienceIsRefused() throws Exception {
    assertRefused(sign(ourKey(), validClaims().audience("some-other-api").build()), "audience");
  }

  @Test
  void theSigningKeysArePublishedWithTheirKeyIdAndNoPrivatePart() {
    String kid = ourKey().getKeyID();
    http.get().uri("/.well-known/jwks.json").exchange()
        .expectStatus().isOk()
        .expectBody()
        .jsonPath("$.keys[?(@.kid == '" + kid + "')].kty").isEqualTo("RSA")
        .jsonPath("$.keys[?(@.kid == '" + kid + "')].alg").isEqualTo("RS256")
        .jsonPath("$.keys[0].d").doesNotExist()
        .jsonPath("$.keys[0].p").doesNotExist();
  }

  @Test
  void afterARotationNewTokensUseTheNewKeyAndOldTokensStillWork() throws Exception {
    String before = tokens.issue(Actors.provinceOfficer("12")).block();
    String oldKid = SignedJWT.parse(before).getHeader().getKeyID();

    http.post().uri("/api/v1/admin/signing-keys/rotate").headers(th.dla.carbon.support.Auth.bearer(tokens, Actors.admin()))
        .exchange().expectStatus().isOk();

    String after = tokens.issue(Actors.provinceOfficer("12")).block();
    assertThat(SignedJWT.parse(after).getHeader().getKeyID()).isNotEqualTo(oldKid);
    me(before).expectStatus().isNotFound(); // still authenticated: only the stored person is missing
    me(after).expectStatus().isNotFound();
    http.get().uri("/.well-known/jwks.json").exchange().expectBody()
        .jsonPath("$.keys[?(@.kid == '" + oldKid + "')]").exists();
  }

  @Test
  void aRestartedInstanceOnTheSameDatabaseAcceptsTokensIssuedBefore() {
    String token = tokens.issue(Actors.admin()).block();
    try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(CarbonMarketApplication.class)
        // the same configuration as this instance: same database, same issuer
        .run("--server.port=0", "--carbon.database.url=", "--carbon.database.embedded.data-dir=",
            "--carbon.demo.enabled=false", "--carbon.auth.issuer=" + issuer)) {
      String port = restarted.getEnvironment().getProperty("local.server.port");
      WebTestClient other = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
      other.post().uri("/api/v1/admin/signing-keys/rotate").headers(h -> h.setBearerAuth(token)).exchange()
          .expectStatus().isOk();
      other.post().uri("/api/v1/admin/signing-keys/rotate").headers(h -> h.setBearerAuth("garbage.token.value")).exchange()
          .expectStatus().isUnauthorized();
    }
  }
}
