package th.dla.carbon.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import th.dla.carbon.directory.DirectoryImport;
import th.dla.carbon.identity.AccessTokens;
import th.dla.carbon.identity.Actor;
import th.dla.carbon.identity.BuyerStatus;
import th.dla.carbon.identity.Buyers;
import th.dla.carbon.platform.web.ProblemType;
import th.dla.carbon.registry.Issuances;
import th.dla.carbon.support.Actors;
import th.dla.carbon.support.Auth;
import th.dla.carbon.support.BuyerFixtures;
import th.dla.carbon.support.DatabaseCleaner;
import th.dla.carbon.support.IntegrationTest;
import th.dla.carbon.support.RegistryFixtures;

/**
 * Exports of listings, trades and retirements, scoped to the caller, after a small market in Nonthaburi and Krabi:
 * buyer A bought 10 from บางศรีเมือง (settled, 4 retired), buyer B bought 5 there and 7 from เทศบาลเมืองกระบี่;
 * บางศรีเมือง also has a draft listing only its officers see.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportsIT {

  static final String NONTHABURI_LAO = RegistryFixtures.BANG_SRI_MUEANG;
  static final String KRABI_LAO = RegistryFixtures.KRABI_TOWN;

  @Autowired WebTestClient http;
  @Autowired AccessTokens tokens;
  @Autowired DirectoryImport directoryImport;
  @Autowired Issuances issuances;
  @Autowired Buyers buyers;
  @Autowired DatabaseClient db;

  Actor buyerA;
  Actor buyerB;
  String nameA;
  String nameB;
  String certificateNo;

  @BeforeAll
  void aSmallMarketInTwoProvinces() {
    http = http.mutate().responseTimeout(java.time.Duration.ofSeconds(60)).build();  // a busy shared machine
    RegistryFixtures.loadDemoLaos(directoryImport);
    DatabaseCleaner.clearMarket(db);
    DatabaseCleaner.clearSettlement(db);
    DatabaseCleaner.clearRegistry(db);
    RegistryFixtures.issue(issuances, 2024, List.of(NONTHABURI_LAO, KRABI_LAO), List.of(100L, 100L));
    buyerA = BuyerFixtures.buyerOf(buyers, BuyerStatus.VERIFIED).block();
    buyerB = BuyerFixtures.buyerOf(buyers, BuyerStatus.VERIFIED).block();
    nameA = buyers.summary(buyerA.buyerId()).block().nameTh();
    nameB = buyers.summary(buyerB.buyerId()).block().nameTh();

    UUID nonthaburi = open(NONTHABURI_LAO, "250.00");
    UUID tradeA = buy(buyerA, nonthaburi, 10, "250.00");
    buy(buyerB, nonthaburi, 5, "250.00");
    buy(buyerB, open(KRABI_LAO, "200.00"), 7, "200.00");
    Actor officer = Actors.laoOfficer(NONTHABURI_LAO);
    post("/api/v1/trades/" + tradeA + "/payment", buyerA, Map.of("reference", "SCB-1", "paidAt", Instant.now().minusSeconds(60).toString()));
    post("/api/v1/trades/" + tradeA + "/confirm-payment", officer, Map.of("receiptNo", "บศ 0009/2569"));
    post("/api/v1/trades/" + tradeA + "/registry-transfer", officer, Map.of("tgoReference", "TGO-EXP-1", "transferredAt", Instant.now().toString()));
    Map<?, ?> retirement = http.post().uri("/api/v1/retirements").headers(Auth.bearer(tokens, buyerA)).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("quantity", 4, "beneficiary", "บริษัท ผู้รับประโยชน์ลับ จำกัด", "purpose", "ชดเชยการเดินทางปี 2569"))
        .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    certificateNo = (String) retirement.get("certificateNo");
    // a draft: only the LAO's officers (and the province, DLA) see it
    http.post().uri("/api/v1/listings").headers(Auth.bearer(tokens, officer))
        .bodyValue(Map.of("laoCode", NONTHABURI_LAO, "mode", "NEGOTIABLE", "quantity", 20, "unitPrice", new BigDecimal("300.00"), "minLot", 1))
        .exchange().expectStatus().isCreated();
  }

  UUID open(String lao, String price) {
    Actor maker = Actors.laoOfficer(lao);
    Map<?, ?> draft = http.post().uri("/api/v1/listings").headers(Auth.bearer(tokens, maker))
        .bodyValue(Map.of("laoCode", lao, "mode", "FIXED_PRICE", "quantity", 50, "unitPrice", new BigDecimal(price), "minLot", 1))
        .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    String id = (String) draft.get("id");
    http.post().uri("/api/v1/listings/{id}/submit", id).headers(Auth.bearer(tokens, maker)).exchange().expectStatus().isOk();
    http.post().uri("/api/v1/listings/{id}/approve", id).headers(Auth.bearer(tokens, Actors.laoOfficer(lao))).exchange().expectStatus().isOk();
    return UUID.fromString(id);
  }

  UUID buy(Actor buyer, UUID listing, long quantity, String price) {
    Map<?, ?> bid = http.post().uri("/api/v1/listings/{id}/bids", listing).headers(Auth.bearer(tokens, buyer))
        .bodyValue(Map.of("quantity", quantity, "unitPrice", new BigDecimal(price))).exchange().expectStatus().isCreated()
        .expectBody(Map.class).returnResult().getResponseBody();
    return UUID.fromString((String) bid.get("tradeId"));
  }

  void post(String uri, Actor actor, Map<String, ?> body) {
    http.post().uri(uri).headers(Auth.bearer(tokens, actor)).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
        .expectStatus().isOk();
  }

  /** The CSV's lines after the header, with the header checked for the BOM. */
  List<String> csv(String uri, Consumer<HttpHeaders> who) {
    byte[] body = http.get().uri(uri).headers(who).exchange().expectStatus().isOk()
        .expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType("text/csv"))
        .expectHeader().value(HttpHeaders.CONTENT_DISPOSITION, d -> assertThat(d).matches("attachment; filename=\"[a-z]+-\\d{4}-\\d{2}-\\d{2}\\.csv\"; filename\\*=UTF-8''.+"))
        .expectBody(byte[].class).returnResult().getResponseBody();
    assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
    String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
    assertThat(text).endsWith("\r\n");
    return Arrays.asList(text.split("\r\n"));
  }

  static Consumer<HttpHeaders> anonymous() {
    return headers -> {};
  }

  Consumer<HttpHeaders> as(Actor actor) {
    return Auth.bearer(tokens, actor);
  }

  @Test
  void thePublicGetsEveryTradeAnonymisedWithTheBuyersTypeOnly() {
    List<String> lines = csv("/api/v1/exports/trades", anonymous());
    assertThat(lines.get(0)).contains("ประเภทผู้ซื้อ / Buyer type").doesNotContain("ผู้ซื้อ / Buyer,").doesNotContain("Buyer ID");
    assertThat(lines).hasSize(4);
    String all = String.join("\n", lines);
    assertThat(all).doesNotContain(nameA).doesNotContain(nameB)
        .doesNotContain(buyerA.buyerId().toString()).doesNotContain(buyerB.buyerId().toString());
    assertThat(lines.subList(1, 4)).allSatisfy(line -> assertThat(line).contains(",BUSINESS,"));
    assertThat(all).contains("เทศบาลเมืองบางศรีเมือง").contains("เทศบาลเมืองกระบี่");
  }

  @Test
  void eachCallerGetsItsOwnTradesWithNames() {
    List<String> a = csv("/api/v1/exports/trades", as(buyerA));
    assertThat(a).hasSize(2);
    assertThat(a.get(0)).contains("ผู้ซื้อ / Buyer");
    assertThat(a.get(1)).contains(nameA).contains(",10,250.00,2500.00,SETTLED,");

    List<String> lao = csv("/api/v1/exports/trades", as(Actors.laoOfficer(NONTHABURI_LAO)));
    assertThat(lao).hasSize(3);
    assertThat(String.join("\n", lao)).contains(nameA).contains(nameB).doesNotContain(KRABI_LAO);

    List<String> krabi = csv("/api/v1/exports/trades", as(Actors.provinceOfficer("81")));
    assertThat(krabi).hasSize(2);
    assertThat(krabi.get(1)).contains(KRABI_LAO).contains(nameB).contains(",7,200.00,1400.00,");

    assertThat(csv("/api/v1/exports/trades", as(Actors.admin()))).hasSize(4);
    assertThat(csv("/api/v1/exports/trades?lao=" + KRABI_LAO, as(Actors.admin()))).hasSize(2);
    assertThat(csv("/api/v1/exports/trades?province=12", anonymous())).hasSize(3);
  }

  @Test
  void askingForAnotherProvincesOrLaosRowsIsRefused() {
    http.get().uri("/api/v1/exports/trades?province=81").headers(as(Actors.provinceOfficer("12"))).exchange()
        .expectStatus().isForbidden().expectBody().jsonPath("$.type").isEqualTo(ProblemType.FORBIDDEN.uri().toString());
    http.get().uri("/api/v1/exports/retirements?lao=" + KRABI_LAO).headers(as(Actors.laoOfficer(NONTHABURI_LAO))).exchange()
        .expectStatus().isForbidden();
  }

  @Test
  void retirementsArePublicWithoutTheBuyerAndFullForTheBuyer() {
    List<String> open = csv("/api/v1/exports/retirements", anonymous());
    assertThat(open).hasSize(2);
    assertThat(open.get(1)).startsWith(certificateNo + ",").contains(NONTHABURI_LAO).contains(",2024,DLA-WWB,4,BUSINESS")
        .doesNotContain(nameA).doesNotContain("ผู้รับประโยชน์ลับ").doesNotContain(buyerA.buyerId().toString());
    List<String> own = csv("/api/v1/exports/retirements", as(buyerA));
    assertThat(own.get(1)).contains(nameA).contains("บริษัท ผู้รับประโยชน์ลับ จำกัด").contains("ชดเชยการเดินทางปี 2569");
    assertThat(csv("/api/v1/exports/retirements", as(buyerB))).hasSize(1);
    assertThat(csv("/api/v1/exports/retirements", as(Actors.provinceOfficer("81")))).hasSize(1);
    assertThat(csv("/api/v1/exports/retirements", as(Actors.provinceOfficer("12")))).hasSize(2);
  }

  @Test
  void draftsAreExportedOnlyToTheirLaosOfficers() {
    List<String> open = csv("/api/v1/exports/listings", anonymous());
    assertThat(open).hasSize(3);
    assertThat(String.join("\n", open)).doesNotContain("DRAFT");
    List<String> own = csv("/api/v1/exports/listings", as(Actors.laoOfficer(NONTHABURI_LAO)));
    assertThat(own).hasSize(3);
    assertThat(String.join("\n", own)).contains(",NEGOTIABLE,DRAFT,").doesNotContain(KRABI_LAO);
  }

  @Test
  void theXlsxHasTheSameRowsWithNumbersAsNumbers() throws Exception {
    byte[] xlsx = http.get().uri("/api/v1/exports/trades?format=xlsx&province=81").headers(as(Actors.admin())).exchange()
        .expectStatus().isOk()
        .expectHeader().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .expectHeader().value(HttpHeaders.CONTENT_DISPOSITION, d -> assertThat(d).contains(".xlsx\"").contains("filename*=UTF-8''"))
        .expectBody(byte[].class).returnResult().getResponseBody();
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      List<Row> rows = workbook.getFirstSheet().read();
      assertThat(rows).hasSize(2);
      Row header = rows.get(0);
      Row trade = rows.get(1);
      assertThat(header.getCellText(4)).isEqualTo("อปท. / LAO");
      assertThat(trade.getCellText(3)).isEqualTo(KRABI_LAO);
      assertThat(trade.getCellText(4)).isEqualTo("เทศบาลเมืองกระบี่");
      assertThat(trade.getCellText(8)).isEqualTo(nameB);
      assertThat(trade.getCell(9).getValue()).isEqualTo(new BigDecimal("7"));
      assertThat((BigDecimal) trade.getCell(11).getValue()).isEqualByComparingTo("1400.00");
    }
  }

  @Test
  void badFiltersAreProblemsPerField() {
    http.get().uri("/api/v1/exports/trades?from=2026-02-30&province=Bangkok&lao=12").exchange().expectStatus().isBadRequest().expectBody()
        .jsonPath("$.type").isEqualTo(ProblemType.VALIDATION_FAILED.uri().toString())
        .jsonPath("$.errors[?(@.field == 'from')]").exists()
        .jsonPath("$.errors[?(@.field == 'province')]").exists()
        .jsonPath("$.errors[?(@.field == 'lao')]").exists();
    http.get().uri("/api/v1/exports/trades?from=2026-03-01&to=2026-02-01").exchange().expectStatus().isBadRequest();
    http.get().uri("/api/v1/exports/bids").exchange().expectStatus().isBadRequest();
    http.get().uri("/api/v1/exports/trades?format=pdf").exchange().expectStatus().isBadRequest();
  }
}
