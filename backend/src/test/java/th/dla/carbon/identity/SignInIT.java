package th.dla.carbon.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import th.dla.carbon.platform.web.ProblemType;
import th.dla.carbon.support.IntegrationTest;

/** Local sign-in, refresh-token rotation and reuse detection, sign-out, and throttling, over HTTP. */
@IntegrationTest
class SignInIT {

  static final String PASSWORD = "wet-waste-bin-2568";

  @Autowired WebTestClient http;
  @Autowired Users users;
  @Autowired DatabaseClient db;

  String username;

  @BeforeEach
  void anOfficerWithAPassword() {
    db.sql("TRUNCATE identity.login_failure").then().block();
    username = "officer." + UUID.randomUUID().toString().substring(0, 8);
    UUID id = users.createLocalAccount(new Users.NewLocalAccount(username, "นางสาวทดสอบ ระบบ", null, false, PASSWORD)).block();
    users.grant(id, Role.LAO_OFFICER, "4120102", null).block();
  }

  private EntityExchangeResult<byte[]> login(String name, String password) {
    return http.post().uri("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("username", name, "password", password))
        .exchange().expectBody().returnResult();
  }

  private EntityExchangeResult<byte[]> refresh(String refreshToken) {
    return http.post().uri("/api/v1/auth/refresh").cookie("carbon_refresh", refreshToken)
        .exchange().expectBody().returnResult();
  }

  private static String refreshCookie(EntityExchangeResult<?> result) {
    ResponseCookie cookie = result.getResponseCookies().getFirst("carbon_refresh");
    assertThat(cookie).as("refresh cookie").isNotNull();
    return cookie.getValue();
  }

  private static String accessToken(EntityExchangeResult<byte[]> result) {
    String body = new String(result.getResponseBodyContent(), java.nio.charset.StandardCharsets.UTF_8);
    return body.replaceAll(".*\"accessToken\":\"([^\"]+)\".*", "$1");
  }

  @Test
  void signingInReturnsAShortLivedBearerTokenAndAStrictHttpOnlyRefreshCookie() {
    EntityExchangeResult<byte[]> result = login(username.toUpperCase(), PASSWORD);

    assertThat(result.getStatus().value()).isEqualTo(200);
    ResponseCookie cookie = result.getResponseCookies().getFirst("carbon_refresh");
    assertThat(cookie).isNotNull();
    assertThat(cookie.isHttpOnly()).isTrue();
    assertThat(cookie.isSecure()).isTrue();
    assertThat(cookie.getSameSite()).isEqualTo("Strict");
    assertThat(cookie.getPath()).isEqualTo("/api/v1/auth");
    assertThat(result.getResponseHeaders().getCacheControl()).isEqualTo("no-store");
    String token = accessToken(result);
    http.get().uri("/api/v1/me").headers(h -> h.setBearerAuth(token)).exchange()
        .expectStatus().isOk()
        .expectBody()
        .jsonPath("$.username").isEqualTo(username)
        .jsonPath("$.roles[0]").isEqualTo("LAO_OFFICER")
        .jsonPath("$.laoCodes[0]").isEqualTo("4120102");
    http.post().uri("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("username", username, "password", PASSWORD)).exchange()
        .expectBody().jsonPath("$.tokenType").isEqualTo("Bearer").jsonPath("$.expiresIn").isEqualTo(900);
  }

  @Test
  void everyFailedSignInLooksTheSameWhateverTheReason() {
    List<String> bodies = new ArrayList<>();
    for (String[] attempt : List.of(
        new String[] {username, "wrong-password-123"},
        new String[] {"nobody.at.all", PASSWORD},
        new String[] {"", ""})) {
      EntityExchangeResult<byte[]> result = login(attempt[0], attempt[1]);
      if (!attempt[0].isEmpty()) {
        assertThat(result.getStatus().value()).isEqualTo(401);
        assertThat(result.getResponseCookies()).doesNotContainKey("carbon_refresh");
        bodies.add(new String(result.getResponseBodyContent()));
      } else {
        assertThat(result.getStatus().value()).isEqualTo(400);
      }
    }
    assertThat(bodies).hasSize(2);
    assertThat(bodies.get(0)).isEqualTo(bodies.get(1)).contains(ProblemType.INVALID_CREDENTIALS.uri().toString());
  }

  @Test
  void theSixthRapidFailureIsThrottledEvenWithTheRightPassword() {
    for (int i = 1; i <= 5; i++) {
      assertThat(login(username, "wrong-password-" + i).getStatus().value()).as("failure " + i).isEqualTo(401);
    }
    EntityExchangeResult<byte[]> sixth = login(username, PASSWORD);
    assertThat(sixth.getStatus().value()).isEqualTo(429);
    assertThat(sixth.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
    assertThat(new String(sixth.getResponseBodyContent())).contains(ProblemType.TOO_MANY_ATTEMPTS.uri().toString());
    // an unknown name is throttled the same way, so throttling does not reveal which names exist
    for (int i = 1; i <= 5; i++) {
      login("ghost.user", "wrong-password-" + i);
    }
    assertThat(login("ghost.user", "another-try-99").getStatus().value()).isEqualTo(429);
  }

  @Test
  void aRefreshTokenRotatesOnEveryUseAndReusingAnOldOneRevokesTheWholeFamily() {
    String first = refreshCookie(login(username, PASSWORD));

    EntityExchangeResult<byte[]> rotated = refresh(first);
    assertThat(rotated.getStatus().value()).isEqualTo(200);
    String second = refreshCookie(rotated);
    assertThat(second).isNotEqualTo(first);
    assertThat(accessToken(rotated)).isNotBlank();

    // the first token is presented again: theft is assumed, the family dies
    EntityExchangeResult<byte[]> reuse = refresh(first);
    assertThat(reuse.getStatus().value()).isEqualTo(401);
    assertThat(new String(reuse.getResponseBodyContent())).contains(ProblemType.SESSION_EXPIRED.uri().toString());
    assertThat(refresh(second).getStatus().value()).as("the legitimate holder's newer token is revoked too").isEqualTo(401);

    Long stored = db.sql("SELECT count(*) AS n FROM identity.refresh_token WHERE token_hash = sha256(convert_to(:t, 'UTF8'))")
        .bind("t", second).map(row -> row.get("n", Long.class)).one().block();
    assertThat(stored).as("tokens are stored only as hashes").isEqualTo(1L);
  }

  @Test
  void signingOutRevokesTheSessionAndClearsTheCookie() {
    String refreshToken = refreshCookie(login(username, PASSWORD));

    EntityExchangeResult<byte[]> out = http.post().uri("/api/v1/auth/logout").cookie("carbon_refresh", refreshToken)
        .exchange().expectBody().returnResult();

    assertThat(out.getStatus().value()).isEqualTo(204);
    assertThat(out.getResponseCookies().getFirst("carbon_refresh").getMaxAge().isZero()).isTrue();
    assertThat(refresh(refreshToken).getStatus().value()).isEqualTo(401);
  }
}
