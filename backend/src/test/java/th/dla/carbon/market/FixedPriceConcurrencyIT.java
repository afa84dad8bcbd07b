package th.dla.carbon.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import th.dla.carbon.audit.AuditLog;
import th.dla.carbon.directory.DirectoryImport;
import th.dla.carbon.identity.AccessTokens;
import th.dla.carbon.platform.web.ProblemType;
import th.dla.carbon.identity.Actor;
import th.dla.carbon.registry.Balance;
import th.dla.carbon.registry.Holder;
import th.dla.carbon.registry.Issuance;
import th.dla.carbon.registry.Issuances;
import th.dla.carbon.registry.Ledger;
import th.dla.carbon.settlement.TradeState;
import th.dla.carbon.settlement.TradeView;
import th.dla.carbon.settlement.Trades;
import th.dla.carbon.support.Auth;
import th.dla.carbon.support.DatabaseCleaner;
import th.dla.carbon.support.IntegrationTest;
import th.dla.carbon.support.RegistryFixtures;

/**
 * The acceptance race: 200 verified buyer organisations at once, 1 credit each, on a fixed-price listing of 100;
 * then all 100 trades settle and exactly 100 credits are in the buyers' holdings.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FixedPriceConcurrencyIT {

  @Autowired WebTestClient http;
  @Autowired AccessTokens tokens;
  @Autowired th.dla.carbon.identity.Buyers buyers;
  @Autowired Ledger ledger;
  @Autowired AuditLog audit;
  @Autowired Issuances issuances;
  @Autowired Trades trades;
  @Autowired DirectoryImport directoryImport;
  @Autowired DatabaseClient db;
  @LocalServerPort int port;

  @BeforeAll
  void directory() {
    RegistryFixtures.loadDemoLaos(directoryImport);
  }

  @AfterEach
  void ledgerAndAuditCheckOut() {
    MarketScenario.assertConsistent(ledger, audit);
  }

  record Answer(int status, String body) {}

  @Test
  void twoHundredConcurrentBuyersOfOneCreditFillExactlyTheHundredListedAndSettleIntoExactlyAHundredHeld() {
    // the LAO must hold only this test's credits: listings take the oldest vintage first
    DatabaseCleaner.clearMarket(db);
    DatabaseCleaner.clearRegistry(db);
    Issuance issuance = RegistryFixtures.issue(issuances, 2024, List.of(RegistryFixtures.AO_NANG), List.of(300L));
    MarketScenario market = new MarketScenario(http, tokens, buyers, RegistryFixtures.AO_NANG);
    ListingView listing = market.open(market.fixedPrice(100, "275.50"));
    List<Actor> buyerActors = Flux.range(0, 200)
        .flatMap(i -> market.buyerOf(th.dla.carbon.identity.BuyerStatus.VERIFIED), 4)
        .collectList().block(Duration.ofMinutes(3));
    List<Consumer<HttpHeaders>> bidders = buyerActors.stream().map(actor -> Auth.bearer(tokens, actor)).toList();
    WebClient client = WebClient.builder().baseUrl("http://localhost:" + port).build();

    List<Answer> answers = Flux.fromIterable(bidders)
        .flatMap(buyer -> client.post().uri("/api/v1/listings/{id}/bids", listing.id()).headers(buyer)
            .bodyValue(Map.of("quantity", 1, "unitPrice", new BigDecimal("275.50")))
            .exchangeToMono(response -> response.bodyToMono(String.class).defaultIfEmpty("")
                .map(body -> new Answer(response.statusCode().value(), body))), 200)
        .collectList()
        .block(Duration.ofMinutes(3));

    assertThat(answers).hasSize(200);
    List<Answer> filled = answers.stream().filter(a -> a.status() == 201).toList();
    List<Answer> refused = answers.stream().filter(a -> a.status() != 201).toList();
    assertThat(filled).hasSize(100).allSatisfy(a -> assertThat(a.body()).contains("\"state\":\"FILLED\""));
    assertThat(refused).hasSize(100).allSatisfy(a -> {
      assertThat(a.status()).isEqualTo(409);
      assertThat(a.body()).contains(ProblemType.LISTING_SOLD_OUT.uri().toString());
    });

    ListingView after = market.get(listing.id());
    assertThat(after.state()).isEqualTo(ListingState.SOLD_OUT);
    assertThat(after.remaining()).isZero();
    assertThat(ledger.reservedFor(Holder.listing(listing.id())).block()).isZero();
    List<UUID> tradeIds = db.sql("SELECT trade_id FROM market.bid WHERE listing_id = :id AND state = 'FILLED'").bind("id", listing.id())
        .map(r -> r.get("trade_id", UUID.class)).all().collectList().block();
    assertThat(tradeIds).hasSize(100).doesNotHaveDuplicates();
    long inTrades = Flux.fromIterable(tradeIds).concatMap(id -> ledger.reservedFor(Holder.trade(id))).reduce(0L, Long::sum).block();
    assertThat(inTrades).isEqualTo(100);
    assertThat(db.sql("SELECT count(*) AS n FROM market.bid WHERE listing_id = :id").bind("id", listing.id())
        .map(r -> r.get("n", Long.class)).one().block()).isEqualTo(100);

    // every trade settles: paid, confirmed with its own receipt, transferred at TGO
    Map<UUID, Actor> byBuyer = buyerActors.stream().collect(Collectors.toMap(Actor::buyerId, a -> a));
    Actor officer = market.checker;
    List<TradeView> settled = Flux.fromIterable(tradeIds).index().concatMap(numbered -> {
          UUID id = numbered.getT2();
          long n = numbered.getT1() + 1;
          return trades.trade(officer, id).map(Trades::view)
              .flatMap(trade -> trades.reportPayment(byBuyer.get(trade.buyerId()), id, "BBL-RACE-" + n, Instant.now(), null))
              .then(trades.confirmPayment(officer, id, "อน " + n + "/2569"))
              .then(trades.recordTransfer(officer, id, "TGO-TR-RACE-" + n, Instant.now()))
              .map(Trades::view);
        })
        .collectList().block(Duration.ofMinutes(3));
    assertThat(settled).hasSize(100).allSatisfy(trade -> {
      assertThat(trade.state()).isEqualTo(TradeState.SETTLED);
      assertThat(trade.quantity()).isEqualTo(1);
    });
    assertThat(settled.stream().map(TradeView::buyerId).distinct()).hasSize(100);

    long heldByBuyers = Flux.fromIterable(byBuyer.keySet())
        .concatMap(buyerId -> ledger.buyerHoldings(buyerId).filter(b -> b.issuanceId().equals(issuance.id())).map(Balance::available))
        .reduce(0L, Long::sum).block();
    assertThat(heldByBuyers).as("credits in the buyers' holdings, summed over the 200 buyers").isEqualTo(100);
    assertThat(Flux.fromIterable(tradeIds).concatMap(id -> ledger.reservedFor(Holder.trade(id))).reduce(0L, Long::sum).block()).isZero();
    assertThat(ledger.reservedFor(Holder.listing(listing.id())).block()).isZero();
    Balance lao = ledger.balances(ledger.laoAccount(RegistryFixtures.AO_NANG).block().id())
        .filter(b -> b.issuanceId().equals(issuance.id())).single().block();
    assertThat(lao.reserved()).as("left reserved").isZero();
    assertThat(lao.sold()).isEqualTo(100);
    assertThat(lao.available()).isEqualTo(200);
    // ledger and audit chain are verified after the test (ledgerAndAuditCheckOut)
  }
}
