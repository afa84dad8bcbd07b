package th.dla.carbon.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import th.dla.carbon.directory.DirectoryImport;
import th.dla.carbon.identity.AccessTokens;
import th.dla.carbon.platform.web.ProblemType;
import th.dla.carbon.support.Actors;
import th.dla.carbon.support.Auth;
import th.dla.carbon.support.DatabaseCleaner;
import th.dla.carbon.support.IntegrationTest;
import th.dla.carbon.support.RegistryFixtures;

/** The registry over HTTP: issuances, accounts and their authorization, serial look-up, bin data. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings("unchecked")
class RegistryIT {

  static final String BSM = RegistryFixtures.BANG_SRI_MUEANG;
  static final String AO_NANG = RegistryFixtures.AO_NANG;

  @Autowired WebTestClient http;
  @Autowired DatabaseClient db;
  @Autowired DirectoryImport directoryImport;
  @Autowired AccessTokens tokens;
  @Autowired Ledger ledger;

  Consumer<HttpHeaders> admin;

  @BeforeAll
  void directory() {
    RegistryFixtures.loadDemoLaos(directoryImport);
    admin = Auth.bearer(tokens, Actors.admin());
  }

  @BeforeEach
  void freshRegistry() {
    DatabaseCleaner.clearRegistry(db);
  }

  @AfterEach
  void ledgerStillProvesItself() {
    http.get().uri("/api/v1/admin/ledger/verify").headers(admin).exchange()
        .expectStatus().isOk()
        .expectBody()
        .jsonPath("$.ok").isEqualTo(true)
        .jsonPath("$.problems.length()").isEqualTo(0);
  }

  static Map<String, Object> issuance(String tgo, long first, long last, List<Map<String, Object>> allocations) {
    return Map.of("projectCode", "DLA-WWB", "vintage", 2023, "serialFirst", first, "serialLast", last, "tgoReference", tgo,
        "issuedOn", "2024-03-15", "allocations", allocations);
  }

  static Map<String, Object> lao(String code, long quantity) {
    return Map.of("laoCode", code, "quantity", quantity);
  }

  WebTestClient.ResponseSpec post(String uri, Object body) {
    return http.post().uri(uri).headers(admin).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
  }

  long count(String table) {
    return db.sql("SELECT count(*) AS n FROM registry." + table).map(row -> row.get("n", Long.class)).one().block();
  }

  @Test
  void theWetWasteBinProjectIsPublic() {
    http.get().uri("/api/v1/projects").exchange()
        .expectStatus().isOk()
        .expectBody()
        .jsonPath("$[0].code").isEqualTo("DLA-WWB")
        .jsonPath("$[0].developerTh").isEqualTo("กรมส่งเสริมการปกครองท้องถิ่น")
        .jsonPath("$[0].creditingStart").isEqualTo("2019-07-01")
        .jsonPath("$[0].creditingEnd").isEqualTo("2026-06-30");
  }

  @Test
  void anIssuanceIsAllocatedInContiguousBlocksInTheGivenOrderAndARepeatIsHarmless() {
    Map<String, Object> body = issuance("TGO-2024-0001", 1, 100, List.of(lao(BSM, 37), lao(AO_NANG, 63)));

    post("/api/v1/admin/issuances", body)
        .expectStatus().isCreated()
        .expectHeader().value(HttpHeaders.LOCATION, location -> assertThat(location).startsWith("/api/v1/admin/issuances/"))
        .expectBody()
        .jsonPath("$.quantity").isEqualTo(100)
        .jsonPath("$.allocations[0].laoCode").isEqualTo(BSM)
        .jsonPath("$.allocations[0].serialFirst").isEqualTo(1)
        .jsonPath("$.allocations[0].serialLast").isEqualTo(37)
        .jsonPath("$.allocations[0].blockSerial").isEqualTo("TVER-DLA-WWB-2023-000000001-000000037")
        .jsonPath("$.allocations[1].serialFirst").isEqualTo(38)
        .jsonPath("$.allocations[1].serialLast").isEqualTo(100);

    post("/api/v1/admin/issuances", body).expectStatus().isOk().expectBody().jsonPath("$.tgoReference").isEqualTo("TGO-2024-0001");
    assertThat(count("issuance")).isEqualTo(1);

    post("/api/v1/admin/issuances", issuance("TGO-2024-0001", 1, 100, List.of(lao(BSM, 40), lao(AO_NANG, 60))))
        .expectStatus().isEqualTo(409)
        .expectBody()
        .jsonPath("$.type").isEqualTo(ProblemType.ISSUANCE_CONFLICT.uri().toString())
        .jsonPath("$.errors[0].field").isEqualTo("allocations[0]");
  }

  @Test
  void anOverlappingIssuanceIsRefusedByTheDatabaseConstraintAsAConflictProblem() {
    post("/api/v1/admin/issuances", issuance("TGO-A", 1, 100, List.of(lao(BSM, 100)))).expectStatus().isCreated();

    post("/api/v1/admin/issuances", issuance("TGO-B", 100, 150, List.of(lao(AO_NANG, 51))))
        .expectStatus().isEqualTo(409)
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type").isEqualTo(ProblemType.SERIAL_RANGE_OVERLAP.uri().toString())
        .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("issuance_serials_disjoint"));
    assertThat(count("issuance")).isEqualTo(1);
    assertThat(count("block")).isEqualTo(1);

    // the constraint itself, without the application in between
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.sql("""
            INSERT INTO registry.issuance (project_code, vintage, serial_first, serial_last, tgo_reference, issued_on)
            VALUES ('DLA-WWB', 2024, 50, 60, 'TGO-RAW', DATE '2025-01-01')""").then().block())
        .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("issuance_serials_disjoint");
  }

  @Test
  void anyErrorRejectsTheWholeIssuanceWithEveryReasonAndChangesNothing() {
    post("/api/v1/admin/issuances", issuance("TGO-BAD", 1, 100,
            List.of(lao(BSM, 30), lao("9999999", 20), lao("12", 10), lao(BSM, 5), lao(AO_NANG, 0))))
        .expectStatus().isBadRequest()
        .expectBody()
        .jsonPath("$.type").isEqualTo(ProblemType.VALIDATION_FAILED.uri().toString())
        .jsonPath("$.errors[?(@.field == 'allocations[1].laoCode')].message").isEqualTo("LAO 9999999 is not in the directory")
        .jsonPath("$.errors[?(@.field == 'allocations[2].laoCode')].message").isEqualTo("the LAO code must be 7 digits, found '12'")
        .jsonPath("$.errors[?(@.field == 'allocations[3].laoCode')].message").isEqualTo("LAO " + BSM + " appears more than once")
        .jsonPath("$.errors[?(@.field == 'allocations[4].quantity')]").exists()
        .jsonPath("$.errors[?(@.field == 'allocations')].message")
        .value(m -> assertThat(((List<String>) m).get(0)).contains("add up to 65 credits").contains("hold 100"));
    assertThat(count("issuance") + count("block") + count("journal_entry") + count("account")).isEqualTo(2); // the system accounts
  }

  @Test
  void thePreviewShowsThePlannedBlocksAndProblemsWithoutWriting() {
    post("/api/v1/admin/issuances/preview", issuance("TGO-P", 1001, 1100, List.of(lao(BSM, 60), lao(AO_NANG, 40))))
        .expectStatus().isOk()
        .expectBody()
        .jsonPath("$.valid").isEqualTo(true)
        .jsonPath("$.blocks[1].serialFirst").isEqualTo(1061)
        .jsonPath("$.blocks[1].serialLast").isEqualTo(1100)
        .jsonPath("$.blocks[1].laoNameTh").isEqualTo("เทศบาลตำบลอ่าวนาง");
    post("/api/v1/admin/issuances/preview", issuance("TGO-P", 1001, 1100, List.of(lao(BSM, 60))))
        .expectStatus().isOk()
        .expectBody().jsonPath("$.valid").isEqualTo(false).jsonPath("$.errors[0].field").isEqualTo("allocations");
    assertThat(count("issuance")).isZero();
  }

  @Test
  void theCsvVariantNamesTheLineOfEachProblem() {
    String bad = "lao_code,quantity\n" + BSM + ",30\n9999999,20\n" + AO_NANG + ",many\n";
    csv("/api/v1/admin/issuances", bad, "TGO-CSV", 1, 100)
        .expectStatus().isBadRequest()
        .expectBody()
        .jsonPath("$.errors[?(@.field == 'line 3')].message").isEqualTo("LAO 9999999 is not in the directory")
        .jsonPath("$.errors[?(@.field == 'line 4')].message").isEqualTo("the quantity must be a whole number, found 'many'");
    assertThat(count("issuance")).isZero();

    csv("/api/v1/admin/issuances", "lao_code,quantity\n" + BSM + ",30\n" + AO_NANG + ",70\n", "TGO-CSV", 1, 100)
        .expectStatus().isCreated()
        .expectBody().jsonPath("$.allocations[1].serialFirst").isEqualTo(31);
  }

  WebTestClient.ResponseSpec csv(String uri, String file, String tgo, long first, long last) {
    MultipartBodyBuilder form = new MultipartBodyBuilder();
    form.part("projectCode", "DLA-WWB");
    form.part("vintage", "2024");
    form.part("serialFirst", Long.toString(first));
    form.part("serialLast", Long.toString(last));
    form.part("tgoReference", tgo);
    form.part("issuedOn", "2025-03-14");
    form.part("file", new ByteArrayResource(file.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return "allocation.csv";
      }
    }).contentType(MediaType.parseMediaType("text/csv"));
    MultiValueMap<String, HttpEntity<?>> parts = form.build();
    return http.post().uri(uri).headers(admin).contentType(MediaType.MULTIPART_FORM_DATA)
        .body(BodyInserters.fromMultipartData(parts)).exchange();
  }

  @Test
  void anLaoAccountIsForItsOfficersItsProvinceAndDlaOnly() {
    post("/api/v1/admin/issuances", issuance("TGO-ACC", 1, 100, List.of(lao(BSM, 70), lao(AO_NANG, 30)))).expectStatus().isCreated();
    Account account = ledger.laoAccount(BSM).block();
    ledger.reserve(account.id(), 20, null, Holder.listing(UUID.randomUUID()), "listing").block();

    http.get().uri("/api/v1/laos/" + BSM + "/account").headers(Auth.bearer(tokens, Actors.laoOfficer(BSM))).exchange()
        .expectStatus().isOk()
        .expectBody()
        .jsonPath("$.laoNameTh").isEqualTo("เทศบาลเมืองบางศรีเมือง")
        .jsonPath("$.totals.received").isEqualTo(70)
        .jsonPath("$.totals.available").isEqualTo(50)
        .jsonPath("$.totals.reservedForListings").isEqualTo(20)
        .jsonPath("$.balances[0].vintage").isEqualTo(2023)
        .jsonPath("$.blocks.length()").isEqualTo(2)
        .jsonPath("$.blocks[0].blockSerial").isEqualTo("TVER-DLA-WWB-2023-000000001-000000020")
        .jsonPath("$.journal.total").isEqualTo(2)
        .jsonPath("$.journal.items[0].reason").isEqualTo("RESERVATION")
        .jsonPath("$.journal.items[1].reason").isEqualTo("ALLOCATION")
        .jsonPath("$.journal.items[1].direction").isEqualTo("IN");
    http.get().uri("/api/v1/laos/" + BSM + "/account?reason=ALLOCATION").headers(Auth.bearer(tokens, Actors.laoOfficer(BSM))).exchange()
        .expectStatus().isOk().expectBody().jsonPath("$.journal.total").isEqualTo(1);
    http.get().uri("/api/v1/laos/" + BSM + "/account").headers(Auth.bearer(tokens, Actors.provinceOfficer("12"))).exchange()
        .expectStatus().isOk();
    http.get().uri("/api/v1/laos/" + BSM + "/account").headers(admin).exchange().expectStatus().isOk();

    http.get().uri("/api/v1/laos/" + BSM + "/account").headers(Auth.bearer(tokens, Actors.laoOfficer(AO_NANG))).exchange()
        .expectStatus().isForbidden()
        .expectBody().jsonPath("$.type").isEqualTo(ProblemType.FORBIDDEN.uri().toString());
    http.get().uri("/api/v1/laos/" + BSM + "/account").headers(Auth.bearer(tokens, Actors.provinceOfficer("81"))).exchange()
        .expectStatus().isForbidden();
    http.get().uri("/api/v1/laos/" + BSM + "/account").exchange()
        .expectStatus().isUnauthorized()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void theLaoProfileShowsAggregatesOnlyAndBuyersSeeTheirHoldings() {
    post("/api/v1/admin/issuances", issuance("TGO-PUB", 1, 100, List.of(lao(BSM, 100)))).expectStatus().isCreated();
    Account account = ledger.laoAccount(BSM).block();
    UUID buyerId = UUID.randomUUID();
    Holder trade = Holder.trade(UUID.randomUUID());
    ledger.reserve(account.id(), 25, null, trade, "trade").block();
    ledger.transfer(trade, ledger.buyerAccount(buyerId).block().id(), "TGO-TR-9").block();

    http.get().uri("/api/v1/laos/" + BSM + "/credit-summary").exchange()
        .expectStatus().isOk()
        .expectBody()
        .jsonPath("$.received").isEqualTo(100)
        .jsonPath("$.available").isEqualTo(75)
        .jsonPath("$.sold").isEqualTo(25)
        .jsonPath("$.byVintage[0].vintage").isEqualTo(2023)
        .jsonPath("$.blocks").doesNotExist();

    http.get().uri("/api/v1/me/holdings").headers(Auth.bearer(tokens, Actors.buyer(buyerId))).exchange()
        .expectStatus().isOk()
        .expectBody()
        .jsonPath("$.totals.available").isEqualTo(25)
        .jsonPath("$.blocks[0].originLaoCode").isEqualTo(BSM)
        .jsonPath("$.journal.items[0].reason").isEqualTo("TRANSFER")
        .jsonPath("$.journal.items[0].reference").isEqualTo("TGO-TR-9");
    http.get().uri("/api/v1/me/holdings").headers(Auth.bearer(tokens, Actors.laoOfficer(BSM))).exchange().expectStatus().isForbidden();
    http.get().uri("/api/v1/me/holdings").exchange().expectStatus().isUnauthorized();
  }

  @Test
  void anyoneCanTraceASerialFromIssuanceToRetirement() {
    post("/api/v1/admin/issuances", issuance("TGO-SER", 1, 100, List.of(lao(BSM, 100)))).expectStatus().isCreated();
    Account account = ledger.laoAccount(BSM).block();
    Holder listing = Holder.listing(UUID.randomUUID());
    Holder trade = Holder.trade(UUID.randomUUID());
    Account buyer = ledger.buyerAccount(UUID.randomUUID()).block();
    ledger.reserve(account.id(), 50, null, listing, "listing").block();
    ledger.reassign(listing, 10, trade).block();
    ledger.transfer(trade, buyer.id(), "TGO-TR-42").block();
    ledger.retire(buyer.id(), 10, null, "RET-2025-0001").block();

    http.get().uri("/api/v1/serials/TVER-DLA-WWB-2023-000000007").exchange()
        .expectStatus().isOk()
        .expectBody()
        .jsonPath("$.issuance.tgoReference").isEqualTo("TGO-SER")
        .jsonPath("$.originLaoCode").isEqualTo(BSM)
        .jsonPath("$.block.state").isEqualTo("RETIRED")
        .jsonPath("$.block.blockSerial").isEqualTo("TVER-DLA-WWB-2023-000000001-000000010")
        .jsonPath("$.history[*].reason").isEqualTo(List.of("ISSUANCE", "ALLOCATION", "RESERVATION", "REASSIGNMENT", "TRANSFER", "RETIREMENT"))
        .jsonPath("$.history[5].reference").isEqualTo("RET-2025-0001")
        .jsonPath("$.history[4].to.kind").isEqualTo("BUYER");
    http.get().uri("/api/v1/serials/TVER-DLA-WWB-2023-000000077").exchange()
        .expectStatus().isOk().expectBody().jsonPath("$.block.state").isEqualTo("AVAILABLE").jsonPath("$.block.owner.laoCode").isEqualTo(BSM);
    http.get().uri("/api/v1/serials/TVER-DLA-WWB-2024-000000007").exchange().expectStatus().isNotFound();
    http.get().uri("/api/v1/serials/not-a-serial").exchange().expectStatus().isBadRequest();
  }

  @Test
  void binFiguresAreAcceptedOnlyWhileAReportingWindowIsOpen() {
    http.post().uri("/api/v1/laos/" + BSM + "/bin-reports").headers(Auth.bearer(tokens, Actors.laoOfficer(BSM)))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("households", 1250, "bins", 1300)).exchange()
        .expectStatus().isEqualTo(409)
        .expectBody().jsonPath("$.type").isEqualTo(ProblemType.REPORTING_WINDOW_CLOSED.uri().toString());

    LocalDate today = LocalDate.now(WetWasteBins.THAILAND);
    post("/api/v1/admin/reporting-windows", Map.of("title", "ปีงบประมาณ 2568", "periodStart", "2024-10-01", "periodEnd", "2025-09-30",
        "opensOn", today.minusDays(1).toString(), "closesOn", today.plusDays(14).toString()))
        .expectStatus().isCreated().expectBody().jsonPath("$.open").isEqualTo(true);
    post("/api/v1/admin/reporting-windows", Map.of("title", "overlap", "periodStart", "2024-10-01", "periodEnd", "2025-09-30",
        "opensOn", today.toString(), "closesOn", today.plusDays(20).toString()))
        .expectStatus().isEqualTo(409);

    http.post().uri("/api/v1/laos/" + BSM + "/bin-reports").headers(Auth.bearer(tokens, Actors.laoOfficer(BSM)))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("households", 1250, "bins", 1300)).exchange()
        .expectStatus().isCreated()
        .expectBody()
        .jsonPath("$.estimate.factor").isEqualTo(0.0452)
        .jsonPath("$.estimate.tco2ePerYear").isEqualTo(56.5)
        .jsonPath("$.estimate.creditsPerYear").isEqualTo(56)
        .jsonPath("$.estimate.arithmetic").isEqualTo("1,250 households × 0.0452 tCO2e per household per year = 56.5000 tCO2e per year, i.e. 56 whole credits per year")
        .jsonPath("$.estimate.source").value(source -> assertThat((String) source).contains("122,711.5").contains("2,716,651"));
    http.post().uri("/api/v1/laos/" + BSM + "/bin-reports").headers(Auth.bearer(tokens, Actors.laoOfficer(AO_NANG)))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("households", 1, "bins", 1)).exchange()
        .expectStatus().isForbidden();

    http.get().uri("/api/v1/laos/" + BSM + "/bin-reports").headers(Auth.bearer(tokens, Actors.provinceOfficer("12"))).exchange()
        .expectStatus().isOk()
        .expectBody().jsonPath("$.length()").isEqualTo(1).jsonPath("$[0].households").isEqualTo(1250);
    http.get().uri("/api/v1/reporting-windows").exchange().expectStatus().isOk().expectBody().jsonPath("$[0].title").isEqualTo("ปีงบประมาณ 2568");
    http.get().uri("/api/v1/laos/" + BSM + "/credit-summary").exchange()
        .expectStatus().isOk().expectBody().jsonPath("$.latestBinReport.estimate.creditsPerYear").isEqualTo(56);
  }

  @Test
  void issuingNeedsADlaAdministrator() {
    http.post().uri("/api/v1/admin/issuances").headers(Auth.bearer(tokens, Actors.laoOfficer(BSM)))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(issuance("TGO-X", 1, 1, List.of(lao(BSM, 1)))).exchange()
        .expectStatus().isForbidden();
    http.post().uri("/api/v1/admin/issuances")
        .contentType(MediaType.APPLICATION_JSON).bodyValue(issuance("TGO-X", 1, 1, List.of(lao(BSM, 1)))).exchange()
        .expectStatus().isUnauthorized();
    assertThat(count("issuance")).isZero();
  }
}
