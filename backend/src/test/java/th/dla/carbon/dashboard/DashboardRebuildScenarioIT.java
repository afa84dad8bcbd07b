package th.dla.carbon.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
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
 * A seeded random sequence of issuances, listings, bids, payments, transfers, cancellations, withdrawals and
 * retirements over HTTP, some of which the product refuses (too few credits, wrong state): afterwards the figures
 * kept as the events happened equal the figures the rebuild recomputes from the source modules, row for row, and
 * the ledger still proves itself. The seed is printed; run again with {@code -Ddashboard.seed=...}.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardRebuildScenarioIT {

  static final List<String> LAOS = List.of(RegistryFixtures.NONTHABURI_CITY, RegistryFixtures.KRABI_TOWN, RegistryFixtures.AO_NANG,
      RegistryFixtures.BANG_SRI_MUEANG);

  @Autowired WebTestClient http;
  @Autowired AccessTokens tokens;
  @Autowired DirectoryImport directoryImport;
  @Autowired DatabaseClient db;
  @Autowired Buyers buyers;
  DashboardScenario market;

  record Listing(UUID id, String lao) {}

  record Trade(UUID id, String lao, Actor buyer) {}

  @BeforeAll
  void directory() {
    RegistryFixtures.loadDemoLaos(directoryImport);
    DatabaseCleaner.resetMarketControls(db);
    market = new DashboardScenario(http, tokens, db);
    market.rebuild();
  }

  @Test
  void afterARandomScenarioTheRebuildEqualsTheIncrementalFigures() {
    long seed = Long.getLong("dashboard.seed", System.nanoTime());
    System.out.println("DashboardRebuildScenarioIT seed: " + seed);
    Random random = new Random(seed);
    List<Actor> buyerList = List.of(BuyerFixtures.buyerOf(buyers, BuyerStatus.VERIFIED).block(),
        BuyerFixtures.buyerOf(buyers, BuyerStatus.VERIFIED).block());
    List<Listing> listings = new ArrayList<>();
    List<Trade> awaiting = new ArrayList<>();
    List<Trade> confirmed = new ArrayList<>();
    Map<String, Integer> done = new LinkedHashMap<>();

    for (String lao : LAOS) {
      issue(lao, 2021 + random.nextInt(4), 50 + random.nextInt(100));
    }
    for (int step = 0; step < 70; step++) {
      int op = random.nextInt(8);
      String lao = LAOS.get(random.nextInt(LAOS.size()));
      Actor buyer = buyerList.get(random.nextInt(buyerList.size()));
      String action = switch (op) {
        case 0 -> {
          issue(lao, 2021 + random.nextInt(4), 20 + random.nextInt(80));
          yield "issue";
        }
        case 1, 2 -> {
          UUID id = openListing(lao, 5 + random.nextInt(40), price(random), random.nextBoolean() ? null : 2021 + random.nextInt(4));
          if (id != null) {
            listings.add(new Listing(id, lao));
          }
          yield id == null ? "list-refused" : "list";
        }
        case 3, 4 -> {
          if (listings.isEmpty()) {
            yield "none";
          }
          Listing listing = listings.get(random.nextInt(listings.size()));
          UUID trade = buy(buyer, listing.id(), 1 + random.nextInt(15));
          if (trade != null) {
            awaiting.add(new Trade(trade, listing.lao(), buyer));
          }
          yield trade == null ? "buy-refused" : "buy";
        }
        case 5 -> {
          if (awaiting.isEmpty()) {
            yield "none";
          }
          Trade trade = awaiting.remove(random.nextInt(awaiting.size()));
          if (random.nextInt(3) == 0) {
            ok(http.post().uri("/api/v1/trades/{id}/cancel", trade.id()).headers(market.as(random.nextBoolean() ? trade.buyer()
                    : Actors.laoOfficer(trade.lao())))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "random")).exchange());
            yield "cancel";
          }
          market.pay(trade.buyer(), trade.id());
          market.confirm(trade.lao(), trade.id());
          confirmed.add(trade);
          yield "pay";
        }
        case 6 -> {
          if (confirmed.isEmpty()) {
            yield "none";
          }
          Trade trade = confirmed.remove(random.nextInt(confirmed.size()));
          market.transfer(trade.lao(), trade.id());
          int status = ok(http.post().uri("/api/v1/retirements").headers(market.as(trade.buyer())).contentType(MediaType.APPLICATION_JSON)
              .bodyValue(Map.of("quantity", 1 + random.nextInt(5), "beneficiary", "สุ่ม", "purpose", "ทดสอบ")).exchange());
          yield status == 201 ? "transfer-retire" : "transfer";
        }
        default -> {
          if (listings.isEmpty()) {
            yield "none";
          }
          Listing listing = listings.remove(random.nextInt(listings.size()));
          ok(http.post().uri("/api/v1/listings/{id}/withdraw", listing.id()).headers(market.as(Actors.laoOfficer(listing.lao()))).exchange());
          yield "withdraw";
        }
      };
      done.merge(action, 1, Integer::sum);
    }
    System.out.println("DashboardRebuildScenarioIT steps: " + done);
    assertThat(done.getOrDefault("buy", 0)).as("the scenario traded").isPositive();

    List<String> incremental = market.tables();
    market.rebuild();
    assertThat(market.tables()).as("seed %d", seed).containsExactlyElementsOf(incremental);
    http.get().uri("/api/v1/admin/ledger/verify").headers(market.admin()).exchange().expectStatus().isOk().expectBody()
        .jsonPath("$.ok").isEqualTo(true);
  }

  void issue(String lao, int vintage, long quantity) {
    market.issue(lao, vintage, quantity);
  }

  UUID openListing(String lao, long quantity, String price, Integer vintage) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("laoCode", lao);
    body.put("mode", "FIXED_PRICE");
    body.put("quantity", quantity);
    body.put("unitPrice", new BigDecimal(price));
    body.put("minLot", 1);
    if (vintage != null) {
      body.put("vintage", vintage);
    }
    Map<?, ?> draft = http.post().uri("/api/v1/listings").headers(market.as(Actors.laoOfficer(lao))).bodyValue(body).exchange()
        .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    UUID id = UUID.fromString((String) draft.get("id"));
    http.post().uri("/api/v1/listings/{id}/submit", id).headers(market.as(Actors.laoOfficer(lao))).exchange().expectStatus().isOk();
    int status = ok(http.post().uri("/api/v1/listings/{id}/approve", id).headers(market.as(Actors.laoOfficer(lao))).exchange());
    return status == 200 ? id : null;
  }

  UUID buy(Actor buyer, UUID listingId, long quantity) {
    EntityExchangeResult<Map> result = http.post().uri("/api/v1/listings/{id}/bids", listingId).headers(market.as(buyer))
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .bodyValue(Map.of("quantity", quantity, "unitPrice", new BigDecimal("300.00"))).exchange()
        .expectBody(Map.class).returnResult();
    int status = result.getStatus().value();
    assertThat(status).as("bid: %s", result.getResponseBody()).isLessThan(500);
    Object trade = status == 201 ? result.getResponseBody().get("tradeId") : null;
    return trade == null ? null : UUID.fromString((String) trade);
  }

  static String price(Random random) {
    return BigDecimal.valueOf(22_000 + random.nextInt(8_001), 2).toPlainString();
  }

  /** The status of an answer the product may refuse (4xx) but must never fail on (5xx). */
  static int ok(WebTestClient.ResponseSpec response) {
    EntityExchangeResult<byte[]> result = response.expectBody().returnResult();
    assertThat(result.getStatus().value()).as("%s", result).isLessThan(500);
    return result.getStatus().value();
  }
}
