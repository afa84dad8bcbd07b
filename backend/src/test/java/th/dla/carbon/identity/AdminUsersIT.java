package th.dla.carbon.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import th.dla.carbon.platform.web.ProblemType;
import th.dla.carbon.support.Actors;
import th.dla.carbon.support.Auth;
import th.dla.carbon.support.IntegrationTest;
import th.dla.carbon.support.SampleDirectory;

/** Role administration by DLA administrators: listing accounts, granting and revoking roles for real tenants. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminUsersIT {

  /** An LAO of the sample directory file (Krabi, province 81). */
  static final String KRABI_LAO = "5810401";

  @Autowired WebTestClient http;
  @Autowired Users users;
  @Autowired AccessTokens tokens;
  @Autowired DatabaseClient db;

  Actor admin;
  String prefix;
  UUID officer;

  @BeforeAll
  void loadTheSampleDirectory() {
    SampleDirectory.load(http, tokens);
  }

  @BeforeEach
  void anAdministratorAndAnOfficer() {
    prefix = "staff" + UUID.randomUUID().toString().substring(0, 6);
    UUID adminId = users.createLocalAccount(new Users.NewLocalAccount(prefix + ".admin", "ผู้ดูแลระบบ", null, false, "wet-waste-bin-2568")).block();
    users.grant(adminId, Role.DLA_ADMIN, null, null).block();
    admin = new Actor(adminId, prefix + ".admin", "ผู้ดูแลระบบ", Set.of(Role.DLA_ADMIN), Set.of(), Set.of(), null);
    officer = users.createLocalAccount(new Users.NewLocalAccount(prefix + ".officer", "นายทดสอบ ระบบ",
        prefix + "@krabi.go.th", true, "wet-waste-bin-2568")).block();
  }

  @Test
  void listsAccountsWithTheirGrantsFilteredByTextAndRole() {
    users.grant(officer, Role.LAO_OFFICER, KRABI_LAO, null).block();

    http.get().uri(uri -> uri.path("/api/v1/admin/users").queryParam("q", prefix).build())
        .headers(Auth.bearer(tokens, admin)).exchange()
        .expectStatus().isOk()
        .expectBody()
        .jsonPath("$.total").isEqualTo(2)
        .jsonPath("$.page").isEqualTo(0)
        .jsonPath("$.size").isEqualTo(20)
        .jsonPath("$.items[0].username").isEqualTo(prefix + ".admin")
        .jsonPath("$.items[0].grants[0].role").isEqualTo("DLA_ADMIN")
        .jsonPath("$.items[0].grants[0].tenant").doesNotExist()
        .jsonPath("$.items[1].username").isEqualTo(prefix + ".officer")
        .jsonPath("$.items[1].email").isEqualTo(prefix + "@krabi.go.th")
        .jsonPath("$.items[1].emailVerified").isEqualTo(true)
        .jsonPath("$.items[1].enabled").isEqualTo(true)
        .jsonPath("$.items[1].grants[0].role").isEqualTo("LAO_OFFICER")
        .jsonPath("$.items[1].grants[0].tenant").isEqualTo(KRABI_LAO);
    http.get().uri(uri -> uri.path("/api/v1/admin/users").queryParam("q", prefix).queryParam("role", "LAO_OFFICER").build())
        .headers(Auth.bearer(tokens, admin)).exchange()
        .expectStatus().isOk()
        .expectBody()
        .jsonPath("$.total").isEqualTo(1)
        .jsonPath("$.items[0].id").isEqualTo(officer.toString());
    // % and _ in the text are matched literally
    http.get().uri(uri -> uri.path("/api/v1/admin/users").queryParam("q", "%").build())
        .headers(Auth.bearer(tokens, admin)).exchange()
        .expectStatus().isOk()
        .expectBody().jsonPath("$.total").isEqualTo(0);
  }

  @Test
  void grantingARoleForAnExistingLaoIsRecordedWithTheAdministratorWhoDidIt() {
    http.post().uri("/api/v1/admin/users/{id}/roles", officer)
        .headers(Auth.bearer(tokens, admin))
        .bodyValue(Map.of("role", "LAO_OFFICER", "tenant", KRABI_LAO))
        .exchange()
        .expectStatus().isOk()
        .expectBody()
        .jsonPath("$.id").isEqualTo(officer.toString())
        .jsonPath("$.grants[0].role").isEqualTo("LAO_OFFICER")
        .jsonPath("$.grants[0].tenant").isEqualTo(KRABI_LAO);
    // a second LAO for the same person: only an administrator can decide that, here
    http.post().uri("/api/v1/admin/users/{id}/roles", officer)
        .headers(Auth.bearer(tokens, admin))
        .bodyValue(Map.of("role", "PROVINCE_OFFICER", "tenant", "81"))
        .exchange()
        .expectStatus().isOk()
        .expectBody().jsonPath("$.grants.length()").isEqualTo(2);
    // granting again changes nothing and records nothing
    http.post().uri("/api/v1/admin/users/{id}/roles", officer)
        .headers(Auth.bearer(tokens, admin))
        .bodyValue(Map.of("role", "LAO_OFFICER", "tenant", KRABI_LAO))
        .exchange()
        .expectStatus().isOk();

    List<Map<String, Object>> events = db.sql("SELECT action, detail::text AS detail FROM identity.security_event WHERE user_id = :user ORDER BY id")
        .bind("user", officer).fetch().all().collectList().block();
    assertThat(events).extracting(row -> row.get("action")).containsExactly("ROLE_GRANTED", "ROLE_GRANTED");
    assertThat((String) events.get(0).get("detail"))
        .contains("\"role\": \"LAO_OFFICER\"", "\"tenant\": \"" + KRABI_LAO + "\"", "\"by\": \"" + admin.userId() + "\"",
            "\"byUsername\": \"" + admin.username() + "\"");
    // the person's next token carries the new tenants; /me shows them at once
    http.get().uri("/api/v1/me").headers(Auth.bearer(tokens, users.actor(officer).block())).exchange()
        .expectBody()
        .jsonPath("$.laoCodes[0]").isEqualTo(KRABI_LAO)
        .jsonPath("$.provinceCodes[0]").isEqualTo("81");
  }

  @Test
  void tenantsMustExistAndSuitTheRole() {
    for (Map<String, String> request : List.of(
        Map.of("role", "LAO_OFFICER", "tenant", "5819999"),
        Map.of("role", "LAO_OFFICER", "tenant", "81"),
        Map.of("role", "LAO_OFFICER"),
        Map.of("role", "PROVINCE_OFFICER", "tenant", "99"),
        Map.of("role", "PROVINCE_OFFICER", "tenant", KRABI_LAO),
        Map.of("role", "BUYER", "tenant", "not-a-uuid"),
        Map.of("role", "BUYER", "tenant", "1-1-1-1-1"),
        Map.of("role", "DLA_ADMIN", "tenant", "81"))) {
      http.post().uri("/api/v1/admin/users/{id}/roles", officer)
          .headers(Auth.bearer(tokens, admin))
          .bodyValue(request)
          .exchange()
          .expectStatus().isBadRequest()
          .expectBody()
          .jsonPath("$.type").isEqualTo(ProblemType.VALIDATION_FAILED.uri().toString())
          .jsonPath("$.errors[0].field").isEqualTo("tenant");
    }
    http.post().uri("/api/v1/admin/users/{id}/roles", officer)
        .headers(Auth.bearer(tokens, admin))
        .bodyValue(Map.of("role", "MAYOR", "tenant", KRABI_LAO))
        .exchange()
        .expectStatus().isBadRequest();
    http.post().uri("/api/v1/admin/users/{id}/roles", UUID.randomUUID())
        .headers(Auth.bearer(tokens, admin))
        .bodyValue(Map.of("role", "LAO_OFFICER", "tenant", KRABI_LAO))
        .exchange()
        .expectStatus().isNotFound();
    assertThat(users.actor(officer).block().roles()).isEmpty();
  }

  @Test
  void aPersonActsForOneBuyerOrganisationAtMost() {
    String first = UUID.randomUUID().toString();
    http.post().uri("/api/v1/admin/users/{id}/roles", officer).headers(Auth.bearer(tokens, admin))
        .bodyValue(Map.of("role", "BUYER", "tenant", first.toUpperCase())).exchange()
        .expectStatus().isOk()
        .expectBody().jsonPath("$.grants[0].tenant").isEqualTo(first);
    http.post().uri("/api/v1/admin/users/{id}/roles", officer).headers(Auth.bearer(tokens, admin))
        .bodyValue(Map.of("role", "BUYER", "tenant", UUID.randomUUID().toString())).exchange()
        .expectStatus().isEqualTo(409)
        .expectBody().jsonPath("$.type").isEqualTo(ProblemType.CONFLICT.uri().toString());
  }

  @Test
  void revokingRemovesTheGrantAndIsRecorded() {
    users.grant(officer, Role.LAO_OFFICER, KRABI_LAO, null).block();

    http.delete().uri("/api/v1/admin/users/{id}/roles/LAO_OFFICER?tenant={tenant}", officer, KRABI_LAO)
        .headers(Auth.bearer(tokens, admin)).exchange()
        .expectStatus().isOk()
        .expectBody().jsonPath("$.grants.length()").isEqualTo(0);
    http.delete().uri("/api/v1/admin/users/{id}/roles/LAO_OFFICER?tenant={tenant}", officer, KRABI_LAO)
        .headers(Auth.bearer(tokens, admin)).exchange()
        .expectStatus().isNotFound();
    http.delete().uri("/api/v1/admin/users/{id}/roles/LAO_OFFICER", officer)
        .headers(Auth.bearer(tokens, admin)).exchange()
        .expectStatus().isBadRequest()
        .expectBody().jsonPath("$.errors[0].field").isEqualTo("tenant");
    List<String> actions = db.sql("SELECT action FROM identity.security_event WHERE user_id = :user ORDER BY id")
        .bind("user", officer).mapValue(String.class).all().collectList().block();
    assertThat(actions).containsExactly("ROLE_REVOKED");
  }

  @Test
  void anAdministratorCannotRemoveTheirOwnAdministratorRole() {
    http.delete().uri("/api/v1/admin/users/{id}/roles/DLA_ADMIN", admin.userId())
        .headers(Auth.bearer(tokens, admin)).exchange()
        .expectStatus().isEqualTo(409);
    assertThat(users.actor(admin.userId()).block().isAdmin()).isTrue();
  }

  @Test
  void onlyAdministratorsManageRoles() {
    Actor provincial = Actors.provinceOfficer("81");
    http.get().uri("/api/v1/admin/users").headers(Auth.bearer(tokens, provincial)).exchange().expectStatus().isForbidden();
    http.post().uri("/api/v1/admin/users/{id}/roles", officer).headers(Auth.bearer(tokens, provincial))
        .bodyValue(Map.of("role", "LAO_OFFICER", "tenant", KRABI_LAO)).exchange()
        .expectStatus().isForbidden();
    http.get().uri("/api/v1/admin/users").exchange().expectStatus().isUnauthorized();
  }
}
