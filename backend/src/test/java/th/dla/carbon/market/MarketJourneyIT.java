package th.dla.carbon.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import th.dla.carbon.directory.DirectoryImport;
import th.dla.carbon.identity.AccessTokens;
import th.dla.carbon.identity.Actor;
import th.dla.carbon.platform.web.ProblemType;
import th.dla.carbon.support.Actors;
import th.dla.carbon.support.Auth;
import th.dla.carbon.support.BuyerFixtures;
import th.dla.carbon.support.DatabaseCleaner;
import th.dla.carbon.support.IntegrationTest;
import th.dla.carbon.support.RegistryFixtures;

/**
 * Issue 5's acceptance journey, end to end and through HTTP only: DLA issues credits to an LAO; a maker drafts a
 * fixed-price listing which the maker may not approve and a second officer does; a buyer organisation that
 * registered itself and was verified by DLA signs in with its password and buys; the trade goes through payment,
 * the LAO's receipt and the TGO transfer to SETTLED; the buyer retires part of what it bought and anyone can verify
 * the certificate, download its PDF and see the retirement in the serial's history. At the end the ledger and the
 * audit chain prove themselves and every credit of the issuance is accounted for.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MarketJourneyIT {

  static final String LAO = RegistryFixtures.NONTHABURI_CITY;
  static final String PASSWORD = "journey-to-net-zero-2570";

  @Autowired WebTestClient http;
  @Autowired AccessTokens tokens;
  @Autowired DirectoryImport directoryImport;
  @Autowired DatabaseClient db;

  @BeforeAll
  void directoryAndAnOpenMarket() {
    RegistryFixtures.loadDemoLaos(directoryImport);
    // the journey assumes an open market without price floors and an LAO holding only the journey's credits,
    // whatever earlier test classes left
    DatabaseCleaner.clearMarket(db);
    DatabaseCleaner.clearRegistry(db);
  }

  @Test
  void creditsIssuedToAnLaoAreListedApprovedBoughtPaidSettledRetiredAndVerifiedPublicly() {
    Consumer<HttpHeaders> admin = Auth.bearer(tokens, Actors.admin());
    Actor makerActor = Actors.laoOfficer(LAO);
    Actor checkerActor = Actors.laoOfficer(LAO);
    Consumer<HttpHeaders> maker = Auth.bearer(tokens, makerActor);
    Consumer<HttpHeaders> checker = Auth.bearer(tokens, checkerActor);

    // 1. DLA records an issuance of 120 credits, all allocated to the LAO
    long first = RegistryFixtures.freshSerials(120);
    Map<?, ?> issuance = http.post().uri("/api/v1/admin/issuances").headers(admin).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("projectCode", RegistryFixtures.PROJECT, "vintage", 2024, "serialFirst", first, "serialLast", first + 119,
            "tgoReference", "TGO-JOURNEY-" + UUID.randomUUID(), "issuedOn", LocalDate.of(2025, 3, 1).toString(),
            "allocations", List.of(Map.of("laoCode", LAO, "quantity", 120))))
        .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    String issuanceId = (String) issuance.get("id");
    assertThat(((Number) issuance.get("quantity")).longValue()).isEqualTo(120);

    // 2. the maker drafts a fixed-price listing of 50 and submits it; the maker cannot approve it
    Map<String, Object> body = MarketScenario.listing(LAO, "FIXED_PRICE", 50, "250.00", 1);
    body.put("description", "คาร์บอนเครดิตจากถังขยะเปียก เทศบาลนครนนทบุรี");
    ListingView draft = http.post().uri("/api/v1/listings").headers(maker).bodyValue(body).exchange()
        .expectStatus().isCreated().expectBody(ListingView.class).returnResult().getResponseBody();
    assertThat(draft.state()).isEqualTo(ListingState.DRAFT);
    String listingPath = "/api/v1/listings/" + draft.id();
    http.post().uri(listingPath + "/submit").headers(maker).exchange().expectStatus().isOk()
        .expectBody().jsonPath("$.state").isEqualTo("PENDING_APPROVAL");
    http.post().uri(listingPath + "/approve").headers(maker).exchange().expectStatus().isForbidden()
        .expectBody().jsonPath("$.type").isEqualTo(ProblemType.MAKER_CANNOT_APPROVE.uri().toString());
    assertThat(laoBalance(issuanceId).get("reservedForListings")).isEqualTo(0);

    // 3. the checker approves: OPEN, its 50 credits reserved in the registry
    ListingView open = http.post().uri(listingPath + "/approve").headers(checker).exchange().expectStatus().isOk()
        .expectBody(ListingView.class).returnResult().getResponseBody();
    assertThat(open.state()).isEqualTo(ListingState.OPEN);
    assertThat(open.remaining()).isEqualTo(50);
    assertThat(laoBalance(issuanceId)).containsEntry("available", 70).containsEntry("reservedForListings", 50);

    // 4. a buyer organisation registers itself, DLA verifies it, its user signs in with the password
    Map<String, Object> registration = registration();
    UUID buyerId = register(registration);
    http.post().uri("/api/v1/admin/buyers/{id}/verify", buyerId).headers(admin).exchange().expectStatus().isOk()
        .expectBody().jsonPath("$.status").isEqualTo("VERIFIED");
    Consumer<HttpHeaders> buyer = login((String) registration.get("username"));
    http.get().uri("/api/v1/me/organisation").headers(buyer).exchange().expectStatus().isOk()
        .expectBody().jsonPath("$.id").isEqualTo(buyerId.toString());

    // 5. it bids 30 at the listed price: filled at once, a trade awaiting payment
    BidView bid = http.post().uri(listingPath + "/bids").headers(buyer).header("Idempotency-Key", UUID.randomUUID().toString())
        .bodyValue(Map.of("quantity", 30, "unitPrice", new BigDecimal("250.00"))).exchange()
        .expectStatus().isCreated().expectBody(BidView.class).returnResult().getResponseBody();
    assertThat(bid.state()).isEqualTo(BidState.FILLED);
    assertThat(bid.filledQuantity()).isEqualTo(30);
    assertThat(bid.tradeId()).isNotNull();
    String tradePath = "/api/v1/trades/" + bid.tradeId();
    http.get().uri(tradePath).headers(buyer).exchange().expectStatus().isOk().expectBody()
        .jsonPath("$.state").isEqualTo("AWAITING_PAYMENT")
        .jsonPath("$.quantity").isEqualTo(30)
        .jsonPath("$.total").isEqualTo(7500.00)
        .jsonPath("$.buyerId").isEqualTo(buyerId.toString());
    http.get().uri(listingPath).exchange().expectStatus().isOk().expectBody().jsonPath("$.remaining").isEqualTo(20);
    assertThat(laoBalance(issuanceId)).containsEntry("reservedForListings", 20).containsEntry("reservedForTrades", 30);

    // 6. the buyer reports its payment; 7. an officer of the LAO confirms it with the receipt number
    http.post().uri(tradePath + "/payment").headers(buyer).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("reference", "SCB-20260115-7781", "paidAt", Instant.now().minusSeconds(3600).toString()))
        .exchange().expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("PAYMENT_REPORTED");
    http.post().uri(tradePath + "/confirm-payment").headers(checker).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("receiptNo", "นบ 0042/2569")).exchange().expectStatus().isOk().expectBody()
        .jsonPath("$.state").isEqualTo("PAYMENT_CONFIRMED").jsonPath("$.receiptNo").isEqualTo("นบ 0042/2569");

    // 8. an officer records the TGO transfer: SETTLED, the credits are the buyer's
    http.post().uri(tradePath + "/registry-transfer").headers(maker).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("tgoReference", "TGO-TR-2569-0107", "transferredAt", Instant.now().toString()))
        .exchange().expectStatus().isOk().expectBody()
        .jsonPath("$.state").isEqualTo("SETTLED").jsonPath("$.tgoReference").isEqualTo("TGO-TR-2569-0107");
    http.get().uri("/api/v1/me/holdings").headers(buyer).exchange().expectStatus().isOk().expectBody()
        .jsonPath("$.buyerId").isEqualTo(buyerId.toString())
        .jsonPath("$.totals.available").isEqualTo(30)
        .jsonPath("$.totals.retired").isEqualTo(0);

    // 9. the buyer retires 12 of its 30 credits: a certificate number
    Map<?, ?> retirement = http.post().uri("/api/v1/retirements").headers(buyer).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("quantity", 12, "beneficiary", "บริษัท เดินทางสู่ความเป็นกลาง จำกัด",
            "purpose", "ชดเชยการปล่อยก๊าซเรือนกระจกปี 2568"))
        .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    String certificateNo = (String) retirement.get("certificateNo");
    assertThat(certificateNo).matches("TH-LAO-\\d{4}(-[A-Z2-7]{4}){7}");
    http.get().uri("/api/v1/me/holdings").headers(buyer).exchange().expectStatus().isOk().expectBody()
        .jsonPath("$.totals.available").isEqualTo(18)
        .jsonPath("$.totals.retired").isEqualTo(12);

    // 10. the public (no token) verifies the certificate and downloads its PDF
    Map<?, ?> certificate = http.get().uri("/api/v1/retirements/{no}", certificateNo).exchange().expectStatus().isOk()
        .expectBody(Map.class).returnResult().getResponseBody();
    assertThat(certificate.get("certificateNo")).isEqualTo(certificateNo);
    assertThat(((Number) certificate.get("quantity")).longValue()).isEqualTo(12);
    assertThat(certificate.get("beneficiary")).isEqualTo("บริษัท เดินทางสู่ความเป็นกลาง จำกัด");
    assertThat(certificate.get("purpose")).isEqualTo("ชดเชยการปล่อยก๊าซเรือนกระจกปี 2568");
    List<?> ranges = (List<?>) certificate.get("ranges");
    assertThat(ranges).isNotEmpty();
    Map<?, ?> range = (Map<?, ?>) ranges.get(0);
    assertThat(range.get("originLaoCode")).isEqualTo(LAO);
    assertThat(ranges.stream().mapToLong(r -> ((Number) ((Map<?, ?>) r).get("quantity")).longValue()).sum()).isEqualTo(12);
    byte[] pdf = http.get().uri("/api/v1/retirements/{no}/certificate.pdf", certificateNo).exchange()
        .expectStatus().isOk().expectHeader().contentType(MediaType.APPLICATION_PDF)
        .expectBody(byte[].class).returnResult().getResponseBody();
    assertThat(new String(pdf, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");

    // 11. the public serial look-up shows the retirement in the credit's history
    Map<?, ?> serial = http.get().uri("/api/v1/serials/{serial}", range.get("serial")).exchange().expectStatus().isOk()
        .expectBody(Map.class).returnResult().getResponseBody();
    assertThat(((Map<?, ?>) serial.get("block")).get("state")).isEqualTo("RETIRED");
    List<String> reasons = ((List<?>) serial.get("history")).stream().map(e -> (String) ((Map<?, ?>) e).get("reason")).toList();
    assertThat(reasons).containsSubsequence("ISSUANCE", "ALLOCATION", "RESERVATION", "REASSIGNMENT", "TRANSFER", "RETIREMENT");

    // 12. the ledger and the audit chain prove themselves, and every credit is accounted for
    http.get().uri("/api/v1/admin/ledger/verify").headers(admin).exchange().expectStatus().isOk().expectBody()
        .jsonPath("$.ok").isEqualTo(true).jsonPath("$.problems").isEmpty();
    http.get().uri("/api/v1/audit/verify").exchange().expectStatus().isOk().expectBody().jsonPath("$.ok").isEqualTo(true);
    Map<String, Number> lao = laoBalance(issuanceId);
    Map<String, Number> held = holdingBalance(buyer, issuanceId);
    assertThat(lao).containsEntry("available", 70).containsEntry("reservedForListings", 20).containsEntry("reservedForTrades", 0)
        .containsEntry("sold", 30);
    assertThat(held).containsEntry("available", 18).containsEntry("retired", 12);
    long accounted = lao.get("available").longValue() + lao.get("reservedForListings").longValue()
        + lao.get("reservedForTrades").longValue() + held.get("available").longValue() + held.get("reservedForListings").longValue()
        + held.get("reservedForTrades").longValue() + held.get("retired").longValue();
    assertThat(accounted).as("issued = LAO available + reserved + buyer holdings + retired").isEqualTo(120);
  }

  /** The LAO's balance in the journey's issuance, as its officers see it over HTTP. */
  Map<String, Number> laoBalance(String issuanceId) {
    Map<?, ?> account = http.get().uri("/api/v1/laos/{code}/account", LAO).headers(Auth.bearer(tokens, Actors.laoOfficer(LAO)))
        .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    return balanceOf(account, issuanceId);
  }

  Map<String, Number> holdingBalance(Consumer<HttpHeaders> buyer, String issuanceId) {
    Map<?, ?> holdings = http.get().uri("/api/v1/me/holdings").headers(buyer).exchange().expectStatus().isOk()
        .expectBody(Map.class).returnResult().getResponseBody();
    return balanceOf(holdings, issuanceId);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Number> balanceOf(Map<?, ?> account, String issuanceId) {
    return ((List<Map<String, Object>>) account.get("balances")).stream()
        .filter(b -> issuanceId.equals(b.get("issuanceId")))
        .findFirst()
        .map(b -> {
          Map<String, Number> numbers = new LinkedHashMap<>();
          b.forEach((k, v) -> {
            if (v instanceof Number n) {
              numbers.put(k, n);
            }
          });
          return numbers;
        })
        .orElseGet(() -> new LinkedHashMap<>(Map.of("available", 0, "reservedForListings", 0, "reservedForTrades", 0,
            "sold", 0, "retired", 0)));
  }

  Map<String, Object> registration() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> registration = new LinkedHashMap<>();
    registration.put("type", "BUSINESS");
    registration.put("nameTh", "บริษัท เดินทางสู่ความเป็นกลาง " + suffix + " จำกัด");
    registration.put("nameEn", "Journey to Neutral " + suffix + " Co., Ltd.");
    registration.put("taxId", BuyerFixtures.taxId(Math.abs(UUID.randomUUID().getMostSignificantBits() % 100_000_000L)));
    registration.put("address", Map.of("line", "99 ถนนรัตนาธิเบศร์", "subdistrict", "บางกระสอ", "district", "เมืองนนทบุรี",
        "provinceCode", "12", "postcode", "11000"));
    registration.put("contactName", "นางสาวเดินทาง ทดสอบ");
    registration.put("email", "journey-" + suffix + "@example.co.th");
    registration.put("phone", "+66 81 234 5678");
    registration.put("username", "journey." + suffix);
    registration.put("password", PASSWORD);
    return registration;
  }

  UUID register(Map<String, Object> registration) {
    MultipartBodyBuilder form = new MultipartBodyBuilder();
    form.part("registration", registration, MediaType.APPLICATION_JSON);
    form.part("documents", """
        %PDF-1.4
        1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
        2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
        3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
        trailer << /Root 1 0 R >>
        %%EOF
        """.getBytes(StandardCharsets.US_ASCII), MediaType.APPLICATION_PDF).filename("company-certificate.pdf");
    String location = http.post().uri("/api/v1/buyers/registrations").contentType(MediaType.MULTIPART_FORM_DATA)
        .body(BodyInserters.fromMultipartData(form.build())).exchange()
        .expectStatus().isCreated()
        .expectBody().jsonPath("$.status").isEqualTo("PENDING")
        .returnResult().getResponseHeaders().getLocation().getPath();
    return UUID.fromString(location.replaceAll(".*/", ""));
  }

  Consumer<HttpHeaders> login(String username) {
    Map<?, ?> answer = http.post().uri("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("username", username, "password", PASSWORD)).exchange()
        .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    assertThat(String.valueOf(answer.get("roles"))).contains("BUYER");
    String token = (String) answer.get("accessToken");
    return headers -> headers.setBearerAuth(token);
  }
}
