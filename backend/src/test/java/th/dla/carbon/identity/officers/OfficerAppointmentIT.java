package th.dla.carbon.identity.officers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import th.dla.carbon.directory.DirectoryImport;
import th.dla.carbon.identity.AccessTokens;
import th.dla.carbon.identity.Actor;
import th.dla.carbon.identity.OfficerAppointment;
import th.dla.carbon.identity.Role;
import th.dla.carbon.identity.Users;
import th.dla.carbon.platform.web.ProblemType;
import th.dla.carbon.support.Actors;
import th.dla.carbon.support.Auth;
import th.dla.carbon.support.IntegrationTest;

/** LAO officer appointments over HTTP: proposal, provincial approval and its grant, tenant checks, the roster CSV. */
@IntegrationTest
class OfficerAppointmentIT {

  static final String BANGSRIMUANG = "4120102";
  static final String AO_NANG = "5810103";
  static final String PASSWORD = "compost-bin-2568";

  @Autowired WebTestClient http;
  @Autowired AccessTokens tokens;
  @Autowired Users users;
  @Autowired DatabaseClient db;
  @Autowired DirectoryImport directoryImport;

  String email;

  @BeforeEach
  void theDemoDirectory() {
    directoryImport.importDlaCsv(DataBufferUtils.read(new ClassPathResource("demo/demo-laos.csv"),
        DefaultDataBufferFactory.sharedInstance, 16 * 1024)).block();
    email = "officer-" + UUID.randomUUID().toString().substring(0, 8) + "@bangsrimuang.go.th";
  }

  private OfficerAppointment propose(Actor proposer, String laoCode, String position) {
    return http.post().uri("/api/v1/laos/{code}/officers", laoCode).headers(Auth.bearer(tokens, proposer))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("fullName", "นางสาวสมใจ  รักษ์โลก", "position", position, "phone", "0812345678", "email", email))
        .exchange()
        .expectStatus().isCreated()
        .expectBody(OfficerAppointment.class).returnResult().getResponseBody();
  }

  private WebTestClient.ResponseSpec approve(Actor approver, UUID id) {
    return http.post().uri("/api/v1/officers/{id}/approve", id).headers(Auth.bearer(tokens, approver)).exchange();
  }

  private String login(String username) {
    byte[] body = http.post().uri("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("username", username, "password", PASSWORD))
        .exchange().expectStatus().isOk().expectBody().returnResult().getResponseBodyContent();
    return new String(body, StandardCharsets.UTF_8).replaceAll(".*\"accessToken\":\"([^\"]+)\".*", "$1");
  }

  @Test
  void anOfficerProposesTheProvincialOfficeApprovesAndThePersonSignsInAsOfficerOfThatLao() {
    String username = "somjai." + UUID.randomUUID().toString().substring(0, 6);
    users.createLocalAccount(new Users.NewLocalAccount(username, "นางสาวสมใจ รักษ์โลก", email, true, PASSWORD)).block();
    Actor province = Actors.provinceOfficer("12");

    OfficerAppointment proposed = propose(Actors.laoOfficer(BANGSRIMUANG), BANGSRIMUANG, "นักวิชาการสิ่งแวดล้อม");
    assertThat(proposed.status().name()).isEqualTo("PENDING");
    assertThat(proposed.fullName()).isEqualTo("นางสาวสมใจ รักษ์โลก");
    assertThat(proposed.phone()).isEqualTo("081-234-5678");
    assertThat(proposed.laoNameTh()).isEqualTo("เทศบาลเมืองบางศรีเมือง");
    assertThat(proposed.provinceCode()).isEqualTo("12");

    http.get().uri("/api/v1/provinces/12/officer-appointments?status=PENDING").headers(Auth.bearer(tokens, province)).exchange()
        .expectStatus().isOk()
        .expectBody().jsonPath("$[?(@.id == '" + proposed.id() + "')].email").isEqualTo(email);

    approve(province, proposed.id()).expectStatus().isOk()
        .expectBody()
        .jsonPath("$.status").isEqualTo("APPROVED")
        .jsonPath("$.decidedBy").isEqualTo("Test provincial officer of 12")
        .jsonPath("$.decidedAt").isNotEmpty();

    String token = login(username);
    http.get().uri("/api/v1/me").headers(h -> h.setBearerAuth(token)).exchange()
        .expectStatus().isOk()
        .expectBody().jsonPath("$.roles[0]").isEqualTo("LAO_OFFICER").jsonPath("$.laoCodes[0]").isEqualTo(BANGSRIMUANG);
    http.get().uri("/api/v1/laos/{code}/officers", BANGSRIMUANG).headers(h -> h.setBearerAuth(token)).exchange()
        .expectStatus().isOk()
        .expectBody().jsonPath("$[?(@.id == '" + proposed.id() + "')].status").isEqualTo("APPROVED");
    Long events = db.sql("SELECT count(*) AS n FROM identity.security_event WHERE action = 'LAO_OFFICER_APPOINTED' AND user_id = :by AND detail->>'appointmentId' = :id")
        .bind("by", province.userId()).bind("id", proposed.id().toString()).map(row -> row.get("n", Long.class)).one().block();
    assertThat(events).isEqualTo(1L);

    approve(province, proposed.id()).expectStatus().isEqualTo(409);
  }

  @Test
  void approvingSomeoneWithoutAnAccountCreatesAPasswordlessAccountHoldingTheGrant() {
    OfficerAppointment proposed = propose(Actors.admin(), BANGSRIMUANG, "เจ้าพนักงานธุรการ");

    approve(Actors.provinceOfficer("12"), proposed.id()).expectStatus().isOk();

    var account = db.sql("SELECT id, username, password_hash IS NULL AS passwordless, email_verified FROM identity.user_account WHERE lower(email) = lower(:email)")
        .bind("email", email)
        .map(row -> Map.of("id", row.get("id", UUID.class), "username", row.get("username", String.class),
            "passwordless", row.get("passwordless", Boolean.class), "verified", row.get("email_verified", Boolean.class)))
        .one().block();
    assertThat(account).containsEntry("passwordless", true).containsEntry("verified", true).containsEntry("username", email.toLowerCase());
    Actor officer = users.actor((UUID) account.get("id")).block();
    assertThat(officer.roles()).containsExactly(Role.LAO_OFFICER);
    assertThat(officer.laoCodes()).containsExactly(BANGSRIMUANG);
    // with no password, a password sign-in fails like any other; the person signs in through OpenID Connect
    http.post().uri("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("username", email, "password", "")).exchange().expectStatus().is4xxClientError();
    http.get().uri("/api/v1/me").headers(Auth.bearer(tokens, officer)).exchange()
        .expectStatus().isOk().expectBody().jsonPath("$.laoCodes[0]").isEqualTo(BANGSRIMUANG);
  }

  @Test
  void aProvincialOfficerOfAnotherProvinceIsRefused() {
    OfficerAppointment proposed = propose(Actors.laoOfficer(BANGSRIMUANG), BANGSRIMUANG, "นักวิชาการ");
    Actor krabi = Actors.provinceOfficer("81");

    approve(krabi, proposed.id()).expectStatus().isForbidden()
        .expectBody().jsonPath("$.type").isEqualTo(ProblemType.FORBIDDEN.uri().toString());
    http.post().uri("/api/v1/officers/{id}/reject", proposed.id()).headers(Auth.bearer(tokens, krabi))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "no")).exchange().expectStatus().isForbidden();
    http.get().uri("/api/v1/provinces/12/officer-appointments").headers(Auth.bearer(tokens, krabi)).exchange().expectStatus().isForbidden();
    http.get().uri("/api/v1/provinces/12/officer-roster?format=csv").headers(Auth.bearer(tokens, krabi)).exchange().expectStatus().isForbidden();
    http.get().uri("/api/v1/laos/{code}/officers", BANGSRIMUANG).headers(Auth.bearer(tokens, krabi)).exchange().expectStatus().isForbidden();
    http.get().uri("/api/v1/provinces/12/officer-roster?format=csv").exchange().expectStatus().isUnauthorized();
    http.get().uri("/api/v1/laos/{code}/officers", BANGSRIMUANG).headers(Auth.bearer(tokens, Actors.provinceOfficer("12"))).exchange()
        .expectStatus().isOk();
  }

  @Test
  void whoCanNeverDecideIsRefusedWithoutLearningWhetherTheAppointmentExists() {
    OfficerAppointment proposed = propose(Actors.laoOfficer(BANGSRIMUANG), BANGSRIMUANG, "นักวิชาการ");
    for (Actor outsider : new Actor[] {Actors.laoOfficer(BANGSRIMUANG), Actors.buyer(UUID.randomUUID())}) {
      for (UUID id : new UUID[] {proposed.id(), UUID.randomUUID()}) {
        approve(outsider, id).expectStatus().isForbidden()
            .expectBody().jsonPath("$.type").isEqualTo(ProblemType.FORBIDDEN.uri().toString());
      }
    }
  }

  @Test
  void onlyTheLaosOwnOfficersOrDlaPropose() {
    for (Actor outsider : new Actor[] {Actors.laoOfficer(AO_NANG), Actors.provinceOfficer("12"), Actors.buyer(UUID.randomUUID())}) {
      http.post().uri("/api/v1/laos/{code}/officers", BANGSRIMUANG).headers(Auth.bearer(tokens, outsider))
          .contentType(MediaType.APPLICATION_JSON)
          .bodyValue(Map.of("fullName", "x", "position", "y", "phone", "0812345678", "email", email))
          .exchange().expectStatus().isForbidden();
    }
    http.post().uri("/api/v1/laos/{code}/officers", "9999999").headers(Auth.bearer(tokens, Actors.admin()))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("fullName", "x", "position", "y", "phone", "0812345678", "email", email))
        .exchange().expectStatus().isNotFound();
  }

  @Test
  void aProposalIsCheckedFieldByFieldAndAPersonIsProposedOncePerLao() {
    http.post().uri("/api/v1/laos/{code}/officers", BANGSRIMUANG).headers(Auth.bearer(tokens, Actors.admin()))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("fullName", " ", "position", "นักวิชาการ", "phone", "123", "email", "nobody"))
        .exchange().expectStatus().isBadRequest()
        .expectBody()
        .jsonPath("$.errors[?(@.field == 'fullName')]").exists()
        .jsonPath("$.errors[?(@.field == 'phone')]").exists()
        .jsonPath("$.errors[?(@.field == 'email')]").exists();

    propose(Actors.admin(), BANGSRIMUANG, "นักวิชาการ");
    http.post().uri("/api/v1/laos/{code}/officers", BANGSRIMUANG).headers(Auth.bearer(tokens, Actors.admin()))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("fullName", "อีกครั้ง", "position", "นักวิชาการ", "phone", "0812345678", "email", email.toUpperCase()))
        .exchange().expectStatus().isEqualTo(409)
        .expectBody().jsonPath("$.errors[0].field").isEqualTo("email");
  }

  @Test
  void anOfficerOfAnotherLaoIsNotGivenASecondLaoByTheProvinceButDlaMayGrantIt() {
    String username = "twolaos." + UUID.randomUUID().toString().substring(0, 6);
    UUID id = users.createLocalAccount(new Users.NewLocalAccount(username, "นายสองที่ ทดสอบ", email, true, PASSWORD)).block();
    users.grant(id, Role.LAO_OFFICER, AO_NANG, null).block();
    OfficerAppointment proposed = propose(Actors.laoOfficer(BANGSRIMUANG), BANGSRIMUANG, "นักวิชาการ");

    approve(Actors.provinceOfficer("12"), proposed.id()).expectStatus().isEqualTo(409)
        .expectBody()
        .jsonPath("$.type").isEqualTo(ProblemType.CONFLICT.uri().toString())
        .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains(AO_NANG).contains("DLA administrator"));
    assertThat(users.actor(id).block().laoCodes()).containsExactly(AO_NANG);

    approve(Actors.admin(), proposed.id()).expectStatus().isOk();
    assertThat(users.actor(id).block().laoCodes()).containsExactlyInAnyOrder(AO_NANG, BANGSRIMUANG);
  }

  @Test
  void aRejectionNeedsAReasonAndEndsTheProposal() {
    OfficerAppointment proposed = propose(Actors.laoOfficer(BANGSRIMUANG), BANGSRIMUANG, "นักวิชาการ");
    Actor province = Actors.provinceOfficer("12");
    http.post().uri("/api/v1/officers/{id}/reject", proposed.id()).headers(Auth.bearer(tokens, province))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "")).exchange()
        .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
    http.post().uri("/api/v1/officers/{id}/reject", proposed.id()).headers(Auth.bearer(tokens, province))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "ไม่ใช่บุคลากรของ อปท.")).exchange()
        .expectStatus().isOk()
        .expectBody().jsonPath("$.status").isEqualTo("REJECTED").jsonPath("$.reason").isEqualTo("ไม่ใช่บุคลากรของ อปท.");
    approve(province, proposed.id()).expectStatus().isEqualTo(409);
    approve(province, UUID.randomUUID()).expectStatus().isNotFound();
  }

  @Test
  void theRosterIsCsvInTheColumnsOfDlasFormWithABomForExcel() {
    OfficerAppointment approved = propose(Actors.laoOfficer(BANGSRIMUANG), BANGSRIMUANG, "ผู้อำนวยการกอง, สาธารณสุข \"สิ่งแวดล้อม\"");
    approve(Actors.provinceOfficer("12"), approved.id()).expectStatus().isOk();

    byte[] csv = http.get().uri("/api/v1/provinces/12/officer-roster?format=csv").headers(Auth.bearer(tokens, Actors.provinceOfficer("12")))
        .exchange()
        .expectStatus().isOk()
        .expectHeader().contentType("text/csv;charset=UTF-8")
        .expectHeader().valueMatches("Content-Disposition", "attachment; filename=\"officer-roster-12.csv\"")
        .expectBody().returnResult().getResponseBodyContent();

    assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    String[] lines = text.split("\r\n");
    assertThat(lines[0]).isEqualTo("จังหวัด,อปท.,รหัส อปท.,ชื่อ-สกุล,ตำแหน่ง,โทรศัพท์,อีเมล,สถานะ");
    assertThat(text).contains("นนทบุรี,เทศบาลเมืองบางศรีเมือง,4120102,นางสาวสมใจ รักษ์โลก,"
        + "\"ผู้อำนวยการกอง, สาธารณสุข \"\"สิ่งแวดล้อม\"\"\",081-234-5678," + email + ",อนุมัติแล้ว\r\n");

    http.get().uri("/api/v1/provinces/12/officer-roster?format=pdf").headers(Auth.bearer(tokens, Actors.admin())).exchange()
        .expectStatus().isBadRequest();
  }
}
