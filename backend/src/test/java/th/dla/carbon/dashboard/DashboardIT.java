package th.dla.carbon.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static th.dla.carbon.dashboard.DashboardScenario.at;
import static th.dla.carbon.dashboard.DashboardScenario.find;
import static th.dla.carbon.dashboard.DashboardScenario.money;
import static th.dla.carbon.dashboard.DashboardScenario.number;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import th.dla.carbon.directory.DirectoryImport;
import th.dla.carbon.identity.AccessTokens;
import th.dla.carbon.identity.Actor;
import th.dla.carbon.identity.BuyerStatus;
import th.dla.carbon.identity.Buyers;
import th.dla.carbon.support.Actors;
import th.dla.carbon.support.BuyerFixtures;
import th.dla.carbon.support.DatabaseCleaner;
import th.dla.carbon.support.IntegrationTest;
import th.dla.carbon.support.RegistryFixtures;

/**
 * Issue 6's acceptance: the public dashboards move by exactly what the market did, over HTTP against the real
 * database; the answers are cacheable; the rebuild from the source modules equals the figures kept as events happen.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardIT {

  static final String LAO = RegistryFixtures.NONTHABURI_CITY;
  static final String PROVINCE = "12";

  @Autowired WebTestClient http;
  @Autowired AccessTokens tokens;
  @Autowired DirectoryImport directoryImport;
  @Autowired DatabaseClient db;
  @Autowired Buyers buyers;
  DashboardScenario market;

  @BeforeAll
  void directoryAndAnOpenMarket() {
    RegistryFixtures.loadDemoLaos(directoryImport);
    DatabaseCleaner.resetMarketControls(db);
    market = new DashboardScenario(http, tokens, db);
    // whatever earlier test classes did to the source tables, the figures start equal to them
    market.rebuild();
  }

  @Test
  @SuppressWarnings("unchecked")
  void theFullMarketJourneyMovesNationalAndProvincialFiguresByExactlyTheTradedAndRetiredQuantities() {
    Map<String, Object> national0 = market.national();
    Map<String, Object> province0 = market.province(PROVINCE);
    String month = YearMonth.now(ZoneId.of("Asia/Bangkok")).toString();

    Map<String, Object> lao0 = market.get("/api/v1/dashboards/laos/{code}", LAO);
    market.issue(LAO, 2021, 120);
    UUID listing = market.openListing(LAO, 50, "250.00", 2021);
    Actor buyer = BuyerFixtures.buyerOf(buyers, BuyerStatus.VERIFIED).block();
    UUID trade = market.buy(buyer, listing, 30, "250.00");

    Map<String, Object> afterTrade = market.national();
    assertThat(number(afterTrade, "totals", "sold") - number(national0, "totals", "sold")).isEqualTo(30);
    assertThat(money(afterTrade, "revenue")).as("no revenue before the LAO confirms the payment").isEqualByComparingTo(money(national0, "revenue"));

    market.pay(buyer, trade);
    market.confirm(LAO, trade);
    market.transfer(LAO, trade);
    String certificate = market.retire(buyer, 12);

    Map<String, Object> national1 = market.national();
    Map<String, Object> province1 = market.province(PROVINCE);
    for (Map<String, Object>[] pair : List.of(new Map[] {national0, national1}, new Map[] {province0, province1})) {
      assertThat(number(pair[1], "totals", "issued") - number(pair[0], "totals", "issued")).isEqualTo(120);
      assertThat(number(pair[1], "totals", "allocated") - number(pair[0], "totals", "allocated")).isEqualTo(120);
      assertThat(number(pair[1], "totals", "listed") - number(pair[0], "totals", "listed")).isEqualTo(20);
      assertThat(number(pair[1], "totals", "sold") - number(pair[0], "totals", "sold")).isEqualTo(30);
      assertThat(number(pair[1], "totals", "retired") - number(pair[0], "totals", "retired")).isEqualTo(12);
      assertThat(number(pair[1], "totals", "available") - number(pair[0], "totals", "available")).isEqualTo(70);
      assertThat(money(pair[1], "revenue").subtract(money(pair[0], "revenue"))).isEqualByComparingTo("7500.00");
      Map<String, Object> month0 = find(pair[0], "monthly", "month", month);
      Map<String, Object> month1 = find(pair[1], "monthly", "month", month);
      assertThat(number(month1, "volume") - number(month0, "volume")).isEqualTo(30);
      assertThat(money(month1, "value").subtract(money(month0, "value"))).isEqualByComparingTo("7500.00");
      assertThat(number(month1, "retired") - number(month0, "retired")).isEqualTo(12);
      Map<String, Object> price = find(pair[1], "prices", "vintage", 2021);
      assertThat(money(price, "lastPrice")).isEqualByComparingTo("250.00");
      assertThat(number(price, "volume") - volume(pair[0], 2021)).isEqualTo(30);
    }
    assertThat((List<?>) national1.get("monthly")).hasSize(24);
    assertThat((List<?>) national1.get("provinces")).hasSize(77);
    Map<String, Object> nonthaburi0 = find(national0, "provinces", "code", PROVINCE);
    Map<String, Object> nonthaburi1 = find(national1, "provinces", "code", PROVINCE);
    assertThat(number(nonthaburi1, "sold") - number(nonthaburi0, "sold")).isEqualTo(30);
    assertThat(number(nonthaburi1, "retired") - number(nonthaburi0, "retired")).isEqualTo(12);
    assertThat(money(nonthaburi1, "revenue").subtract(money(nonthaburi0, "revenue"))).isEqualByComparingTo("7500.00");
    assertThat(number(nonthaburi1, "laosSelling")).isGreaterThanOrEqualTo(1);

    // the province's LAO table, its retirement list (the buyer's address is in Nonthaburi) and the LAO profile
    Map<String, Object> laoRow = find(province1, "laoRows", "code", LAO);
    assertThat(number(laoRow, "sold")).isGreaterThanOrEqualTo(30);
    Map<String, Object> retirement = find(province1, "retirements", "certificateNo", certificate);
    assertThat(number(retirement, "quantity")).isEqualTo(12);
    Map<String, Object> lao = market.get("/api/v1/dashboards/laos/{code}", LAO);
    Map<String, Object> vintage = find(lao, "creditsByVintage", "vintage", 2021);
    Map<String, Object> vintage0 = ((List<Map<String, Object>>) lao0.get("creditsByVintage")).stream()
        .filter(v -> Integer.valueOf(2021).equals(v.get("vintage"))).findFirst()
        .orElse(Map.of("allocated", 0, "available", 0, "listed", 0, "sold", 0, "retired", 0));
    assertThat(number(vintage, "allocated") - number(vintage0, "allocated")).isEqualTo(120);
    assertThat(number(vintage, "available") - number(vintage0, "available")).isEqualTo(70);
    assertThat(number(vintage, "listed") - number(vintage0, "listed")).isEqualTo(20);
    assertThat(number(vintage, "sold") - number(vintage0, "sold")).isEqualTo(30);
    assertThat(number(vintage, "retired") - number(vintage0, "retired")).isEqualTo(12);
    Map<String, Object> sale = find(lao, "sales", "vintage", 2021);
    assertThat(number(sale, "quantity")).isEqualTo(30);
    assertThat(money(sale, "total")).isEqualByComparingTo("7500.00");
    assertThat(lao.toString()).doesNotContain(buyer.buyerId().toString());
    assertThat(find(lao, "listings", "id", listing.toString())).containsEntry("remaining", 20);

    // no credit created or lost
    http.get().uri("/api/v1/admin/ledger/verify").headers(market.admin()).exchange().expectStatus().isOk().expectBody()
        .jsonPath("$.ok").isEqualTo(true);
    http.get().uri("/api/v1/audit/verify").exchange().expectStatus().isOk().expectBody().jsonPath("$.ok").isEqualTo(true);
  }

  @Test
  void aCancelledTradeIsUndoneAndTheRebuildEqualsTheIncrementalFigures() {
    market.issue(RegistryFixtures.KRABI_TOWN, 2022, 80);
    UUID listing = market.openListing(RegistryFixtures.KRABI_TOWN, 60, "231.50", null);
    Actor buyer = BuyerFixtures.buyerOf(buyers, BuyerStatus.VERIFIED).block();
    Map<String, Object> before = market.province("81");
    UUID trade = market.buy(buyer, listing, 25, "231.50");
    market.cancel(buyer, trade);
    Map<String, Object> after = market.province("81");
    assertThat(number(after, "totals", "sold")).isEqualTo(number(before, "totals", "sold"));
    assertThat(number(after, "totals", "listed")).isEqualTo(number(before, "totals", "listed"));
    UUID kept = market.buy(buyer, listing, 10, "231.50");
    market.pay(buyer, kept);
    market.confirm(RegistryFixtures.KRABI_TOWN, kept);
    market.withdraw(RegistryFixtures.KRABI_TOWN, listing);

    List<String> incremental = market.tables();
    Map<String, Object> rebuilt = market.rebuild();
    assertThat(number(rebuilt, "laos")).isGreaterThanOrEqualTo(1);
    assertThat(market.tables()).containsExactlyElementsOf(incremental);
  }

  @SuppressWarnings("unchecked")
  static long volume(Map<String, Object> body, int vintage) {
    return ((List<Map<String, Object>>) body.get("prices")).stream().filter(p -> Integer.valueOf(vintage).equals(p.get("vintage")))
        .mapToLong(p -> number(p, "volume")).sum();
  }

  @Test
  void answersCarryAnEtagAndAreCachedPubliclyForThirtySeconds() {
    for (String uri : List.of("/api/v1/dashboards/national", "/api/v1/dashboards/provinces/" + PROVINCE, "/api/v1/dashboards/laos/" + LAO)) {
      HttpHeaders headers = http.get().uri(uri).exchange().expectStatus().isOk()
          .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "max-age=30, public")
          .expectBody().returnResult().getResponseHeaders();
      String etag = headers.getETag();
      assertThat(etag).as(uri).matches("\"[0-9a-f]{32}\"");
      http.get().uri(uri).header(HttpHeaders.IF_NONE_MATCH, etag).exchange().expectStatus().isNotModified()
          .expectHeader().valueEquals(HttpHeaders.ETAG, etag).expectBody().isEmpty();
      http.get().uri(uri).header(HttpHeaders.IF_NONE_MATCH, "\"other\"").exchange().expectStatus().isOk();
    }
  }

  @Test
  void unknownProvincesAndLaosAre404Problems() {
    http.get().uri("/api/v1/dashboards/provinces/99").exchange().expectStatus().isNotFound()
        .expectBody().jsonPath("$.type").isEqualTo(th.dla.carbon.platform.web.ProblemType.NOT_FOUND.uri().toString());
    http.get().uri("/api/v1/dashboards/laos/9999999").exchange().expectStatus().isNotFound();
  }

  @Test
  void onlyDlaAdministratorsRebuild() {
    http.post().uri("/api/v1/admin/dashboards/rebuild").exchange().expectStatus().isUnauthorized();
    http.post().uri("/api/v1/admin/dashboards/rebuild").headers(market.as(Actors.laoOfficer(LAO))).exchange().expectStatus().isForbidden();
  }
}
