package th.dla.carbon.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;
import th.dla.carbon.audit.AuditLog;
import th.dla.carbon.directory.DirectoryImport;
import th.dla.carbon.identity.AccessTokens;
import th.dla.carbon.market.internal.MarketScheduler;
import th.dla.carbon.market.internal.TradeDesk;
import th.dla.carbon.registry.Holder;
import th.dla.carbon.registry.Issuances;
import th.dla.carbon.registry.Ledger;
import th.dla.carbon.settlement.OpenTrade;
import th.dla.carbon.settlement.TradeView;
import th.dla.carbon.settlement.Trades;
import th.dla.carbon.support.DatabaseCleaner;
import th.dla.carbon.support.IntegrationTest;
import th.dla.carbon.support.RegistryFixtures;

/**
 * A crash in the middle of an auction's close (an error injected after the first of three trades, as a killed
 * process or a lost connection would do) rolls the whole close back; the next tick produces exactly the same
 * allocation, once. Two schedulers racing for a due auction close it once.
 */
@IntegrationTest
@TestPropertySource(properties = "carbon.market.scheduler.enabled=false")
@Import(AuctionCloseCrashIT.FaultyTrades.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuctionCloseCrashIT {

  /** Settlement's Trades.open, failing on the n-th call after being armed. */
  @TestConfiguration
  static class FaultyTrades {
    static final AtomicInteger failOnCall = new AtomicInteger(-1);
    static final AtomicInteger calls = new AtomicInteger();

    @Bean
    @Primary
    TradeDesk faultyTradeDesk(Trades trades) {
      return request -> {
        if (calls.incrementAndGet() == failOnCall.get()) {
          return Mono.error(new IllegalStateException("injected crash in the middle of the close"));
        }
        return trades.open(new OpenTrade(request.listingId(), request.bidId(), request.laoCode(), request.buyerId(),
            request.quantity(), request.unitPrice(), Holder.listing(request.listingId()))).map(TradeView::id);
      };
    }
  }

  @Autowired WebTestClient http;
  @Autowired AccessTokens tokens;
  @Autowired th.dla.carbon.identity.Buyers buyers;
  @Autowired Ledger ledger;
  @Autowired AuditLog audit;
  @Autowired Issuances issuances;
  @Autowired DirectoryImport directoryImport;
  @Autowired DatabaseClient db;
  @Autowired MarketScheduler scheduler;

  @BeforeAll
  void directory() {
    RegistryFixtures.loadDemoLaos(directoryImport);
  }

  @AfterEach
  void ledgerAndAuditCheckOut() {
    FaultyTrades.failOnCall.set(-1);
    MarketScenario.assertConsistent(ledger, audit);
  }

  record Row(UUID bidId, String state, long filled) {}

  private List<Row> bids(UUID listingId) {
    return db.sql("SELECT id, state, filled_quantity FROM market.bid WHERE listing_id = :id ORDER BY seq").bind("id", listingId)
        .map(r -> new Row(r.get("id", UUID.class), r.get("state", String.class), r.get("filled_quantity", Long.class))).all().collectList().block();
  }

  private long trades(UUID listingId) {
    return db.sql("SELECT count(*) AS n FROM settlement.trade WHERE listing_id = :id").bind("id", listingId)
        .map(r -> r.get("n", Long.class)).one().block();
  }

  private ListingView openAuctionWithFourBids(MarketScenario market) {
    ListingView auction = market.open(market.auction(100, "200.00", "5.00", 10, Instant.now().plus(1, ChronoUnit.HOURS)));
    market.bidOk(market.verifiedBuyer(), auction.id(), 40, "200.00");
    market.bidOk(market.verifiedBuyer(), auction.id(), 30, "205.00");
    market.bidOk(market.verifiedBuyer(), auction.id(), 50, "210.00");
    market.bidOk(market.verifiedBuyer(), auction.id(), 25, "215.00");
    db.sql("UPDATE market.listing SET ends_at = now() - interval '1 second' WHERE id = :id").bind("id", auction.id()).then().block();
    return auction;
  }

  @Test
  void aCrashAfterTheFirstOfThreeTradesRollsTheCloseBackAndTheRetryAllocatesExactlyOnce() {
    DatabaseCleaner.clearMarket(db);
    RegistryFixtures.issue(issuances, 2024, List.of(RegistryFixtures.AO_NANG), List.of(100L));
    MarketScenario market = new MarketScenario(http, tokens, buyers, RegistryFixtures.AO_NANG);
    ListingView auction = openAuctionWithFourBids(market);
    List<Row> before = bids(auction.id());

    FaultyTrades.calls.set(0);
    FaultyTrades.failOnCall.set(2);
    assertThatThrownBy(() -> scheduler.runOnce().block(Duration.ofSeconds(30))).hasMessageContaining("injected crash");

    assertThat(FaultyTrades.calls).hasValue(2); // the first trade was opened, then the close died
    assertThat(market.get(auction.id()).state()).isEqualTo(ListingState.OPEN);
    assertThat(bids(auction.id())).isEqualTo(before);
    assertThat(trades(auction.id())).isZero();
    assertThat(ledger.reservedFor(Holder.listing(auction.id())).block()).isEqualTo(100);

    FaultyTrades.failOnCall.set(-1);
    assertThat(scheduler.runOnce().block(Duration.ofSeconds(30))).isEqualTo(1);
    assertThat(scheduler.runOnce().block(Duration.ofSeconds(30))).isZero();

    assertThat(bids(auction.id())).extracting(Row::state, Row::filled).containsExactly(
        org.assertj.core.groups.Tuple.tuple("LOST", 0L), org.assertj.core.groups.Tuple.tuple("PARTIALLY_FILLED", 25L),
        org.assertj.core.groups.Tuple.tuple("FILLED", 50L), org.assertj.core.groups.Tuple.tuple("FILLED", 25L));
    assertThat(trades(auction.id())).isEqualTo(3);
    assertThat(market.get(auction.id()).state()).isEqualTo(ListingState.SOLD_OUT);
  }

  @Test
  void twoSchedulersRacingForTheSameDueAuctionCloseItOnce() {
    DatabaseCleaner.clearMarket(db);
    RegistryFixtures.issue(issuances, 2024, List.of(RegistryFixtures.AO_NANG), List.of(100L));
    MarketScenario market = new MarketScenario(http, tokens, buyers, RegistryFixtures.AO_NANG);
    ListingView auction = openAuctionWithFourBids(market);

    List<Long> passes = Mono.zip(scheduler.runOnce(), scheduler.runOnce(), scheduler.runOnce())
        .map(t -> List.of(t.getT1(), t.getT2(), t.getT3())).block(Duration.ofSeconds(60));

    assertThat(passes.stream().mapToLong(Long::longValue).sum()).isEqualTo(1);
    assertThat(trades(auction.id())).isEqualTo(3);
    assertThat(market.get(auction.id()).state()).isEqualTo(ListingState.SOLD_OUT);
  }
}
