package th.dla.carbon.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseCookie;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriComponentsBuilder;
import th.dla.carbon.support.Actors;
import th.dla.carbon.support.Auth;
import th.dla.carbon.support.IntegrationTest;

/**
 * External sign-in end to end, as a browser does it, against a real OpenID Connect provider running in-process
 * (mock-oauth2-server on a random loopback port): our app → the provider's authorize endpoint → back to our
 * callback with a code → our app exchanges it, links or creates the account, sets our refresh cookie and sends the
 * browser to the SPA → the SPA's refresh call gets our own access token → {@code /api/v1/me}.
 */
@IntegrationTest
class OidcSignInIT {

  static final String PASSWORD = "wet-waste-bin-2568";
  static final MockOAuth2Server PROVIDER = new MockOAuth2Server();

  @DynamicPropertySource
  static void provider(DynamicPropertyRegistry registry) throws Exception {
    PROVIDER.start(InetAddress.getLoopbackAddress(), 0);
    String prefix = "spring.security.oauth2.client.";
    registry.add(prefix + "registration.mock.client-id", () -> "carbon-market");
    registry.add(prefix + "registration.mock.client-secret", () -> "test-secret");
    registry.add(prefix + "registration.mock.client-name", () -> "Mock provider");
    registry.add(prefix + "registration.mock.scope", () -> "openid,email,profile");
    registry.add(prefix + "provider.mock.issuer-uri", () -> PROVIDER.issuerUrl("mock").toString());
  }

  @AfterAll
  static void stopProvider() {
    PROVIDER.shutdown();
  }

  @Autowired WebTestClient http;
  @Autowired Users users;
  @Autowired AccessTokens tokens;
  @Autowired DatabaseClient db;

  /** What the browser ends with: where it was sent and the cookies it was given. */
  record Landing(URI location, EntityExchangeResult<Void> response) {
    ResponseCookie refreshCookie() {
      return response.getResponseCookies().getFirst("carbon_refresh");
    }
  }

  @Test
  void theConfiguredProviderIsListedForTheSignInPage() {
    http.get().uri("/api/v1/auth/providers").exchange()
        .expectStatus().isOk()
        .expectBody()
        .jsonPath("$.length()").isEqualTo(1)
        .jsonPath("$[0].id").isEqualTo("mock")
        .jsonPath("$[0].name").isEqualTo("Mock provider")
        .jsonPath("$[0].loginUrl").isEqualTo("/oauth2/authorization/mock");
  }

  @Test
  void aVerifiedEmailLinksToTheExistingAccountWhichKeepsItsRoles() {
    String email = unique("officer") + "@bangsrimuang.go.th";
    String username = unique("officer");
    UUID existing = users.createLocalAccount(new Users.NewLocalAccount(username, "นางสาวทดสอบ ระบบ", email, true, PASSWORD)).block();
    users.grant(existing, Role.LAO_OFFICER, "4120102", null).block();
    String subject = UUID.randomUUID().toString();

    Landing landing = signInAtProvider(subject, claims(email.toUpperCase(), true, "somebody.else"));

    assertThat(landing.location()).hasPath("/auth/callback").hasNoQuery();
    ResponseCookie cookie = landing.refreshCookie();
    assertThat(cookie).as("refresh cookie").isNotNull();
    assertThat(cookie.isHttpOnly()).isTrue();
    assertThat(cookie.isSecure()).isTrue();
    assertThat(cookie.getSameSite()).isEqualTo("Strict");
    assertThat(cookie.getPath()).isEqualTo("/api/v1/auth");
    String accessToken = refresh(cookie.getValue());
    http.get().uri("/api/v1/me").headers(h -> h.setBearerAuth(accessToken)).exchange()
        .expectStatus().isOk()
        .expectBody()
        .jsonPath("$.id").isEqualTo(existing.toString())
        .jsonPath("$.username").isEqualTo(username)
        .jsonPath("$.roles[0]").isEqualTo("LAO_OFFICER")
        .jsonPath("$.laoCodes[0]").isEqualTo("4120102");
    assertThat(events(existing)).contains("EXTERNAL_IDENTITY_LINKED", "SIGNED_IN");

    // later sign-ins find the account by the provider's subject, even after the email changed there
    Landing again = signInAtProvider(subject, claims(unique("renamed") + "@example.org", true, "somebody.else"));
    http.get().uri("/api/v1/me").headers(h -> h.setBearerAuth(refresh(again.refreshCookie().getValue()))).exchange()
        .expectBody().jsonPath("$.id").isEqualTo(existing.toString());
  }

  @Test
  void aNewPersonGetsAnAccountWithoutAnyRole() {
    String name = unique("somchai");
    String email = name + "@example.org";

    Landing landing = signInAtProvider(UUID.randomUUID().toString(), claims(email, true, "Somchai." + name.substring(8)));

    assertThat(landing.location()).hasPath("/auth/callback").hasNoQuery();
    String accessToken = refresh(landing.refreshCookie().getValue());
    String me = http.get().uri("/api/v1/me").headers(h -> h.setBearerAuth(accessToken)).exchange()
        .expectStatus().isOk()
        .expectBody()
        .jsonPath("$.username").isEqualTo("somchai." + name.substring(8))
        .jsonPath("$.displayName").isEqualTo("Test Person")
        .jsonPath("$.roles.length()").isEqualTo(0)
        .returnResult().getResponseBody() == null ? null : "ok";
    assertThat(me).isNotNull();
    // a role-less person is signed in but may not use role-gated parts of the API
    http.get().uri("/api/v1/admin/users").headers(h -> h.setBearerAuth(accessToken)).exchange()
        .expectStatus().isForbidden();
    // the verified email is kept, so that an administrator can find the person
    http.get().uri(uri -> uri.path("/api/v1/admin/users").queryParam("q", email).build())
        .headers(Auth.bearer(tokens, Actors.admin())).exchange()
        .expectStatus().isOk()
        .expectBody()
        .jsonPath("$.total").isEqualTo(1)
        .jsonPath("$.items[0].email").isEqualTo(email)
        .jsonPath("$.items[0].emailVerified").isEqualTo(true)
        .jsonPath("$.items[0].grants.length()").isEqualTo(0);
  }

  @Test
  void anUnverifiedEmailIsNotLinkedToTheAccountWithThatEmail() {
    String email = unique("admin") + "@dla.go.th";
    UUID existing = users.createLocalAccount(new Users.NewLocalAccount(unique("admin"), "ผู้ดูแล", email, true, PASSWORD)).block();
    users.grant(existing, Role.DLA_ADMIN, null, null).block();

    Landing landing = signInAtProvider(UUID.randomUUID().toString(), claims(email, false, "admin-lookalike"));

    String accessToken = refresh(landing.refreshCookie().getValue());
    http.get().uri("/api/v1/me").headers(h -> h.setBearerAuth(accessToken)).exchange()
        .expectStatus().isOk()
        .expectBody()
        .jsonPath("$.id").value(id -> assertThat(id).isNotEqualTo(existing.toString()))
        .jsonPath("$.username").value(username -> assertThat((String) username).startsWith("admin-lookalike"))
        .jsonPath("$.roles.length()").isEqualTo(0);
    // nor does the new account get the unverified address, which still belongs to the administrator alone
    http.get().uri(uri -> uri.path("/api/v1/admin/users").queryParam("q", email).build())
        .headers(Auth.bearer(tokens, Actors.admin())).exchange()
        .expectBody()
        .jsonPath("$.total").isEqualTo(1)
        .jsonPath("$.items[0].id").isEqualTo(existing.toString());
  }

  @Test
  void aDisabledAccountIsSentBackWithAnErrorAndNoCookie() {
    String email = unique("former") + "@example.org";
    UUID existing = users.createLocalAccount(new Users.NewLocalAccount(unique("former"), "Former officer", email, true, PASSWORD)).block();
    db.sql("UPDATE identity.user_account SET enabled = false WHERE id = :id").bind("id", existing).then().block();

    Landing landing = signInAtProvider(UUID.randomUUID().toString(), claims(email, true, "former"));

    assertThat(landing.location().toString()).isEqualTo("/auth/callback?error=account_disabled");
    assertThat(landing.refreshCookie()).isNull();
  }

  @Test
  void aCallbackWithoutItsAuthorizationRequestIsRefused() {
    EntityExchangeResult<Void> result = http.get().uri("/login/oauth2/code/mock?code=stolen&state=forged").exchange()
        .expectStatus().isFound()
        .expectBody(Void.class).returnResult();
    assertThat(result.getResponseHeaders().getLocation()).hasToString("/auth/callback?error=login_expired");
    assertThat(result.getResponseCookies()).doesNotContainKey("carbon_refresh");
  }

  /** The browser's three redirects, with the session cookie our app sets for the authorization request. */
  private Landing signInAtProvider(String subject, Map<String, Object> claims) {
    PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback("mock", subject, "JWT", List.of("carbon-market"), claims, 3600));

    EntityExchangeResult<Void> start = http.get().uri("/oauth2/authorization/mock").exchange()
        .expectStatus().isFound().expectBody(Void.class).returnResult();
    URI authorize = start.getResponseHeaders().getLocation();
    assertThat(authorize.toString()).startsWith(PROVIDER.authorizationEndpointUrl("mock").toString());
    ResponseCookie session = start.getResponseCookies().getFirst("SESSION");
    assertThat(session).as("session cookie of the authorization request").isNotNull();
    assertThat(session.isHttpOnly()).isTrue();
    assertThat(session.getSameSite()).isEqualTo("Lax");

    EntityExchangeResult<Void> atProvider = http.get().uri(authorize).exchange()
        .expectStatus().isFound().expectBody(Void.class).returnResult();
    URI callback = atProvider.getResponseHeaders().getLocation();
    assertThat(callback).hasPath("/login/oauth2/code/mock");
    assertThat(UriComponentsBuilder.fromUri(callback).build().getQueryParams()).containsKeys("code", "state");

    EntityExchangeResult<Void> back = http.get().uri(callback).cookie("SESSION", session.getValue()).exchange()
        .expectStatus().isFound().expectBody(Void.class).returnResult();
    return new Landing(back.getResponseHeaders().getLocation(), back);
  }

  private String refresh(String refreshToken) {
    byte[] body = http.post().uri("/api/v1/auth/refresh").cookie("carbon_refresh", refreshToken).exchange()
        .expectStatus().isOk()
        .expectBody().returnResult().getResponseBodyContent();
    return new String(body, StandardCharsets.UTF_8).replaceAll(".*\"accessToken\":\"([^\"]+)\".*", "$1");
  }

  private List<String> events(UUID userId) {
    return db.sql("SELECT action FROM identity.security_event WHERE user_id = :user ORDER BY id")
        .bind("user", userId).mapValue(String.class).all().collectList().block();
  }

  private static Map<String, Object> claims(String email, boolean verified, String preferredUsername) {
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("email", email);
    claims.put("email_verified", verified);
    claims.put("preferred_username", preferredUsername);
    claims.put("name", "Test Person");
    return claims;
  }

  private static String unique(String prefix) {
    return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
  }
}
