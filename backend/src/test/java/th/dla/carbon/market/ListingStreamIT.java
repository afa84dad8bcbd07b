package th.dla.carbon.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;
import th.dla.carbon.CarbonMarketApplication;
import th.dla.carbon.audit.AuditLog;
import th.dla.carbon.directory.DirectoryImport;
import th.dla.carbon.identity.AccessTokens;
import th.dla.carbon.identity.Actor;
import th.dla.carbon.registry.Issuances;
import th.dla.carbon.registry.Ledger;
import th.dla.carbon.support.DatabaseCleaner;
import th.dla.carbon.support.IntegrationTest;
import th.dla.carbon.support.RegistryFixtures;

/**
 * The live stream across two backend instances on one database (this test's application is instance A; a second
 * one, B, is started beside it exactly as a second replica would be): PostgreSQL LISTEN/NOTIFY carries a bid made
 * on A to B's subscribers, and a reconnect with Last-Event-ID gets exactly what it missed.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListingStreamIT {

  private static final ParameterizedTypeReference<ServerSentEvent<String>> SSE = new ParameterizedTypeReference<>() {};

  @Autowired WebTestClient http;
  @Autowired AccessTokens tokens;
  @Autowired th.dla.carbon.identity.Buyers buyers;
  @Autowired Ledger ledger;
  @Autowired AuditLog audit;
  @Autowired Issuances issuances;
  @Autowired DirectoryImport directoryImport;
  @Autowired DatabaseClient db;
  @Value("${carbon.auth.issuer}") String issuer;

  ConfigurableApplicationContext instanceB;
  WebClient b;

  @BeforeAll
  void twoInstances() {
    RegistryFixtures.loadDemoLaos(directoryImport);
    instanceB = new SpringApplicationBuilder(CarbonMarketApplication.class)
        .run("--server.port=0", "--carbon.database.url=", "--carbon.database.embedded.data-dir=",
            "--carbon.demo.enabled=false", "--carbon.auth.issuer=" + issuer, "--carbon.market.stream.heartbeat=1s");
    b = WebClient.builder().baseUrl("http://localhost:" + instanceB.getEnvironment().getProperty("local.server.port")).build();
  }

  @AfterAll
  void stopB() {
    instanceB.close();
  }

  @AfterEach
  void ledgerAndAuditCheckOut() {
    MarketScenario.assertConsistent(ledger, audit);
  }

  private Disposable subscribe(java.util.UUID listingId, String lastEventId, List<ServerSentEvent<String>> into) {
    return b.get().uri("/api/v1/listings/{id}/stream", listingId).accept(MediaType.TEXT_EVENT_STREAM)
        .headers(h -> {
          if (lastEventId != null) {
            h.set("Last-Event-ID", lastEventId);
          }
        })
        .retrieve().bodyToFlux(SSE).subscribe(into::add, error -> { /* the connection closes when the test disposes it */ });
  }

  private static void await(List<ServerSentEvent<String>> events, Predicate<List<ServerSentEvent<String>>> condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!condition.test(events)) {
      assertThat(System.nanoTime()).as("waited 20 s for stream events; got %s", events).isLessThan(deadline);
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private static ServerSentEvent<String> last(List<ServerSentEvent<String>> events) {
    return events.get(events.size() - 1);
  }

  private static List<ServerSentEvent<String>> data(List<ServerSentEvent<String>> events) {
    return events.stream().filter(e -> e.event() != null).toList();
  }

  @Test
  void aBidPlacedOnInstanceAAppearsOnTheStreamOfInstanceBAndAReconnectGetsWhatItMissed() {
    DatabaseCleaner.clearMarket(db);
    RegistryFixtures.issue(issuances, 2024, List.of(RegistryFixtures.BANG_SRI_MUEANG), List.of(100L));
    MarketScenario market = new MarketScenario(http, tokens, buyers, RegistryFixtures.BANG_SRI_MUEANG);
    ListingView listing = market.open(MarketScenario.listing(RegistryFixtures.BANG_SRI_MUEANG, "NEGOTIABLE", 50, "200.00", 5));

    List<ServerSentEvent<String>> seen = new CopyOnWriteArrayList<>();
    Disposable first = subscribe(listing.id(), null, seen);
    // the replay: submission and approval, as "listing" events 1 and 2
    await(seen, events -> data(events).size() >= 2);
    assertThat(data(seen)).extracting(ServerSentEvent::id).containsExactly("1", "2");

    Actor buyer = market.verifiedBuyer();
    BidView bid = market.bidOk(buyer, listing.id(), 10, "190.00"); // on instance A
    await(seen, events -> data(events).stream().anyMatch(e -> "bid".equals(e.event())));
    ServerSentEvent<String> bidEvent = data(seen).stream().filter(e -> "bid".equals(e.event())).findFirst().orElseThrow();
    assertThat(bidEvent.data()).contains(bid.id().toString()).contains("ผู้ซื้อ #1").contains("190.00").doesNotContain(buyer.buyerId().toString());
    await(seen, events -> data(events).stream().anyMatch(e -> "listing".equals(e.event()) && e.data().matches(".*\"bestPrice\":\\s*190\\.00.*")));
    await(seen, events -> events.stream().anyMatch(e -> "heartbeat".equals(e.comment())));
    String lastSeen = last(data(seen)).id();
    first.dispose();

    // while nobody listens: two more bids and a withdrawal
    market.bidOk(market.verifiedBuyer(), listing.id(), 5, "195.00");
    market.bidOk(buyer, listing.id(), 5, "199.00");
    market.http.post().uri("/api/v1/bids/{id}/withdraw", bid.id()).headers(market.as(buyer)).exchange().expectStatus().isOk();
    long lastStored = db.sql("SELECT max(seq) AS s FROM market.listing_event WHERE listing_id = :id").bind("id", listing.id())
        .map(r -> r.get("s", Long.class)).one().block();

    List<ServerSentEvent<String>> resumed = new CopyOnWriteArrayList<>();
    Disposable second = subscribe(listing.id(), lastSeen, resumed);
    await(resumed, events -> !data(events).isEmpty() && Long.parseLong(last(data(events)).id()) == lastStored);
    second.dispose();
    List<Long> ids = data(resumed).stream().map(e -> Long.parseLong(e.id())).toList();
    long from = Long.parseLong(lastSeen) + 1;
    assertThat(ids).as("every missed event once, in order, none before Last-Event-ID")
        .isEqualTo(java.util.stream.LongStream.rangeClosed(from, lastStored).boxed().toList());
    assertThat(data(resumed)).filteredOn(e -> "bid".equals(e.event())).hasSize(3);
    assertThat(last(data(resumed)).data()).containsPattern("\"bestPrice\":\\s*199\\.00");
  }
}
