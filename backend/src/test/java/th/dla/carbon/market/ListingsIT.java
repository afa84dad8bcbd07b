package th.dla.carbon.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import th.dla.carbon.platform.web.ProblemType;
import th.dla.carbon.registry.Balance;
import th.dla.carbon.registry.Holder;
import th.dla.carbon.registry.Issuances;
import th.dla.carbon.registry.Ledger;
import th.dla.carbon.support.Actors;
import th.dla.carbon.support.DatabaseCleaner;
import th.dla.carbon.support.IntegrationTest;
import th.dla.carbon.support.RegistryFixtures;

/** Listings and fixed-price bids through HTTP with real tokens; the ledger and the audit chain check out after each. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListingsIT {

  static final String LAO = RegistryFixtures.BANG_SRI_MUEANG;

  @Autowired WebTestClient http;
  @Autowired AccessTokens tokens;
  @Autowired th.dla.carbon.identity.Buyers buyers;
  @Autowired Ledger ledger;
  @Autowired AuditLog audit;
  @Autowired Issuances issuances;
  @Autowired DirectoryImport directoryImport;
  @Autowired DatabaseClient db;

  MarketScenario market;

  @BeforeAll
  void directory() {
    RegistryFixtures.loadDemoLaos(directoryImport);
  }

  @BeforeEach
  void fresh() {
    DatabaseCleaner.clearMarket(db);
    DatabaseCleaner.clearRegistry(db);
    RegistryFixtures.issue(issuances, 2024, List.of(LAO, RegistryFixtures.AO_NANG), List.of(500L, 100L));
    market = new MarketScenario(http, tokens, buyers, LAO);
  }

  @AfterEach
  void ledgerAndAuditCheckOut() {
    MarketScenario.assertConsistent(ledger, audit);
  }

  private long available() {
    return ledger.balances(ledger.laoAccount(LAO).block().id()).map(Balance::available).reduce(0L, Long::sum).block();
  }

  @Test
  void makerDraftsCheckerApprovesAndTheCreditsAreReservedForTheListing() {
    ListingView draft = market.draft(market.fixedPrice(100, "260.00"));
    assertThat(draft.state()).isEqualTo(ListingState.DRAFT);
    assertThat(draft.laoNameTh()).contains("บางศรีเมือง");
    assertThat(draft.provinceCode()).isEqualTo("12");

    ListingView submitted = market.post("/api/v1/listings/" + draft.id() + "/submit", market.maker);
    assertThat(submitted.state()).isEqualTo(ListingState.PENDING_APPROVAL);

    http.post().uri("/api/v1/listings/{id}/approve", draft.id()).headers(market.as(market.maker)).exchange()
        .expectStatus().isForbidden()
        .expectBody().jsonPath("$.type").isEqualTo(ProblemType.MAKER_CANNOT_APPROVE.uri().toString());
    http.post().uri("/api/v1/listings/{id}/approve", draft.id()).headers(market.as(Actors.laoOfficer(RegistryFixtures.AO_NANG))).exchange()
        .expectStatus().isForbidden(); // another LAO's officer: refused (its public read stays 404 until it is open)
    assertThat(available()).isEqualTo(500);

    ListingView open = market.post("/api/v1/listings/" + draft.id() + "/approve", market.checker);
    assertThat(open.state()).isEqualTo(ListingState.OPEN);
    assertThat(open.projectCodes()).containsExactly(RegistryFixtures.PROJECT);
    assertThat(ledger.reservedFor(Holder.listing(open.id())).block()).isEqualTo(100);
    assertThat(available()).isEqualTo(400);

    http.get().uri("/api/v1/listings?lao=" + LAO).exchange().expectStatus().isOk()
        .expectBody().jsonPath("$.total").isEqualTo(1).jsonPath("$.items[0].id").isEqualTo(open.id().toString());
  }

  @Test
  void aDraftWithBadFieldsIsRefusedFieldByField() {
    Map<String, Object> body = MarketScenario.listing(LAO, "AUCTION", 0, "10.005", 5);
    http.post().uri("/api/v1/listings").headers(market.as(market.maker)).bodyValue(body).exchange()
        .expectStatus().isBadRequest()
        .expectBody()
        .jsonPath("$.type").isEqualTo(ProblemType.VALIDATION_FAILED.uri().toString())
        .jsonPath("$.errors[?(@.field == 'quantity')]").exists()
        .jsonPath("$.errors[?(@.field == 'unitPrice')]").exists()
        .jsonPath("$.errors[?(@.field == 'endsAt')]").exists()
        .jsonPath("$.errors[?(@.field == 'reservePrice')]").exists()
        .jsonPath("$.errors[?(@.field == 'minIncrement')]").exists();
    Map<String, Object> lotTooBig = market.fixedPrice(10, "100");
    lotTooBig.put("minLot", 11);
    http.post().uri("/api/v1/listings").headers(market.as(market.maker)).bodyValue(lotTooBig).exchange()
        .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("minLot");
    Map<String, Object> past = market.auction(10, "100", "5", 1, Instant.now().minus(1, ChronoUnit.HOURS));
    http.post().uri("/api/v1/listings").headers(market.as(market.maker)).bodyValue(past).exchange()
        .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("endsAt");
  }

  @Test
  void onlyOfficersOfTheLaoDraftItsListings() {
    http.post().uri("/api/v1/listings").headers(market.as(Actors.laoOfficer(RegistryFixtures.AO_NANG)))
        .bodyValue(market.fixedPrice(10, "100")).exchange().expectStatus().isForbidden();
    http.post().uri("/api/v1/listings").headers(market.as(market.verifiedBuyer()))
        .bodyValue(market.fixedPrice(10, "100")).exchange().expectStatus().isForbidden();
    http.post().uri("/api/v1/listings").bodyValue(market.fixedPrice(10, "100")).exchange().expectStatus().isUnauthorized();
  }

  @Test
  void approvalWithTooFewCreditsIsRefusedAndTheListingWaits() {
    ListingView draft = market.draft(market.fixedPrice(501, "100"));
    market.post("/api/v1/listings/" + draft.id() + "/submit", market.maker);
    http.post().uri("/api/v1/listings/{id}/approve", draft.id()).headers(market.as(market.checker)).exchange()
        .expectStatus().isEqualTo(409)
        .expectBody().jsonPath("$.type").isEqualTo(ProblemType.INSUFFICIENT_CREDITS.uri().toString());
    assertThat(market.get(draft.id()).state()).isEqualTo(ListingState.PENDING_APPROVAL);
    assertThat(available()).isEqualTo(500);
  }

  @Test
  void aFixedPriceBidFillsAtOnceThenThePartialLastOneSellsOut() {
    ListingView listing = market.open(market.fixedPrice(100, "250.00"));
    Actor first = market.verifiedBuyer();
    Actor second = market.verifiedBuyer();

    market.bid(first, listing.id(), 10, "249.99").expectStatus().isEqualTo(409)
        .expectBody().jsonPath("$.type").isEqualTo(ProblemType.BID_REFUSED.uri().toString());

    BidView filled = market.bidOk(first, listing.id(), 30, "260.00");
    assertThat(filled.state()).isEqualTo(BidState.FILLED);
    assertThat(filled.filledQuantity()).isEqualTo(30);
    assertThat(filled.tradePrice()).isEqualByComparingTo("250.00");
    assertThat(filled.tradeId()).isNotNull();
    assertThat(ledger.reservedFor(Holder.trade(filled.tradeId())).block()).isEqualTo(30);
    assertThat(market.get(listing.id()).remaining()).isEqualTo(70);

    BidView partial = market.bidOk(second, listing.id(), 80, "250");
    assertThat(partial.state()).isEqualTo(BidState.PARTIALLY_FILLED);
    assertThat(partial.filledQuantity()).isEqualTo(70);
    ListingView soldOut = market.get(listing.id());
    assertThat(soldOut.state()).isEqualTo(ListingState.SOLD_OUT);
    assertThat(soldOut.remaining()).isZero();
    assertThat(ledger.reservedFor(Holder.listing(listing.id())).block()).isZero();

    market.bid(first, listing.id(), 1, "250").expectStatus().isEqualTo(409)
        .expectBody().jsonPath("$.type").isEqualTo(ProblemType.LISTING_SOLD_OUT.uri().toString());

    // the public sees numbered bidders, never who they are
    http.get().uri("/api/v1/listings/{id}/bids", listing.id()).exchange().expectStatus().isOk()
        .expectBody()
        .jsonPath("$.length()").isEqualTo(2)
        .jsonPath("$[0].bidder").isEqualTo("ผู้ซื้อ #2")
        .jsonPath("$[1].bidder").isEqualTo("ผู้ซื้อ #1")
        .jsonPath("$[0].buyerId").doesNotExist();
    http.get().uri("/api/v1/me/bids").headers(market.as(second)).exchange().expectStatus().isOk()
        .expectBody().jsonPath("$.total").isEqualTo(1).jsonPath("$.items[0].id").isEqualTo(partial.id().toString());
  }

  @Test
  void theSameIdempotencyKeyGivesTheFirstAnswerAgainAndRefusesAnotherBody() {
    ListingView listing = market.open(market.fixedPrice(100, "100"));
    Actor buyer = market.verifiedBuyer();
    String key = UUID.randomUUID().toString();

    BidView first = http.post().uri("/api/v1/listings/{id}/bids", listing.id()).headers(market.as(buyer)).header("Idempotency-Key", key)
        .bodyValue(Map.of("quantity", 5, "unitPrice", 100)).exchange()
        .expectStatus().isCreated().expectHeader().valueEquals("Idempotent-Replayed", "false")
        .expectBody(BidView.class).returnResult().getResponseBody();
    BidView again = http.post().uri("/api/v1/listings/{id}/bids", listing.id()).headers(market.as(buyer)).header("Idempotency-Key", key)
        .bodyValue(Map.of("quantity", 5, "unitPrice", "100.00")).exchange()
        .expectStatus().isCreated().expectHeader().valueEquals("Idempotent-Replayed", "true")
        .expectBody(BidView.class).returnResult().getResponseBody();
    assertThat(again).isEqualTo(first);
    assertThat(market.get(listing.id()).remaining()).isEqualTo(95);

    http.post().uri("/api/v1/listings/{id}/bids", listing.id()).headers(market.as(buyer)).header("Idempotency-Key", key)
        .bodyValue(Map.of("quantity", 6, "unitPrice", 100)).exchange()
        .expectStatus().isEqualTo(422)
        .expectBody().jsonPath("$.type").isEqualTo(ProblemType.IDEMPOTENCY_KEY_REUSED.uri().toString());
    // keys are per buyer organisation: another buyer may use the same key
    market.http.post().uri("/api/v1/listings/{id}/bids", listing.id()).headers(market.as(market.verifiedBuyer())).header("Idempotency-Key", key)
        .bodyValue(Map.of("quantity", 6, "unitPrice", 100)).exchange().expectStatus().isCreated();
    assertThat(market.get(listing.id()).remaining()).isEqualTo(89);
  }

  @Test
  void onlyBuyersOfVerifiedOrganisationsBid() {
    ListingView listing = market.open(market.fixedPrice(10, "100"));
    market.bid(market.checker, listing.id(), 1, "100").expectStatus().isForbidden();
    market.bid(market.buyerOf(th.dla.carbon.identity.BuyerStatus.PENDING).block(), listing.id(), 1, "100").expectStatus().isForbidden()
        .expectBody().jsonPath("$.type").isEqualTo(ProblemType.BUYER_NOT_VERIFIED.uri().toString());
    market.bid(Actors.buyer(UUID.randomUUID()), listing.id(), 1, "100").expectStatus().isForbidden(); // no such organisation
    market.bid(Actors.admin(), listing.id(), 1, "100").expectStatus().isForbidden();
    http.post().uri("/api/v1/listings/{id}/bids", listing.id()).bodyValue(Map.of("quantity", 1, "unitPrice", 100)).exchange()
        .expectStatus().isUnauthorized();
  }

  @Test
  void withdrawalReleasesTheUnsoldPartOnly() {
    ListingView listing = market.open(market.fixedPrice(100, "100"));
    BidView bid = market.bidOk(market.verifiedBuyer(), listing.id(), 40, "100");

    ListingView withdrawn = market.post("/api/v1/listings/" + listing.id() + "/withdraw", market.checker);

    assertThat(withdrawn.state()).isEqualTo(ListingState.WITHDRAWN);
    assertThat(ledger.reservedFor(Holder.listing(listing.id())).block()).isZero();
    assertThat(ledger.reservedFor(Holder.trade(bid.tradeId())).block()).isEqualTo(40);
    assertThat(available()).isEqualTo(460);
    market.bid(market.verifiedBuyer(), listing.id(), 1, "100").expectStatus().isEqualTo(409)
        .expectBody().jsonPath("$.type").isEqualTo(ProblemType.LISTING_NOT_OPEN.uri().toString());
    http.post().uri("/api/v1/listings/{id}/withdraw", listing.id()).headers(market.as(market.maker)).exchange()
        .expectStatus().isEqualTo(409).expectBody().jsonPath("$.type").isEqualTo(ProblemType.INVALID_STATE.uri().toString());
  }

  @Test
  void theLaoSeesAllItsListingsTheCatalogueOnlyPublicOnes() {
    ListingView open = market.open(market.fixedPrice(10, "300"));
    ListingView draft = market.draft(market.fixedPrice(10, "100"));

    http.get().uri("/api/v1/laos/{code}/listings", LAO).headers(market.as(market.maker)).exchange().expectStatus().isOk()
        .expectBody().jsonPath("$.total").isEqualTo(2);
    http.get().uri("/api/v1/laos/{code}/listings", LAO).headers(market.as(Actors.laoOfficer(RegistryFixtures.AO_NANG))).exchange()
        .expectStatus().isForbidden();
    http.get().uri("/api/v1/listings").exchange().expectStatus().isOk()
        .expectBody().jsonPath("$.total").isEqualTo(1).jsonPath("$.items[0].id").isEqualTo(open.id().toString());
    http.get().uri("/api/v1/listings/{id}", draft.id()).exchange().expectStatus().isNotFound();
    http.get().uri("/api/v1/listings?province=12&mode=FIXED_PRICE&minPrice=250&maxPrice=300&sort=price_asc").exchange()
        .expectStatus().isOk().expectBody().jsonPath("$.total").isEqualTo(1);
    http.get().uri("/api/v1/listings?province=81").exchange().expectStatus().isOk().expectBody().jsonPath("$.total").isEqualTo(0);
    http.get().uri("/api/v1/listings?sort=cheapest").exchange().expectStatus().isBadRequest();
  }
}
