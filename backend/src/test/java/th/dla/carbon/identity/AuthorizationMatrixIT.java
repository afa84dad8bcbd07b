package th.dla.carbon.identity;

import static org.assertj.core.api.Assertions.assertThat;
// rows name callers directly: only(LAO_OFFICER_OWN, PROVINCE_OFFICER_OWN, DLA_ADMIN)
import static th.dla.carbon.identity.AuthorizationMatrixIT.Caller.*;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import th.dla.carbon.directory.DirectoryImport;
import th.dla.carbon.identity.buyers.BuyerSamples;
import th.dla.carbon.platform.web.ProblemType;
import th.dla.carbon.registry.Issuances;
import th.dla.carbon.support.Actors;
import th.dla.carbon.support.ApiRoutes;
import th.dla.carbon.support.IntegrationTest;
import th.dla.carbon.support.RegistryFixtures;

/**
 * The authorization matrix: every {@code /api/**} route of the running application × every kind of caller
 * (anonymous, signed in without a role, buyer, officer of the LAO concerned and of another LAO, provincial officer
 * of the province concerned and of another province, DLA administrator).
 *
 * <p>The expectations are the one table {@link #RULES}, keyed by method and route pattern. For every caller the
 * rule allows, the answer must not be a refusal by the security layer or the service's ownership check (401
 * {@code unauthorized}/{@code invalid-token}, 403 {@code forbidden}); it may be another 4xx (400 for the empty body,
 * 404 for the made-up id). For every other caller it must be 401 {@code unauthorized} when anonymous and 403
 * {@code forbidden} when signed in. Never a 5xx.
 *
 * <p>Where the owner of a resource decides (an officer appointment, a buyer organisation, a listing, a bid, a trade,
 * a notification), the row names a resource created in {@link #seed()} with {@code .with("id", seeded("..."))}, so
 * that the check runs against a real owner: a made-up id would answer 404 to everyone and hide whether the check
 * works. The BUYER caller acts for the seeded, verified organisation that placed the seeded bids. A new route on
 * such a resource should seed one too. Rows still on made-up values, on purpose: the {@code /api/v1/admin/**} ids
 * (the path rule decides before any look-up), the public retirement certificate and the live stream of a listing
 * (see {@link #seed()}).
 *
 * <p>A route of the application without a row fails {@link #everyRouteHasARule()}: <b>a new endpoint needs its row
 * here</b>. A row without a route fails too, so the table never outlives the code.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT {

  // ----------------------------------------------------------------------------------------------------------------
  // The tenants of the callers. Paths are filled with the "own" ones: officer of OWN_LAO is the one concerned.

  static final String OWN_LAO = "4120102";       // เทศบาลเมืองบางศรีเมือง, Nonthaburi
  static final String OTHER_LAO = "5810401";     // an LAO in Krabi
  static final String OWN_PROVINCE = "12";       // Nonthaburi, the province of OWN_LAO
  static final String OTHER_PROVINCE = "81";     // Krabi

  enum Caller {
    ANONYMOUS, NO_ROLE, BUYER, LAO_OFFICER_OWN, LAO_OFFICER_OTHER, PROVINCE_OFFICER_OWN, PROVINCE_OFFICER_OTHER, DLA_ADMIN
  }

  /** Everyone, without a token too. */
  static final Set<Caller> PUBLIC = EnumSet.allOf(Caller.class);
  /** Anyone with a valid access token, whatever their roles. */
  static final Set<Caller> SIGNED_IN = EnumSet.complementOf(EnumSet.of(ANONYMOUS));
  /** DLA administrators only ({@code /api/v1/admin/**}). */
  static final Set<Caller> ADMIN = EnumSet.of(DLA_ADMIN);

  /** Exactly these callers, e.g. {@code only(LAO_OFFICER_OWN, DLA_ADMIN)}. */
  static Set<Caller> only(Caller... callers) {
    return EnumSet.copyOf(Arrays.asList(callers));
  }

  /** The body of the routes that take {@code {reason}}: valid, so that a refusal cannot hide behind a 400. */
  static final String REASON = "{\"reason\":\"authorization matrix\"}";

  /**
   * A value for a path variable or query parameter that is the id of a resource created in {@link #seed()}, e.g.
   * {@code .with("id", seeded("appointment-to-approve"))}: the ownership check then runs on a real resource
   * instead of hiding behind a 404 for a made-up id.
   */
  static String seeded(String name) {
    return SEEDED + name;
  }

  private static final String SEEDED = "seeded:";

  static final MediaType PDF = MediaType.APPLICATION_PDF;

  /** A well-formed certificate number that was never issued: the public reads answer 404 to everyone. */
  static final String CERTIFICATE = "TH-LAO-2026-AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG";

  /** A valid listing of OWN_LAO: an officer of another LAO is refused for the LAO, not for the body. */
  static final String LISTING = "{\"laoCode\":\"" + OWN_LAO + "\",\"mode\":\"NEGOTIABLE\",\"quantity\":5,\"unitPrice\":100,\"minLot\":1}";

  // ----------------------------------------------------------------------------------------------------------------
  // THE TABLE: one row per route, sorted by path then method (the test checks the order, so that branches adding
  // rows merge cleanly). Path variables are filled by name from DEFAULT_VALUES unless the row says .with(name,
  // value); POST/PUT/PATCH send the JSON body "{}" unless the row says .body(json).

  static final List<Rule> RULES = List.of(
      rule("GET",    "/api/v1/admin/buyers",                  ADMIN),
      rule("GET",    "/api/v1/admin/buyers/{id}",             ADMIN).with("id", seeded("managed-buyer")),
      rule("GET",    "/api/v1/admin/buyers/{id}/documents/{documentId}", ADMIN).with("id", seeded("managed-buyer")).with("documentId", seeded("managed-buyer-document")),
      rule("POST",   "/api/v1/admin/buyers/{id}/reinstate",   ADMIN).with("id", seeded("managed-buyer")),
      rule("POST",   "/api/v1/admin/buyers/{id}/reject",      ADMIN).with("id", seeded("managed-buyer")).body(REASON),
      rule("POST",   "/api/v1/admin/buyers/{id}/suspend",     ADMIN).with("id", seeded("managed-buyer")).body(REASON),
      rule("POST",   "/api/v1/admin/buyers/{id}/verify",      ADMIN).with("id", seeded("managed-buyer")),
      rule("POST",   "/api/v1/admin/dashboards/rebuild",      ADMIN),
      rule("POST",   "/api/v1/admin/directory/laos/import",   ADMIN),
      rule("GET",    "/api/v1/admin/issuances",               ADMIN),
      rule("POST",   "/api/v1/admin/issuances",               ADMIN),
      rule("POST",   "/api/v1/admin/issuances/preview",       ADMIN),
      rule("GET",    "/api/v1/admin/issuances/{id}",          ADMIN),
      rule("GET",    "/api/v1/admin/ledger/verify",           ADMIN),
      rule("GET",    "/api/v1/admin/market",                  ADMIN),
      rule("POST",   "/api/v1/admin/market/freeze",           ADMIN),
      rule("DELETE", "/api/v1/admin/market/price-floors/{projectCode}", ADMIN).with("projectCode", "MATRIX-NONE"),
      rule("PUT",    "/api/v1/admin/market/price-floors/{projectCode}", ADMIN).with("projectCode", "MATRIX-NONE").body("{\"minUnitPrice\":50}"),
      rule("POST",   "/api/v1/admin/market/unfreeze",         ADMIN),
      rule("POST",   "/api/v1/admin/reporting-windows",       ADMIN),
      rule("POST",   "/api/v1/admin/signing-keys/rotate",     ADMIN),
      rule("GET",    "/api/v1/admin/users",                   ADMIN),
      rule("POST",   "/api/v1/admin/users/{id}/roles",        ADMIN).body("{\"role\":\"LAO_OFFICER\",\"tenant\":\"" + OWN_LAO + "\"}"),
      rule("DELETE", "/api/v1/admin/users/{id}/roles/{role}", ADMIN).with("tenant", OWN_LAO),
      rule("GET",    "/api/v1/audit/verify",                  PUBLIC),
      rule("POST",   "/api/v1/auth/login",                    PUBLIC),
      rule("POST",   "/api/v1/auth/logout",                   PUBLIC),
      rule("GET",    "/api/v1/auth/providers",                PUBLIC),
      rule("POST",   "/api/v1/auth/refresh",                  PUBLIC),
      rule("POST",   "/api/v1/bids/{id}/accept",              only(LAO_OFFICER_OWN)).with("id", seeded("bid-to-accept")),
      rule("POST",   "/api/v1/bids/{id}/accept-counter",      only(BUYER)).with("id", seeded("bid-countered")),
      rule("POST",   "/api/v1/bids/{id}/counter",             only(LAO_OFFICER_OWN)).with("id", seeded("bid-to-counter")).body("{\"unitPrice\":95}"),
      rule("POST",   "/api/v1/bids/{id}/reject",              only(LAO_OFFICER_OWN)).with("id", seeded("bid-to-reject")),
      rule("POST",   "/api/v1/bids/{id}/withdraw",            only(BUYER)).with("id", seeded("bid-to-withdraw")),
      rule("POST",   "/api/v1/buyers/registrations",          PUBLIC),
      rule("GET",    "/api/v1/dashboards/laos/{code}",        PUBLIC),
      rule("GET",    "/api/v1/dashboards/national",           PUBLIC),
      rule("GET",    "/api/v1/dashboards/provinces/{code}",   PUBLIC).with("code", OWN_PROVINCE),
      rule("GET",    "/api/v1/exports/{dataset}",             PUBLIC).with("dataset", "trades"),
      rule("GET",    "/api/v1/laos",                          PUBLIC),
      rule("GET",    "/api/v1/laos/{code}",                   PUBLIC),
      rule("GET",    "/api/v1/laos/{code}/account",           only(LAO_OFFICER_OWN, PROVINCE_OFFICER_OWN, DLA_ADMIN)),
      rule("GET",    "/api/v1/laos/{code}/bin-reports",       only(LAO_OFFICER_OWN, PROVINCE_OFFICER_OWN, DLA_ADMIN)),
      rule("POST",   "/api/v1/laos/{code}/bin-reports",       only(LAO_OFFICER_OWN)).body("{\"households\":1250,\"bins\":400}"),
      rule("GET",    "/api/v1/laos/{code}/credit-summary",    PUBLIC),
      rule("GET",    "/api/v1/laos/{code}/listings",          only(LAO_OFFICER_OWN, DLA_ADMIN)),
      rule("GET",    "/api/v1/laos/{code}/officers",          only(LAO_OFFICER_OWN, PROVINCE_OFFICER_OWN, DLA_ADMIN)),
      rule("POST",   "/api/v1/laos/{code}/officers",          only(LAO_OFFICER_OWN, DLA_ADMIN)),
      rule("GET",    "/api/v1/laos/{code}/trades",            only(LAO_OFFICER_OWN, PROVINCE_OFFICER_OWN, DLA_ADMIN)),
      rule("GET",    "/api/v1/listings",                      PUBLIC),
      rule("POST",   "/api/v1/listings",                      only(LAO_OFFICER_OWN)).body(LISTING),
      rule("GET",    "/api/v1/listings/{id}",                 PUBLIC).with("id", seeded("listing-negotiable")),
      rule("POST",   "/api/v1/listings/{id}/approve",         only(LAO_OFFICER_OWN)).with("id", seeded("listing-pending")),
      rule("GET",    "/api/v1/listings/{id}/bids",            PUBLIC).with("id", seeded("listing-negotiable")),
      rule("POST",   "/api/v1/listings/{id}/bids",            only(BUYER)).with("id", seeded("listing-negotiable")).body("{\"quantity\":1,\"unitPrice\":90}"),
      rule("GET",    "/api/v1/listings/{id}/stream",          PUBLIC),
      rule("POST",   "/api/v1/listings/{id}/submit",          only(LAO_OFFICER_OWN)).with("id", seeded("listing-draft")),
      rule("POST",   "/api/v1/listings/{id}/withdraw",        only(LAO_OFFICER_OWN)).with("id", seeded("listing-to-withdraw")),
      rule("GET",    "/api/v1/me",                            SIGNED_IN),
      rule("GET",    "/api/v1/me/bids",                       only(BUYER)),
      rule("GET",    "/api/v1/me/holdings",                   only(BUYER)),
      rule("GET",    "/api/v1/me/notifications",              SIGNED_IN),
      rule("POST",   "/api/v1/me/notifications/read-all",     SIGNED_IN),
      rule("GET",    "/api/v1/me/notifications/unread-count", SIGNED_IN),
      rule("POST",   "/api/v1/me/notifications/{id}/read",    only(LAO_OFFICER_OWN)).with("id", seeded("notification")),
      rule("GET",    "/api/v1/me/organisation",               only(BUYER)),
      rule("GET",    "/api/v1/me/retirements",                only(BUYER)),
      rule("GET",    "/api/v1/me/trades",                     only(BUYER)),
      rule("POST",   "/api/v1/officers/{id}/approve",         only(PROVINCE_OFFICER_OWN, DLA_ADMIN)).with("id", seeded("appointment-to-approve")),
      rule("POST",   "/api/v1/officers/{id}/reject",          only(PROVINCE_OFFICER_OWN, DLA_ADMIN)).with("id", seeded("appointment-to-reject")).body(REASON),
      rule("GET",    "/api/v1/projects",                      PUBLIC),
      rule("GET",    "/api/v1/provinces",                     PUBLIC),
      rule("GET",    "/api/v1/provinces/{code}/committee-report", only(PROVINCE_OFFICER_OWN, DLA_ADMIN)).with("code", OWN_PROVINCE).with("format", "csv"),
      rule("GET",    "/api/v1/provinces/{code}/districts",    PUBLIC).with("code", OWN_PROVINCE),
      rule("GET",    "/api/v1/provinces/{code}/officer-appointments", only(PROVINCE_OFFICER_OWN, DLA_ADMIN)).with("code", OWN_PROVINCE),
      rule("GET",    "/api/v1/provinces/{code}/officer-roster", only(PROVINCE_OFFICER_OWN, DLA_ADMIN)).with("code", OWN_PROVINCE).with("format", "csv"),
      rule("GET",    "/api/v1/reporting-windows",             PUBLIC),
      rule("POST",   "/api/v1/retirements",                   only(BUYER)).body("{\"quantity\":1,\"beneficiary\":\"Matrix Co., Ltd.\",\"purpose\":\"offset\"}"),
      rule("GET",    "/api/v1/retirements/{certificateNo}",   PUBLIC).with("certificateNo", CERTIFICATE),
      rule("GET",    "/api/v1/retirements/{certificateNo}/certificate.pdf", PUBLIC).with("certificateNo", CERTIFICATE).accept(PDF),
      rule("GET",    "/api/v1/serials/{serial}",              PUBLIC).with("serial", "TVER-DLA-WWB-2023-000000042"),
      rule("GET",    "/api/v1/trades/{id}",                   only(BUYER, LAO_OFFICER_OWN, PROVINCE_OFFICER_OWN, DLA_ADMIN)).with("id", seeded("trade")),
      rule("POST",   "/api/v1/trades/{id}/cancel",            only(BUYER, LAO_OFFICER_OWN)).with("id", seeded("trade-to-cancel")).body(REASON),
      rule("POST",   "/api/v1/trades/{id}/confirm-payment",   only(LAO_OFFICER_OWN)).with("id", seeded("trade-paid")).body("{\"receiptNo\":\"MATRIX-0001\"}"),
      rule("POST",   "/api/v1/trades/{id}/payment",           only(BUYER)).with("id", seeded("trade-to-pay")).body("{\"reference\":\"KBANK-MATRIX-1\",\"paidAt\":\"2026-01-05T10:00:00+07:00\"}"),
      rule("GET",    "/api/v1/trades/{id}/payment-notice.pdf", only(BUYER, LAO_OFFICER_OWN)).with("id", seeded("trade")).accept(PDF),
      rule("POST",   "/api/v1/trades/{id}/registry-transfer", only(LAO_OFFICER_OWN)).with("id", seeded("trade-confirmed")).body("{\"tgoReference\":\"TGO-MATRIX-1\",\"transferredAt\":\"2026-01-06T10:00:00+07:00\"}"),
      rule("GET",    "/api/v1/trades/{id}/slip",              only(BUYER, LAO_OFFICER_OWN)).with("id", seeded("trade-paid")));

  /** Values for path variables by name; a row overrides them with {@code .with(name, value)}. */
  static final Map<String, String> DEFAULT_VALUES = Map.of(
      "id", "3f2c8a9e-0d4b-4e1a-8f57-2b6c9d0e1a23",
      "code", OWN_LAO,
      "laoCode", OWN_LAO,
      "provinceCode", OWN_PROVINCE,
      "buyerId", seeded("buyer"),
      "role", "LAO_OFFICER");

  // ----------------------------------------------------------------------------------------------------------------

  /** Who may call {@code method pattern}; {@code params} are path variables and query parameters. */
  record Rule(String method, String pattern, Set<Caller> allowed, Map<String, String> params, String body, List<MediaType> accept) {
    Rule with(String name, String value) {
      Map<String, String> more = new LinkedHashMap<>(params);
      more.put(name, value);
      return new Rule(method, pattern, allowed, more, body, accept);
    }

    Rule body(String json) {
      return new Rule(method, pattern, allowed, params, json, accept);
    }

    /** A route that produces another type (a PDF) is asked for it too, or it would answer 406 to everyone. */
    Rule accept(MediaType type) {
      List<MediaType> more = new ArrayList<>(accept);
      more.add(type);
      return new Rule(method, pattern, allowed, params, body, List.copyOf(more));
    }

    String key() {
      return method + " " + pattern;
    }
  }

  static Rule rule(String method, String pattern, Set<Caller> allowed) {
    return new Rule(method, pattern, allowed, Map.of(), "{}", List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
  }

  private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
  private static final Comparator<Rule> TABLE_ORDER = Comparator.comparing(Rule::pattern).thenComparing(Rule::method);

  @Autowired WebTestClient http;
  @Autowired AccessTokens tokens;
  @LocalServerPort int port;
  @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
  @Autowired DirectoryImport directoryImport;
  @Autowired Issuances issuances;

  final Map<Caller, String> accessTokens = new EnumMap<>(Caller.class);
  /** The resources of {@link #seed()} by the name rows give to {@link #seeded(String)}. */
  final Map<String, String> seededIds = new LinkedHashMap<>();

  @BeforeAll
  void seedAndIssueOneTokenPerCaller() {
    // seeding registers buyers (Argon2 hashing): more than WebTestClient's 5 s default on a busy shared machine
    http = http.mutate().responseTimeout(java.time.Duration.ofSeconds(60)).build();
    seed();
    Map<Caller, Actor> actors = Map.of(
        Caller.NO_ROLE, Actors.withoutRole(),
        Caller.BUYER, Actors.buyer(UUID.fromString(seededIds.get("buyer"))),
        Caller.LAO_OFFICER_OWN, Actors.laoOfficer(OWN_LAO),
        Caller.LAO_OFFICER_OTHER, Actors.laoOfficer(OTHER_LAO),
        Caller.PROVINCE_OFFICER_OWN, Actors.provinceOfficer(OWN_PROVINCE),
        Caller.PROVINCE_OFFICER_OTHER, Actors.provinceOfficer(OTHER_PROVINCE),
        DLA_ADMIN, Actors.admin());
    actors.forEach((caller, actor) -> accessTokens.put(caller, tokens.issue(actor).block()));
  }

  /**
   * The resources whose owner decides who may act on them, created through the public APIs as their users would:
   * <ul>
   *   <li>the directory's LAOs, so that OWN_LAO (province OWN_PROVINCE) exists and LAO/province checks run;</li>
   *   <li>{@code buyer}: a registered and verified buyer organisation, the one the BUYER caller acts for;</li>
   *   <li>{@code managed-buyer} and {@code managed-buyer-document}: a PENDING organisation with one document, for
   *       the administration rows;</li>
   *   <li>{@code appointment-to-approve}, {@code appointment-to-reject}: PENDING officer appointments for OWN_LAO,
   *       proposed by its officer, so that only the provincial office of OWN_PROVINCE (and DLA) may decide them;</li>
   *   <li>the market's listings, bids, trades and a notification of OWN_LAO, see {@link #seedMarket(String)}.</li>
   * </ul>
   * Not seeded: a retirement certificate (the public certificate rows use a made-up number: 404 for everyone is
   * right for a public read) and the live stream of a listing ({@code /listings/{id}/stream} keeps a made-up id: a
   * real listing's stream never ends).
   * Allowed callers may change these (e.g. approve the appointment, verify the organisation): a later allowed
   * caller then gets 409, which is no refusal, and a refused caller is refused before the state is looked at.
   */
  void seed() {
    RegistryFixtures.loadDemoLaos(directoryImport);
    String admin = tokens.issue(Actors.admin()).block();

    UUID buyer = BuyerSamples.register(http, BuyerSamples.registration());
    http.post().uri("/api/v1/admin/buyers/{id}/verify", buyer).headers(h -> h.setBearerAuth(admin))
        .exchange().expectStatus().isOk();
    seededIds.put("buyer", buyer.toString());

    UUID managed = BuyerSamples.register(http, BuyerSamples.registration());
    seededIds.put("managed-buyer", managed.toString());
    List<?> documents = http.get().uri("/api/v1/admin/buyers/{id}", managed).headers(h -> h.setBearerAuth(admin))
        .exchange().expectStatus().isOk()
        .expectBody(Map.class).returnResult().getResponseBody().get("documents") instanceof List<?> list ? list : List.of();
    assertThat(documents).as("documents of the seeded organisation").hasSize(1);
    seededIds.put("managed-buyer-document", String.valueOf(((Map<?, ?>) documents.get(0)).get("id")));

    String officer = tokens.issue(Actors.laoOfficer(OWN_LAO)).block();
    for (String name : List.of("appointment-to-approve", "appointment-to-reject")) {
      String email = name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@bangsrimuang.go.th";
      Map<?, ?> appointment = http.post().uri("/api/v1/laos/{code}/officers", OWN_LAO).headers(h -> h.setBearerAuth(officer))
          .contentType(MediaType.APPLICATION_JSON)
          .bodyValue(Map.of("fullName", "นางสาวทดสอบ สิทธิ์", "position", "นักวิชาการสิ่งแวดล้อม", "phone", "02-123-4567", "email", email))
          .exchange().expectStatus().isCreated()
          .expectBody(Map.class).returnResult().getResponseBody();
      seededIds.put(name, String.valueOf(appointment.get("id")));
    }

    seedMarket(tokens.issue(Actors.buyer(buyer)).block());
  }

  /**
   * Listings, bids and trades of OWN_LAO, and a notification to its officers, made the way the market makes them:
   * credits issued to OWN_LAO; a maker drafts, a checker (another officer of OWN_LAO) approves; the seeded buyer
   * bids. Fixed-price bids fill at once and open the trades, which are then moved along by their parties.
   */
  private void seedMarket(String buyer) {
    RegistryFixtures.issue(issuances, 2023, List.of(OWN_LAO), List.of(500L));
    String maker = tokens.issue(Actors.laoOfficer(OWN_LAO)).block();
    String checker = tokens.issue(Actors.laoOfficer(OWN_LAO)).block();

    String negotiable = openListing(maker, checker, "NEGOTIABLE");
    String fixedPrice = openListing(maker, checker, "FIXED_PRICE");
    seededIds.put("listing-negotiable", negotiable);
    seededIds.put("listing-draft", id(call("POST", "/api/v1/listings", maker, listing("NEGOTIABLE", 5), 201)));
    seededIds.put("listing-to-withdraw", id(call("POST", "/api/v1/listings", maker, listing("NEGOTIABLE", 5), 201)));
    String pending = id(call("POST", "/api/v1/listings", maker, listing("NEGOTIABLE", 5), 201));
    call("POST", "/api/v1/listings/" + pending + "/submit", maker, null, 200);
    seededIds.put("listing-pending", pending);

    for (String name : List.of("bid-to-accept", "bid-to-reject", "bid-to-counter", "bid-countered", "bid-to-withdraw")) {
      seededIds.put(name, id(call("POST", "/api/v1/listings/" + negotiable + "/bids", buyer, Map.of("quantity", 1, "unitPrice", 90), 201)));
    }
    call("POST", "/api/v1/bids/" + seededIds.get("bid-countered") + "/counter", checker, Map.of("unitPrice", 95), 200);

    for (String name : List.of("trade", "trade-to-pay", "trade-paid", "trade-confirmed", "trade-to-cancel")) {
      Map<?, ?> bid = call("POST", "/api/v1/listings/" + fixedPrice + "/bids", buyer, Map.of("quantity", 1, "unitPrice", 100), 201);
      assertThat(bid.get("tradeId")).as("the trade of a filled fixed-price bid").isNotNull();
      seededIds.put(name, String.valueOf(bid.get("tradeId")));
    }
    // trade-paid: payment reported with a slip; trade-confirmed: reported and confirmed
    MultipartBodyBuilder payment = new MultipartBodyBuilder();
    payment.part("payment", Map.of("reference", "KBANK-SEED-1", "paidAt", Instant.now().minusSeconds(60).toString()), MediaType.APPLICATION_JSON);
    payment.part("slip", BuyerSamples.pdf(), MediaType.APPLICATION_PDF).filename("slip.pdf");
    http.post().uri("/api/v1/trades/{id}/payment", seededIds.get("trade-paid")).headers(h -> h.setBearerAuth(buyer))
        .contentType(MediaType.MULTIPART_FORM_DATA).body(BodyInserters.fromMultipartData(payment.build()))
        .exchange().expectStatus().isOk();
    String confirmed = seededIds.get("trade-confirmed");
    call("POST", "/api/v1/trades/" + confirmed + "/payment", buyer,
        Map.of("reference", "KBANK-SEED-2", "paidAt", Instant.now().minusSeconds(60).toString()), 200);
    call("POST", "/api/v1/trades/" + confirmed + "/confirm-payment", maker, Map.of("receiptNo", "SEED-" + UUID.randomUUID()), 200);

    // the inbox of an officer of OWN_LAO holds only what is addressed to OWN_LAO's officers (e.g. the listing to approve)
    List<?> inbox = (List<?>) call("GET", "/api/v1/me/notifications", maker, null, 200).get("items");
    assertThat(inbox).as("notifications to the officers of OWN_LAO").isNotEmpty();
    seededIds.put("notification", String.valueOf(((Map<?, ?>) inbox.get(0)).get("id")));
  }

  /** The admin rows may leave the market frozen or a floor set (the order of the routes is not fixed): tidy up for other tests. */
  @AfterAll
  void unfreezeTheMarket() {
    String admin = tokens.issue(Actors.admin()).block();
    call("POST", "/api/v1/admin/market/unfreeze", admin, null, 200);
    call("DELETE", "/api/v1/admin/market/price-floors/MATRIX-NONE", admin, null, 200);
  }

  private String openListing(String maker, String checker, String mode) {
    String id = id(call("POST", "/api/v1/listings", maker, listing(mode, 50), 201));
    call("POST", "/api/v1/listings/" + id + "/submit", maker, null, 200);
    call("POST", "/api/v1/listings/" + id + "/approve", checker, null, 200);
    return id;
  }

  private static Map<String, Object> listing(String mode, long quantity) {
    return Map.of("laoCode", OWN_LAO, "mode", mode, "quantity", quantity, "unitPrice", 100, "minLot", 1);
  }

  private static String id(Map<?, ?> resource) {
    return String.valueOf(resource.get("id"));
  }

  /** A step of the seeding, which must answer {@code expected}; its JSON body. */
  private Map<?, ?> call(String method, String uri, String token, @Nullable Object body, int expected) {
    WebTestClient.RequestBodySpec spec = http.method(HttpMethod.valueOf(method)).uri(uri).headers(h -> h.setBearerAuth(token));
    WebTestClient.RequestHeadersSpec<?> ready = body == null ? spec : spec.contentType(MediaType.APPLICATION_JSON).bodyValue(body);
    EntityExchangeResult<Map> result = ready.exchange().expectBody(Map.class).returnResult();
    assertThat(result.getStatus().value()).as("%s %s answered %s", method, uri, result.getResponseBody()).isEqualTo(expected);
    return result.getResponseBody() == null ? Map.of() : result.getResponseBody();
  }

  private String resolve(String value) {
    if (!value.startsWith(SEEDED)) {
      return value;
    }
    String id = seededIds.get(value.substring(SEEDED.length()));
    assertThat(id).as("the resource %s seeded in seed()", value).isNotNull();
    return id;
  }

  @Test
  void everyRouteHasARule() {
    Set<String> ruled = new LinkedHashSet<>(RULES.stream().map(Rule::key).toList());
    List<String> missing = routeKeys().stream().filter(key -> !ruled.contains(key)).toList();
    assertThat(missing)
        .as("""
            These API routes have no row in AuthorizationMatrixIT.RULES. Add one per route (sorted by path, then \
            method) saying who may call it, e.g.
              rule("GET",    "/api/v1/laos/{code}/account",           only(LAO_OFFICER_OWN, DLA_ADMIN)),
            Missing:
            """ + String.join("\n", missing))
        .isEmpty();
  }

  @Test
  void everyRuleIsForAnExistingRouteAndAppearsOnce() {
    List<String> keys = RULES.stream().map(Rule::key).toList();
    assertThat(keys).as("rows of AuthorizationMatrixIT.RULES").doesNotHaveDuplicates();
    List<String> routes = routeKeys();
    assertThat(keys.stream().filter(key -> !routes.contains(key)).toList())
        .as("rows of AuthorizationMatrixIT.RULES without a route: remove them, or fix the method or path")
        .isEmpty();
  }

  @Test
  void theTableIsSortedByPathThenMethod() {
    List<String> sorted = RULES.stream().sorted(TABLE_ORDER).map(Rule::key).toList();
    assertThat(RULES.stream().map(Rule::key).toList()).as("AuthorizationMatrixIT.RULES order").isEqualTo(sorted);
  }

  @TestFactory
  Stream<DynamicContainer> everyRouteAnswersEachCallerAsItsRuleSays() {
    Map<String, Rule> rules = new LinkedHashMap<>();
    RULES.forEach(rule -> rules.put(rule.key(), rule));
    return routeKeys().stream()
        .filter(rules::containsKey)
        .map(key -> DynamicContainer.dynamicContainer(key, Arrays.stream(Caller.values())
            .map(caller -> DynamicTest.dynamicTest(caller.name(), () -> check(rules.get(key), caller)))));
  }

  private void check(Rule rule, Caller caller) {
    EntityExchangeResult<byte[]> result = request(rule, caller);
    int status = result.getStatus().value();
    String body = result.getResponseBodyContent() == null ? "" : new String(result.getResponseBodyContent(), StandardCharsets.UTF_8);
    String what = rule.key() + " as " + caller + " answered " + status + " " + body;
    assertThat(status).as(what).isLessThan(500);
    if (rule.allowed().contains(caller)) {
      assertThat(refused(status, body)).as(what + ": this caller is allowed by the rule, but was refused").isFalse();
    } else if (caller == ANONYMOUS) {
      assertThat(status).as(what + ": anonymous callers must be asked to sign in").isEqualTo(401);
      assertThat(body).as(what).contains(ProblemType.UNAUTHORIZED.uri().toString());
    } else {
      assertThat(status).as(what + ": this caller is not allowed by the rule").isEqualTo(403);
      assertThat(body).as(what).contains(ProblemType.FORBIDDEN.uri().toString());
    }
  }

  /** A refusal by the path rules or by the service's ownership check (not, e.g., a wrong password). */
  private static boolean refused(int status, String body) {
    return status == 401 && (body.isEmpty() || body.contains(ProblemType.UNAUTHORIZED.uri().toString())
            || body.contains(ProblemType.INVALID_TOKEN.uri().toString()))
        || status == 403 && (body.isEmpty() || body.contains(ProblemType.FORBIDDEN.uri().toString()));
  }

  private EntityExchangeResult<byte[]> request(Rule rule, Caller caller) {
    Map<String, String> values = new LinkedHashMap<>(DEFAULT_VALUES);
    values.putAll(rule.params());
    values.replaceAll((name, value) -> resolve(value));
    Set<String> query = new LinkedHashSet<>(rule.params().keySet());
    Matcher variable = VARIABLE.matcher(rule.pattern());
    StringBuilder path = new StringBuilder();
    while (variable.find()) {
      query.remove(variable.group(1));
      variable.appendReplacement(path, Matcher.quoteReplacement(values.getOrDefault(variable.group(1), "1")));
    }
    variable.appendTail(path);
    List<String> parameters = new ArrayList<>();
    query.forEach(name -> parameters.add(name + "=" + values.get(name)));
    String uri = "http://localhost:" + port + path + (parameters.isEmpty() ? "" : "?" + String.join("&", parameters));

    WebTestClient.RequestBodySpec spec = http.method(HttpMethod.valueOf(rule.method())).uri(URI.create(uri))
        .accept(rule.accept().toArray(MediaType[]::new));
    if (caller != ANONYMOUS) {
      spec.headers(headers -> headers.setBearerAuth(accessTokens.get(caller)));
    }
    boolean hasBody = Set.of("POST", "PUT", "PATCH").contains(rule.method());
    WebTestClient.RequestHeadersSpec<?> ready = hasBody ? spec.contentType(MediaType.APPLICATION_JSON).bodyValue(rule.body()) : spec;
    return ready.exchange().expectBody().returnResult();
  }

  private List<String> routeKeys() {
    return ApiRoutes.of(mappings).stream().map(ApiRoutes.Route::toString).distinct().toList();
  }
}
