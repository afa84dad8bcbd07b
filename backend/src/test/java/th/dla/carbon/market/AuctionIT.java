package th.dla.carbon.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
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
import th.dla.carbon.registry.Balance;
import th.dla.carbon.registry.Holder;
import th.dla.carbon.registry.Issuances;
import th.dla.carbon.registry.Ledger;
import th.dla.carbon.support.DatabaseCleaner;
import th.dla.carbon.support.IntegrationTest;
import th.dla.carbon.support.RegistryFixtures;

/** Auctions through HTTP: reserve, increment, anti-sniping, and the close to the allocation computed by hand. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuctionIT {

  static final String LAO = RegistryFixtures.AO_NANG;

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
    RegistryFixtures.issue(issuances, 2024, List.of(LAO), List.of(150L));
    market = new MarketScenario(http, tokens, buyers, LAO);
  }

  @AfterEach
  void ledgerAndAuditCheckOut() {
    MarketScenario.assertConsistent(ledger, audit);
  }

  /** Time passes: the auction's end is moved into the past, as the clock would. */
  private void endNow(UUID listingId) {
    db.sql("UPDATE market.listing SET ends_at = now() - interval '1 second' WHERE id = :id").bind("id", listingId).then().block();
  }

  static Map<UUID, BidView> byId(List<BidView> bids) {
    return bids.stream().collect(Collectors.toMap(BidView::id, Function.identity()));
  }

  @Test
  void bidsAtSeveralPricesCloseToTheAllocationComputedByHand() {
    ListingView auction = market.open(market.auction(100, "200.00", "5.00", 10, Instant.now().plus(1, ChronoUnit.HOURS)));
    Actor a = market.verifiedBuyer(), b = market.verifiedBuyer(), c = market.verifiedBuyer(), d = market.verifiedBuyer();

    market.bid(a, auction.id(), 40, "199.99").expectStatus().isEqualTo(409)
        .expectBody().jsonPath("$.type").isEqualTo(ProblemType.BID_REFUSED.uri().toString()); // below the reserve
    BidView bidA = market.bidOk(a, auction.id(), 40, "200.00");
    market.bid(b, auction.id(), 30, "204.99").expectStatus().isEqualTo(409); // does not beat 200 by 5
    BidView bidB = market.bidOk(b, auction.id(), 30, "205.00");
    BidView bidC = market.bidOk(c, auction.id(), 50, "210.00");
    BidView bidD = market.bidOk(d, auction.id(), 25, "215.00");
    market.bid(c, auction.id(), 5, "300").expectStatus().isEqualTo(409); // below the minimum lot of 10
    assertThat(bidA.state()).isEqualTo(BidState.OPEN);
    assertThat(market.get(auction.id()).bestPrice()).isEqualByComparingTo("215.00");
    market.http.post().uri("/api/v1/bids/{id}/withdraw", bidA.id()).headers(market.as(a)).exchange().expectStatus().isEqualTo(409);

    endNow(auction.id());
    market.bid(a, auction.id(), 40, "500").expectStatus().isEqualTo(409)
        .expectBody().jsonPath("$.type").isEqualTo(ProblemType.LISTING_NOT_OPEN.uri().toString());
    scheduler.runOnce().block(Duration.ofSeconds(30));

    // by hand: 100 credits, lot 10. D 25 @215 → 75 left; C 50 @210 → 25 left; B wants 30 @205, gets the last 25
    // (≥ lot 10, PARTIALLY_FILLED); A 40 @200 LOST. Pay-as-bid.
    ListingView closed = market.get(auction.id());
    assertThat(closed.state()).isEqualTo(ListingState.SOLD_OUT);
    assertThat(closed.remaining()).isZero();
    List<BidView> mine = List.of(bidA, bidB, bidC, bidD).stream()
        .map(bid -> byId(http.get().uri("/api/v1/me/bids").headers(market.as(buyerOf(bid, a, b, c, d))).exchange()
            .expectStatus().isOk().expectBody(BidPage.class).returnResult().getResponseBody().items()).get(bid.id()))
        .toList();
    assertThat(mine).extracting(BidView::state).containsExactly(BidState.LOST, BidState.PARTIALLY_FILLED, BidState.FILLED, BidState.FILLED);
    assertThat(mine).extracting(BidView::filledQuantity).containsExactly(0L, 25L, 50L, 25L);
    assertThat(mine.get(1).tradePrice()).isEqualByComparingTo("205.00");
    assertThat(mine.get(2).tradePrice()).isEqualByComparingTo("210.00");
    assertThat(mine.get(3).tradePrice()).isEqualByComparingTo("215.00");
    assertThat(mine.get(0).tradeId()).isNull();
    for (BidView won : mine.subList(1, 4)) {
      assertThat(ledger.reservedFor(Holder.trade(won.tradeId())).block()).isEqualTo(won.filledQuantity());
    }
    assertThat(ledger.reservedFor(Holder.listing(auction.id())).block()).isZero();

    // a second pass finds nothing to do
    assertThat(scheduler.runOnce().block()).isZero();
  }

  @Test
  void anUnsoldRestGoesBackToTheLaoWhenTheAuctionCloses() {
    ListingView auction = market.open(market.auction(100, "100.00", "1.00", 20, Instant.now().plus(1, ChronoUnit.HOURS)));
    BidView big = market.bidOk(market.verifiedBuyer(), auction.id(), 90, "150.00");
    endNow(auction.id());
    scheduler.runOnce().block(Duration.ofSeconds(30));

    ListingView closed = market.get(auction.id());
    assertThat(closed.state()).isEqualTo(ListingState.CLOSED);
    assertThat(ledger.reservedFor(Holder.listing(auction.id())).block()).isZero();
    long available = ledger.balances(ledger.laoAccount(LAO).block().id()).map(Balance::available).reduce(0L, Long::sum).block();
    assertThat(available).isEqualTo(150 - 90);
    assertThat(big.id()).isNotNull();
  }

  @Test
  void aBidInTheLastFiveMinutesExtendsTheEndByFiveMinutes() {
    ListingView auction = market.open(market.auction(10, "100.00", "1.00", 1, Instant.now().plus(1, ChronoUnit.HOURS)));
    Instant soon = Instant.now().plus(2, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MICROS);
    db.sql("UPDATE market.listing SET ends_at = :at WHERE id = :id").bind("at", OffsetDateTime.ofInstant(soon, ZoneOffset.UTC))
        .bind("id", auction.id()).then().block();

    market.bidOk(market.verifiedBuyer(), auction.id(), 1, "100.00");

    assertThat(market.get(auction.id()).endsAt()).isEqualTo(soon.plus(5, ChronoUnit.MINUTES));
  }

  private static Actor buyerOf(BidView bid, Actor... buyers) {
    for (Actor buyer : buyers) {
      if (buyer.buyerId().equals(bid.buyerId())) {
        return buyer;
      }
    }
    throw new IllegalArgumentException("no buyer for " + bid);
  }

  record BidPage(List<BidView> items, int page, int size, long total) {}
}
