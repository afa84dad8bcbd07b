package th.dla.carbon.identity.buyers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.test.StepVerifier;
import th.dla.carbon.identity.AccessTokens;
import th.dla.carbon.identity.Actor;
import th.dla.carbon.identity.BuyerNotVerified;
import th.dla.carbon.identity.Buyers;
import th.dla.carbon.identity.OrganisationType;
import th.dla.carbon.platform.web.ProblemException;
import th.dla.carbon.platform.web.ProblemType;
import th.dla.carbon.support.Actors;
import th.dla.carbon.support.Auth;
import th.dla.carbon.support.IntegrationTest;

/** DLA's verification of buyers over HTTP, the state machine, its security events, and Buyers.requireVerified. */
@IntegrationTest
class BuyerAdministrationIT {

  @Autowired WebTestClient http;
  @Autowired AccessTokens tokens;
  @Autowired DatabaseClient db;
  @Autowired Buyers buyers;

  Actor admin;
  Consumer<HttpHeaders> asAdmin;
  UUID buyer;

  @BeforeEach
  void aPendingRegistration() {
    admin = Actors.admin();
    asAdmin = Auth.bearer(tokens, admin);
    buyer = BuyerSamples.register(http, BuyerSamples.registration());
  }

  private WebTestClient.ResponseSpec post(String action, Map<String, String> body) {
    WebTestClient.RequestBodySpec request = http.post().uri("/api/v1/admin/buyers/{id}/" + action, buyer).headers(asAdmin);
    return body == null ? request.exchange() : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
  }

  @Test
  void anAdministratorVerifiesSuspendsAndReinstatesAndEachDecisionIsRecordedWithWhoTookIt() {
    post("verify", null).expectStatus().isOk()
        .expectBody().jsonPath("$.status").isEqualTo("VERIFIED").jsonPath("$.verifiedAt").isNotEmpty();
    post("suspend", Map.of("reason", "ใบอนุญาตหมดอายุ (licence expired)")).expectStatus().isOk()
        .expectBody().jsonPath("$.status").isEqualTo("SUSPENDED").jsonPath("$.statusReason").isEqualTo("ใบอนุญาตหมดอายุ (licence expired)");
    post("reinstate", null).expectStatus().isOk()
        .expectBody().jsonPath("$.status").isEqualTo("VERIFIED").jsonPath("$.statusReason").doesNotExist();

    var events = db.sql("""
            SELECT action, user_id, username FROM identity.security_event WHERE detail->>'buyerId' = :id
            AND action <> 'BUYER_REGISTERED' ORDER BY id""")
        .bind("id", buyer.toString())
        .map(row -> row.get("action", String.class) + " by " + row.get("user_id", UUID.class) + " " + row.get("username", String.class))
        .all().collectList().block();
    assertThat(events).containsExactly(
        "BUYER_VERIFIED by " + admin.userId() + " test.admin",
        "BUYER_SUSPENDED by " + admin.userId() + " test.admin",
        "BUYER_REINSTATED by " + admin.userId() + " test.admin");
  }

  @Test
  void aRejectionNeedsAReasonAndIsFinal() {
    post("reject", Map.of("reason", " ")).expectStatus().isBadRequest()
        .expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
    post("reject", Map.of("reason", "เอกสารไม่ครบ (documents incomplete)")).expectStatus().isOk()
        .expectBody().jsonPath("$.status").isEqualTo("REJECTED").jsonPath("$.statusReason").isEqualTo("เอกสารไม่ครบ (documents incomplete)");
    post("verify", null).expectStatus().isEqualTo(409)
        .expectBody().jsonPath("$.type").isEqualTo(ProblemType.CONFLICT.uri().toString())
        .jsonPath("$.detail").isEqualTo("The organisation is REJECTED; only PENDING organisations can be verified.");
    Long rejections = db.sql("SELECT count(*) AS n FROM identity.security_event WHERE action = 'BUYER_REJECTED' AND detail->>'buyerId' = :id AND detail->>'reason' LIKE 'เอกสารไม่ครบ%'")
        .bind("id", buyer.toString()).map(row -> row.get("n", Long.class)).one().block();
    assertThat(rejections).isEqualTo(1L);
  }

  @Test
  void illegalTransitionsAreConflicts() {
    post("suspend", Map.of("reason", "x")).expectStatus().isEqualTo(409);
    post("reinstate", null).expectStatus().isEqualTo(409);
    post("verify", null).expectStatus().isOk();
    post("verify", null).expectStatus().isEqualTo(409);
    post("reject", Map.of("reason", "too late")).expectStatus().isEqualTo(409);
    post("reinstate", null).expectStatus().isEqualTo(409);
    http.post().uri("/api/v1/admin/buyers/{id}/verify", UUID.randomUUID()).headers(asAdmin).exchange().expectStatus().isNotFound();
  }

  @Test
  void onlyAdministratorsManageBuyers() {
    http.post().uri("/api/v1/admin/buyers/{id}/verify", buyer).headers(Auth.bearer(tokens, Actors.buyer(buyer))).exchange()
        .expectStatus().isForbidden();
    http.get().uri("/api/v1/admin/buyers").headers(Auth.bearer(tokens, Actors.provinceOfficer("12"))).exchange()
        .expectStatus().isForbidden();
    http.get().uri("/api/v1/admin/buyers").exchange().expectStatus().isUnauthorized();
  }

  @Test
  void administratorsFindRegistrationsByStatusAndNameAndReadTheirDocuments() {
    String nameTh = http.get().uri("/api/v1/admin/buyers/{id}", buyer).headers(asAdmin).exchange()
        .expectStatus().isOk()
        .expectBody(BuyerOrganisation.class).returnResult().getResponseBody().nameTh();

    http.get().uri(b -> b.path("/api/v1/admin/buyers").queryParam("status", "PENDING").queryParam("q", nameTh.substring(6)).build())
        .headers(asAdmin).exchange()
        .expectStatus().isOk()
        .expectBody()
        .jsonPath("$.total").isEqualTo(1)
        .jsonPath("$.items[0].id").isEqualTo(buyer.toString())
        .jsonPath("$.items[0].documents[0].contentType").isEqualTo("application/pdf");
    http.get().uri(b -> b.path("/api/v1/admin/buyers").queryParam("status", "VERIFIED").queryParam("q", nameTh.substring(6)).build())
        .headers(asAdmin).exchange()
        .expectBody().jsonPath("$.total").isEqualTo(0);

    BuyerOrganisation organisation = http.get().uri("/api/v1/admin/buyers/{id}", buyer).headers(asAdmin).exchange()
        .expectBody(BuyerOrganisation.class).returnResult().getResponseBody();
    UUID document = organisation.documents().get(0).id();
    byte[] file = http.get().uri("/api/v1/admin/buyers/{id}/documents/{doc}", buyer, document).headers(asAdmin).exchange()
        .expectStatus().isOk()
        .expectHeader().contentType(MediaType.APPLICATION_PDF)
        .expectHeader().valueMatches(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=.*certificate\\.pdf.*")
        .expectBody().returnResult().getResponseBodyContent();
    assertThat(file).isEqualTo(BuyerSamples.pdf());
    http.get().uri("/api/v1/admin/buyers/{id}/documents/{doc}", UUID.randomUUID(), document).headers(asAdmin).exchange()
        .expectStatus().isNotFound();
  }

  @Test
  void aPendingBuyerIsRefusedByRequireVerifiedAndAVerifiedOneIsNot() {
    StepVerifier.create(buyers.requireVerified(buyer))
        .expectErrorSatisfies(error -> {
          assertThat(error).isInstanceOf(BuyerNotVerified.class);
          ProblemException problem = (ProblemException) error;
          assertThat(problem.getStatusCode().value()).isEqualTo(403);
          assertThat(problem.getBody().getType()).isEqualTo(ProblemType.BUYER_NOT_VERIFIED.uri());
          assertThat(problem.getBody().getDetail()).contains("waiting for DLA");
        })
        .verify();

    post("verify", null).expectStatus().isOk();
    StepVerifier.create(buyers.requireVerified(Actors.buyer(buyer)))
        .assertNext(summary -> {
          assertThat(summary.id()).isEqualTo(buyer);
          assertThat(summary.type()).isEqualTo(OrganisationType.BUSINESS);
          assertThat(summary.provinceCode()).isEqualTo("12");
          assertThat(summary.nameTh()).startsWith("บริษัท ทดสอบคาร์บอน");
        })
        .verifyComplete();

    post("suspend", Map.of("reason", "under investigation")).expectStatus().isOk();
    StepVerifier.create(buyers.requireVerified(buyer))
        .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(BuyerNotVerified.class).hasMessageContaining("suspended"))
        .verify();
  }

  @Test
  void requireVerifiedRefusesUnknownOrganisationsAndCallersWhoAreNotBuyers() {
    StepVerifier.create(buyers.requireVerified(UUID.randomUUID()))
        .expectError(BuyerNotVerified.class).verify();
    StepVerifier.create(buyers.requireVerified(Actors.laoOfficer("4120102")))
        .expectErrorSatisfies(error -> assertThat(((ProblemException) error).getBody().getType()).isEqualTo(ProblemType.FORBIDDEN.uri()))
        .verify();
  }
}
