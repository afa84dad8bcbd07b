package th.dla.carbon.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;
import th.dla.carbon.audit.AuditLog;
import th.dla.carbon.identity.AccessTokens;
import reactor.core.publisher.Mono;
import th.dla.carbon.identity.Actor;
import th.dla.carbon.identity.BuyerStatus;
import th.dla.carbon.identity.Buyers;
import th.dla.carbon.registry.Ledger;
import th.dla.carbon.support.Actors;
import th.dla.carbon.support.Auth;
import th.dla.carbon.support.BuyerFixtures;

/**
 * Market test steps over HTTP with real tokens: an LAO with a maker and a checker, buyers, listings drafted,
 * submitted and approved through the API.
 *
 * <p>Buyers are real organisations registered through identity's {@link Buyers} (with a valid, unique tax ID) in
 * the status asked for; the token acts for that organisation.
 */
final class MarketScenario {

  final WebTestClient http;
  final AccessTokens tokens;
  final Buyers buyers;
  final String laoCode;
  final Actor maker;
  final Actor checker;

  MarketScenario(WebTestClient http, AccessTokens tokens, Buyers buyers, String laoCode) {
    this.http = http;
    this.tokens = tokens;
    this.buyers = buyers;
    this.laoCode = laoCode;
    this.maker = Actors.laoOfficer(laoCode);
    this.checker = Actors.laoOfficer(laoCode);
  }

  Consumer<HttpHeaders> as(Actor actor) {
    return Auth.bearer(tokens, actor);
  }

  /** A user of a newly registered, VERIFIED buyer organisation. */
  Actor verifiedBuyer() {
    return buyerOf(BuyerStatus.VERIFIED).block();
  }

  /** A user of a newly registered organisation in the given status. */
  Mono<Actor> buyerOf(BuyerStatus status) {
    return BuyerFixtures.buyerOf(buyers, status);
  }

  static Map<String, Object> listing(String laoCode, String mode, long quantity, String unitPrice, long minLot) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("laoCode", laoCode);
    body.put("mode", mode);
    body.put("quantity", quantity);
    body.put("unitPrice", new BigDecimal(unitPrice));
    body.put("minLot", minLot);
    return body;
  }

  Map<String, Object> fixedPrice(long quantity, String unitPrice) {
    return listing(laoCode, "FIXED_PRICE", quantity, unitPrice, 1);
  }

  Map<String, Object> auction(long quantity, String reserve, String increment, long minLot, Instant endsAt) {
    Map<String, Object> body = listing(laoCode, "AUCTION", quantity, reserve, minLot);
    body.put("reservePrice", new BigDecimal(reserve));
    body.put("minIncrement", new BigDecimal(increment));
    body.put("endsAt", endsAt.toString());
    return body;
  }

  ListingView draft(Map<String, Object> body) {
    return http.post().uri("/api/v1/listings").headers(as(maker)).bodyValue(body).exchange()
        .expectStatus().isCreated()
        .expectHeader().exists("Location")
        .expectBody(ListingView.class).returnResult().getResponseBody();
  }

  ListingView post(String uri, Actor actor) {
    return http.post().uri(uri).headers(as(actor)).exchange().expectStatus().isOk()
        .expectBody(ListingView.class).returnResult().getResponseBody();
  }

  /** Drafted by the maker, submitted, approved by the checker: OPEN with its credits reserved. */
  ListingView open(Map<String, Object> body) {
    ListingView draft = draft(body);
    post("/api/v1/listings/" + draft.id() + "/submit", maker);
    ListingView open = post("/api/v1/listings/" + draft.id() + "/approve", checker);
    assertThat(open.state()).isEqualTo(ListingState.OPEN);
    return open;
  }

  WebTestClient.ResponseSpec bid(Actor buyer, UUID listingId, long quantity, String unitPrice) {
    return http.post().uri("/api/v1/listings/{id}/bids", listingId).headers(as(buyer))
        .bodyValue(Map.of("quantity", quantity, "unitPrice", new BigDecimal(unitPrice))).exchange();
  }

  BidView bidOk(Actor buyer, UUID listingId, long quantity, String unitPrice) {
    return bid(buyer, listingId, quantity, unitPrice).expectStatus().isCreated().expectBody(BidView.class).returnResult().getResponseBody();
  }

  ListingView get(UUID listingId) {
    return http.get().uri("/api/v1/listings/{id}", listingId).headers(as(maker)).exchange().expectStatus().isOk()
        .expectBody(ListingView.class).returnResult().getResponseBody();
  }

  static void assertConsistent(Ledger ledger, AuditLog audit) {
    var ledgerCheck = ledger.verify().block();
    assertThat(ledgerCheck.problems()).isEmpty();
    assertThat(ledgerCheck.ok()).isTrue();
    var auditCheck = audit.verify().block();
    assertThat(auditCheck.ok()).as("audit chain: %s", auditCheck.reason()).isTrue();
  }
}
