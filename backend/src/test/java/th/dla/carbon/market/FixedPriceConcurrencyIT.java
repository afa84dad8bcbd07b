package th.dla.carbon.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
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
import reactor.core.publisher.Mono;
import th.dla.carbon.audit.AuditLog;
import th.dla.carbon.directory.DirectoryImport;
import th.dla.carbon.identity.AccessTokens;
import th.dla.carbon.platform.web.ProblemType;
import th.dla.carbon.registry.Holder;
import th.dla.carbon.registry.Issuances;
import th.dla.carbon.registry.Ledger;
import th.dla.carbon.support.Auth;
import th.dla.carbon.support.DatabaseCleaner;
import th.dla.carbon.support.IntegrationTest;
import th.dla.carbon.support.RegistryFixtures;

/** The acceptance race: 200 verified buyer organisations at once, 1 credit each, on a fixed-price listing of 100. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FixedPriceConcurrencyIT {

  @Autowired WebTestClient http;
  @Autowired AccessTokens tokens;
  @Autowired th.dla.carbon.identity.Buyers buyers;
  @Autowired Ledger ledger;
  @Autowired AuditLog audit;
  @Autowired Issuances issuances;
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
  void twoHundredConcurrentBuyersOfOneCreditFillExactlyTheHundredListed() {
    DatabaseCleaner.clearMarket(db);
    RegistryFixtures.issue(issuances, 2024, List.of(RegistryFixtures.AO_NANG), List.of(300L));
    MarketScenario market = new MarketScenario(http, tokens, buyers, RegistryFixtures.AO_NANG);
    ListingView listing = market.open(market.fixedPrice(100, "275.50"));
    List<Consumer<HttpHeaders>> bidders = Flux.range(0, 200)
        .flatMap(i -> market.buyerOf(th.dla.carbon.identity.BuyerStatus.VERIFIED), 4)
        .collectList().block(Duration.ofMinutes(3))
        .stream().map(actor -> Auth.bearer(tokens, actor)).toList();
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
    Mono.empty().block();
  }
}
