package th.dla.carbon.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import th.dla.carbon.audit.AuditLog;
import th.dla.carbon.directory.DirectoryImport;
import th.dla.carbon.identity.AccessTokens;
import th.dla.carbon.identity.Actor;
import th.dla.carbon.market.internal.MarketScheduler;
import th.dla.carbon.platform.web.ProblemType;
import th.dla.carbon.registry.Holder;
import th.dla.carbon.registry.Issuances;
import th.dla.carbon.registry.Ledger;
import th.dla.carbon.support.Actors;
import th.dla.carbon.support.DatabaseCleaner;
import th.dla.carbon.support.IntegrationTest;
import th.dla.carbon.support.RegistryFixtures;

/** Negotiation (accept, reject, counter, accept-counter, expiry), credits of a cancelled trade, and the DLA's market controls. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NegotiationAndControlsIT {

  static final String LAO = RegistryFixtures.BANG_SRI_MUEANG;

  @Autowired WebTestClient http;
  @Autowired AccessTokens tokens;
  @Autowired th.dla.carbon.identity.Buyers buyers;
  @Autowired Ledger ledger;
  @Autowired AuditLog audit;
  @Autowired Issuances issuances;
  @Autowired DirectoryImport directoryImport;
  @Autowired DatabaseClient db;
  @Autowired MarketScheduler scheduler;

  MarketScenario market;

  @BeforeAll
  void directory() {
    RegistryFixtures.loadDemoLaos(directoryImport);
  }

  @BeforeEach
  void fresh() {
    DatabaseCleaner.clearMarket(db);
    DatabaseCleaner.clearRegistry(db);
    RegistryFixtures.issue(issuances, 2024, List.of(LAO), List.of(300L));
    market = new MarketScenario(http, tokens, buyers, LAO);
  }

  @AfterEach
  void ledgerAndAuditCheckOut() {
    DatabaseCleaner.resetMarketControls(db);
    MarketScenario.assertConsistent(ledger, audit);
  }

  private BidView bidAction(String action, BidView bid, Actor actor, int status) {
    WebTestClient.ResponseSpec response = http.post().uri("/api/v1/bids/{id}/" + action, bid.id()).headers(market.as(actor)).exchange()
        .expectStatus().isEqualTo(status);
    if (status >= 400) {
      response.expectHeader().contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON);
      return null;
    }
    return response.expectBody(BidView.class).returnResult().getResponseBody();
  }

  private ListingView negotiable(long quantity) {
    return market.open(MarketScenario.listing(LAO, "NEGOTIABLE", quantity, "250.00", 5));
  }

  @Test
  void theLaoAcceptsOneBidRejectsAnotherAndCountersAThirdWhichTheBuyerAccepts() {
    ListingView listing = negotiable(100);
    Actor a = market.verifiedBuyer(), b = market.verifiedBuyer(), c = market.verifiedBuyer();
    BidView low = market.bidOk(a, listing.id(), 40, "180.00");
    BidView mid = market.bidOk(b, listing.id(), 30, "230.00");
    BidView third = market.bidOk(c, listing.id(), 20, "200.00");
    assertThat(low.state()).isEqualTo(BidState.OPEN);
    assertThat(low.expiresAt()).isNotNull();

    // only the LAO's officers answer; a buyer cannot accept its own bid
    http.post().uri("/api/v1/bids/{id}/accept", mid.id()).headers(market.as(b)).exchange().expectStatus().isForbidden();
    http.post().uri("/api/v1/bids/{id}/accept", mid.id()).headers(market.as(Actors.laoOfficer(RegistryFixtures.AO_NANG))).exchange()
        .expectStatus().isForbidden();

    BidView accepted = bidAction("accept", mid, market.checker, 200);
    assertThat(accepted.state()).isEqualTo(BidState.FILLED);
    assertThat(accepted.tradePrice()).isEqualByComparingTo("230.00");
    assertThat(ledger.reservedFor(Holder.trade(accepted.tradeId())).block()).isEqualTo(30);
    bidAction("accept", mid, market.checker, 409);

    assertThat(bidAction("reject", low, market.maker, 200).state()).isEqualTo(BidState.REJECTED);

    BidView countered = http.post().uri("/api/v1/bids/{id}/counter", third.id()).headers(market.as(market.maker))
        .bodyValue(Map.of("unitPrice", "240.00")).exchange().expectStatus().isOk().expectBody(BidView.class).returnResult().getResponseBody();
    assertThat(countered.state()).isEqualTo(BidState.COUNTERED);
    assertThat(countered.counterPrice()).isEqualByComparingTo("240.00");
    bidAction("accept-counter", third, a, 403); // not their bid
    BidView deal = bidAction("accept-counter", third, c, 200);
    assertThat(deal.state()).isEqualTo(BidState.FILLED);
    assertThat(deal.tradePrice()).isEqualByComparingTo("240.00");

    ListingView after = market.get(listing.id());
    assertThat(after.remaining()).isEqualTo(50);
    assertThat(ledger.reservedFor(Holder.listing(listing.id())).block()).isEqualTo(50);
  }

  @Test
  void aBuyerWithdrawsAWaitingBidAndBidsExpireAfterTheirTime() {
    ListingView listing = negotiable(100);
    Actor buyer = market.verifiedBuyer();
    BidView first = market.bidOk(buyer, listing.id(), 10, "200");
    BidView second = market.bidOk(buyer, listing.id(), 10, "210");
    market.bid(buyer, listing.id(), 101, "210").expectStatus().isEqualTo(409);

    assertThat(bidAction("withdraw", first, buyer, 200).state()).isEqualTo(BidState.WITHDRAWN);
    bidAction("withdraw", first, buyer, 409);

    db.sql("UPDATE market.bid SET expires_at = now() - interval '1 second' WHERE id = :id").bind("id", second.id()).then().block();
    scheduler.runOnce().block(Duration.ofSeconds(30));
    http.get().uri("/api/v1/me/bids").headers(market.as(buyer)).exchange().expectStatus().isOk()
        .expectBody().jsonPath("$.items[?(@.id == '" + second.id() + "')].state").isEqualTo("EXPIRED");
    assertThat(market.get(listing.id()).bestPrice()).isNull();
  }

  @Test
  void aListingPastItsEndExpiresReleasingWhatIsUnsoldAndEndingItsWaitingBids() {
    java.util.Map<String, Object> body = MarketScenario.listing(LAO, "NEGOTIABLE", 80, "250.00", 5);
    body.put("endsAt", java.time.Instant.now().plus(1, java.time.temporal.ChronoUnit.HOURS).toString());
    ListingView listing = market.open(body);
    Actor buyer = market.verifiedBuyer();
    BidView sold = market.bidOk(buyer, listing.id(), 30, "250.00");
    bidAction("accept", sold, market.checker, 200);
    BidView waiting = market.bidOk(buyer, listing.id(), 10, "240.00");

    db.sql("UPDATE market.listing SET ends_at = now() - interval '1 second' WHERE id = :id").bind("id", listing.id()).then().block();
    scheduler.runOnce().block(Duration.ofSeconds(30));

    ListingView expired = market.get(listing.id());
    assertThat(expired.state()).isEqualTo(ListingState.EXPIRED);
    assertThat(expired.closedAt()).isNotNull();
    assertThat(ledger.reservedFor(Holder.listing(listing.id())).block()).isZero();
    http.get().uri("/api/v1/me/bids").headers(market.as(buyer)).exchange().expectStatus().isOk()
        .expectBody().jsonPath("$.items[?(@.id == '" + waiting.id() + "')].state").isEqualTo("EXPIRED");
    market.bid(buyer, listing.id(), 5, "300").expectStatus().isEqualTo(409);
  }

  @Test
  void aCancelledTradesCreditsReturnToTheOpenListing() {
    ListingView listing = market.open(market.fixedPrice(50, "100.00"));
    Actor buyer = market.verifiedBuyer();
    BidView bid = market.bidOk(buyer, listing.id(), 20, "100.00");
    assertThat(market.get(listing.id()).remaining()).isEqualTo(30);

    http.post().uri("/api/v1/trades/{id}/cancel", bid.tradeId()).headers(market.as(buyer)).bodyValue(Map.of("reason", "changed our plans"))
        .exchange().expectStatus().isOk();

    assertThat(market.get(listing.id()).remaining()).isEqualTo(50);
    assertThat(ledger.reservedFor(Holder.listing(listing.id())).block()).isEqualTo(50);
    assertThat(ledger.reservedFor(Holder.trade(bid.tradeId())).block()).isZero();
  }

  @Test
  void aFrozenMarketRefusesListingAndBidWritesButStillAnswersReads() {
    ListingView listing = market.open(market.fixedPrice(50, "100.00"));
    Actor admin = Actors.admin();

    http.post().uri("/api/v1/admin/market/freeze").headers(market.as(market.maker)).exchange().expectStatus().isForbidden();
    http.post().uri("/api/v1/admin/market/freeze").headers(market.as(admin)).bodyValue(Map.of("reason", "ตรวจสอบระบบ")).exchange()
        .expectStatus().isOk().expectBody().jsonPath("$.frozen").isEqualTo(true).jsonPath("$.reason").isEqualTo("ตรวจสอบระบบ");

    market.bid(market.verifiedBuyer(), listing.id(), 1, "100").expectStatus().isEqualTo(423)
        .expectBody().jsonPath("$.type").isEqualTo(ProblemType.MARKET_FROZEN.uri().toString());
    http.post().uri("/api/v1/listings").headers(market.as(market.maker)).bodyValue(market.fixedPrice(1, "100")).exchange()
        .expectStatus().isEqualTo(423);
    http.post().uri("/api/v1/listings/{id}/withdraw", listing.id()).headers(market.as(market.maker)).exchange().expectStatus().isEqualTo(423);
    http.get().uri("/api/v1/listings/{id}", listing.id()).exchange().expectStatus().isOk();
    http.get().uri("/api/v1/listings").exchange().expectStatus().isOk().expectBody().jsonPath("$.total").isEqualTo(1);

    http.post().uri("/api/v1/admin/market/unfreeze").headers(market.as(admin)).exchange()
        .expectStatus().isOk().expectBody().jsonPath("$.frozen").isEqualTo(false);
    market.bidOk(market.verifiedBuyer(), listing.id(), 1, "100");
    assertThat(db.sql("SELECT count(*) AS n FROM audit.event WHERE stream = 'market:controls'").map(r -> r.get("n", Long.class)).one().block())
        .isGreaterThanOrEqualTo(2);
  }

  @Test
  void aPriceFloorStopsApprovalsAndSalesBelowIt() {
    Actor admin = Actors.admin();
    ListingView cheap = market.draft(market.fixedPrice(10, "90.00"));
    market.post("/api/v1/listings/" + cheap.id() + "/submit", market.maker);
    http.put().uri("/api/v1/admin/market/price-floors/{code}", RegistryFixtures.PROJECT).headers(market.as(admin))
        .bodyValue(Map.of("minUnitPrice", "100.00")).exchange()
        .expectStatus().isOk().expectBody().jsonPath("$.priceFloors['DLA-WWB']").isEqualTo(100.00);

    http.post().uri("/api/v1/listings/{id}/approve", cheap.id()).headers(market.as(market.checker)).exchange()
        .expectStatus().isEqualTo(409).expectBody().jsonPath("$.type").isEqualTo(ProblemType.PRICE_BELOW_FLOOR.uri().toString());
    ListingView fair = market.open(market.fixedPrice(10, "120.00"));
    market.bidOk(market.verifiedBuyer(), fair.id(), 1, "120");

    http.delete().uri("/api/v1/admin/market/price-floors/{code}", RegistryFixtures.PROJECT).headers(market.as(admin)).exchange()
        .expectStatus().isOk().expectBody().jsonPath("$.priceFloors['DLA-WWB']").doesNotExist();
    market.post("/api/v1/listings/" + cheap.id() + "/approve", market.checker);
  }
}
