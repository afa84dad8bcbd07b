package th.dla.carbon.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import reactor.core.publisher.Mono;
import th.dla.carbon.audit.AuditLog;
import th.dla.carbon.directory.DirectoryImport;
import th.dla.carbon.identity.AccessTokens;
import th.dla.carbon.identity.Actor;
import th.dla.carbon.identity.Role;
import th.dla.carbon.identity.Users;
import th.dla.carbon.notification.email.EmailOutbox;
import th.dla.carbon.registry.Account;
import th.dla.carbon.registry.Balance;
import th.dla.carbon.registry.Holder;
import th.dla.carbon.registry.Issuance;
import th.dla.carbon.registry.Issuances;
import th.dla.carbon.registry.Ledger;
import th.dla.carbon.registry.LedgerVerification;
import th.dla.carbon.identity.BuyerStatus;
import th.dla.carbon.identity.Buyers;
import th.dla.carbon.support.Actors;
import th.dla.carbon.support.BuyerFixtures;
import th.dla.carbon.support.Auth;
import th.dla.carbon.support.DatabaseCleaner;
import th.dla.carbon.support.IntegrationTest;
import th.dla.carbon.support.RegistryFixtures;

/**
 * Settlement through HTTP with real tokens on the real database: a trade from {@link Trades#open} to SETTLED, the
 * buyer's retirement and its public certificate, refusals (409 illegal transitions, 403 wrong party), the payment
 * deadline, notifications in the inbox and by email (GreenMail). After every scenario the ledger's proof and the
 * audit chain are ok, and the issuance's credits are all accounted for.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SettlementIT {

  static final String LAO = RegistryFixtures.BANG_SRI_MUEANG;
  static final GreenMail MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

  static {
    MAIL.start();
  }

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    // runs are triggered by the tests, not by the schedulers
    registry.add("carbon.notification.email.poll-interval", () -> "PT1H");
    registry.add("carbon.settlement.deadline-check-interval", () -> "PT1H");
    registry.add("carbon.documents.dir", () -> "target/test-documents");
  }

  /** The market's SPI as a test double: takes the credits back while {@link #listingOpen} is true. */
  @TestConfiguration
  static class MarketDouble {
    static final AtomicBoolean listingOpen = new AtomicBoolean(true);

    @Bean
    @Primary
    ListingCreditsReturn testListingCreditsReturn(Ledger ledger) {
      return (listingId, tradeId, quantity) -> listingOpen.get()
          ? ledger.reassign(Holder.trade(tradeId), quantity, Holder.listing(listingId)).thenReturn(true)
          : Mono.just(false);
    }
  }

  @Autowired WebTestClient http;
  @Autowired AccessTokens tokens;
  @Autowired Trades trades;
  @Autowired PaymentDeadlines deadlines;
  @Autowired Ledger ledger;
  @Autowired Issuances issuances;
  @Autowired AuditLog auditLog;
  @Autowired DirectoryImport directoryImport;
  @Autowired DatabaseClient db;
  @Autowired Users users;
  @Autowired Buyers buyers;
  @Autowired EmailOutbox outbox;

  Issuance issuance;
  UUID buyerId;
  Actor buyer;
  Actor officer;
  UUID listingId;

  @BeforeAll
  void directory() {
    RegistryFixtures.loadDemoLaos(directoryImport);
  }

  @AfterAll
  void stopMail() {
    MAIL.stop();
  }

  @BeforeEach
  void aListingOf40Credits() {
    DatabaseCleaner.clearRegistry(db);
    MarketDouble.listingOpen.set(true);
    issuance = RegistryFixtures.issue(issuances, 2024, List.of(LAO), List.of(100L));
    buyer = BuyerFixtures.buyerOf(buyers, BuyerStatus.VERIFIED).block();
    buyerId = buyer.buyerId();
    officer = Actors.laoOfficer(LAO);
    listingId = UUID.randomUUID();
    ledger.reserveFromLao(LAO, 40, null, Holder.listing(listingId), "test listing").block();
  }

  @AfterEach
  void ledgerAndAuditAreProvenAndNothingWasLost() {
    LedgerVerification verification = ledger.verify().block();
    assertThat(verification.problems()).isEmpty();
    assertThat(verification.ok()).isTrue();
    assertThat(auditLog.verify().block().ok()).isTrue();
    long accounted = 0;
    for (Account account : List.of(ledger.laoAccount(LAO).block(), ledger.buyerAccount(buyerId).block())) {
      for (Balance balance : ledger.balances(account.id()).collectList().block()) {
        if (balance.issuanceId().equals(issuance.id())) {
          accounted += balance.held() + balance.retired();
        }
      }
    }
    assertThat(accounted).as("credits of the issuance held or retired").isEqualTo(100);
  }

  TradeView open(long quantity, String unitPrice) {
    return trades.open(new OpenTrade(listingId, UUID.randomUUID(), LAO, buyerId, quantity, new BigDecimal(unitPrice),
        Holder.listing(listingId))).block();
  }

  WebTestClient.ResponseSpec post(Actor actor, String path, Object body) {
    return http.post().uri(path).headers(Auth.bearer(tokens, actor)).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
  }

  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

  @Test
  void whoCanNeverActOnATradeIsRefusedWithoutLearningWhetherItExists() {
    UUID unknown = UUID.randomUUID();
    http.get().uri("/api/v1/trades/{id}", unknown).headers(Auth.bearer(tokens, Actors.withoutRole())).exchange().expectStatus().isForbidden();
    http.post().uri("/api/v1/trades/{id}/confirm-payment", unknown).headers(Auth.bearer(tokens, Actors.provinceOfficer("12")))
        .bodyValue(Map.of("receiptNo", "R-1")).exchange().expectStatus().isForbidden();
    http.post().uri("/api/v1/trades/{id}/cancel", unknown).headers(Auth.bearer(tokens, Actors.admin()))
        .bodyValue(Map.of("reason", "x")).exchange().expectStatus().isForbidden();
    http.get().uri("/api/v1/trades/{id}", unknown).headers(Auth.bearer(tokens, Actors.admin())).exchange().expectStatus().isNotFound();
  }

  @Test
  void aTradeIsPaidConfirmedTransferredSettledAndItsCreditsRetiredWithAPublicCertificate() throws Exception {
    TradeView trade = open(30, "260.00");
    assertThat(trade.state()).isEqualTo(TradeState.AWAITING_PAYMENT);
    assertThat(trade.total()).isEqualByComparingTo("7800.00");
    assertThat(trade.paymentDueAt()).isBetween(Instant.now().plus(Duration.ofDays(7)).minusSeconds(120), Instant.now().plus(Duration.ofDays(7)).plusSeconds(60));
    assertThat(ledger.reservedFor(Holder.trade(trade.id())).block()).isEqualTo(30);
    assertThat(ledger.reservedFor(Holder.listing(listingId)).block()).isEqualTo(10);
    String path = "/api/v1/trades/" + trade.id();

    http.get().uri("/api/v1/me/trades").headers(Auth.bearer(tokens, buyer)).exchange().expectStatus().isOk()
        .expectBody().jsonPath("$.total").isEqualTo(1).jsonPath("$.items[0].state").isEqualTo("AWAITING_PAYMENT");
    byte[] notice = http.get().uri(path + "/payment-notice.pdf").headers(Auth.bearer(tokens, buyer)).exchange()
        .expectStatus().isOk().expectHeader().contentType(MediaType.APPLICATION_PDF).expectBody(byte[].class).returnResult().getResponseBody();
    assertThat(new String(notice, 0, 5)).isEqualTo("%PDF-");
    save("payment-notice-it.pdf", notice);

    // wrong order and wrong parties
    post(officer, path + "/confirm-payment", Map.of("receiptNo", "R-1")).expectStatus().isEqualTo(409)
        .expectBody().jsonPath("$.type").isEqualTo("https://carbon.dla.go.th/problems/illegal-transition");
    http.get().uri(path).headers(Auth.bearer(tokens, Actors.buyer(UUID.randomUUID()))).exchange().expectStatus().isForbidden();
    http.get().uri(path + "/payment-notice.pdf").headers(Auth.bearer(tokens, Actors.laoOfficer(RegistryFixtures.KRABI_TOWN))).exchange().expectStatus().isForbidden();
    post(officer, path + "/payment", Map.of("reference", "X", "paidAt", Instant.now().toString())).expectStatus().isForbidden();

    MultipartBodyBuilder form = new MultipartBodyBuilder();
    form.part("payment", Map.of("reference", "KBANK-20260108-0001", "paidAt", Instant.now().minusSeconds(600).toString()), MediaType.APPLICATION_JSON);
    form.part("slip", new ByteArrayResource(PNG) {
      @Override
      public String getFilename() {
        return "slip.png";
      }
    }, MediaType.IMAGE_PNG);
    http.post().uri(path + "/payment").headers(Auth.bearer(tokens, buyer)).contentType(MediaType.MULTIPART_FORM_DATA)
        .body(BodyInserters.fromMultipartData(form.build())).exchange()
        .expectStatus().isOk().expectBody()
        .jsonPath("$.state").isEqualTo("PAYMENT_REPORTED")
        .jsonPath("$.paymentReference").isEqualTo("KBANK-20260108-0001")
        .jsonPath("$.slip.contentType").isEqualTo("image/png");
    http.get().uri(path + "/slip").headers(Auth.bearer(tokens, officer)).exchange().expectStatus().isOk()
        .expectHeader().contentType(MediaType.IMAGE_PNG).expectBody(byte[].class).isEqualTo(PNG);
    post(buyer, path + "/payment", Map.of("reference", "again", "paidAt", Instant.now().toString())).expectStatus().isEqualTo(409);

    post(Actors.laoOfficer(RegistryFixtures.KRABI_TOWN), path + "/confirm-payment", Map.of("receiptNo", "R-1")).expectStatus().isForbidden();
    post(buyer, path + "/confirm-payment", Map.of("receiptNo", "R-1")).expectStatus().isForbidden();
    post(officer, path + "/confirm-payment", Map.of("receiptNo", "บส 123/2569")).expectStatus().isOk()
        .expectBody().jsonPath("$.state").isEqualTo("PAYMENT_CONFIRMED").jsonPath("$.receiptNo").isEqualTo("บส 123/2569");
    assertThat(db.sql("SELECT amount FROM settlement.lao_revenue WHERE trade_id = :id").bind("id", trade.id())
        .map(row -> row.get("amount", BigDecimal.class)).one().block()).isEqualByComparingTo("7800.00");
    post(buyer, path + "/cancel", Map.of("reason", "too late")).expectStatus().isEqualTo(409)
        .expectBody().jsonPath("$.type").isEqualTo("https://carbon.dla.go.th/problems/illegal-transition");

    post(officer, path + "/registry-transfer", Map.of("tgoReference", "TGO-TR-2569-0042", "transferredAt", Instant.now().toString()))
        .expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("SETTLED").jsonPath("$.tgoReference").isEqualTo("TGO-TR-2569-0042");
    post(officer, path + "/registry-transfer", Map.of("tgoReference", "again", "transferredAt", Instant.now().toString())).expectStatus().isEqualTo(409);
    assertThat(ledger.buyerHoldings(buyerId).map(Balance::available).reduce(0L, Long::sum).block()).isEqualTo(30);
    assertThat(ledger.reservedFor(Holder.trade(trade.id())).block()).isZero();

    // the LAO's list: its officer and its province see it, another LAO's officer does not
    http.get().uri("/api/v1/laos/" + LAO + "/trades").headers(Auth.bearer(tokens, Actors.provinceOfficer("12"))).exchange()
        .expectStatus().isOk().expectBody().jsonPath("$.items[0].id").isEqualTo(trade.id().toString());
    // (other tests of this JVM, e.g. AuthorizationMatrixIT, may settle trades of the same LAO)
    http.get().uri("/api/v1/laos/" + LAO + "/trades?state=SETTLED").headers(Auth.bearer(tokens, officer)).exchange()
        .expectStatus().isOk().expectBody()
        .jsonPath("$.items[?(@.id == '" + trade.id() + "')]").exists()
        .jsonPath("$.items[?(@.state != 'SETTLED')]").doesNotExist();
    http.get().uri("/api/v1/laos/" + LAO + "/trades").headers(Auth.bearer(tokens, Actors.laoOfficer(RegistryFixtures.KRABI_TOWN))).exchange()
        .expectStatus().isForbidden();

    // retirement and its public certificate
    Map<?, ?> certificate = post(buyer, "/api/v1/retirements", Map.of("quantity", 10, "beneficiary", "ธนาคารสีเขียว จำกัด (มหาชน)",
            "purpose", "ชดเชยการปล่อยก๊าซเรือนกระจกของสำนักงานใหญ่ ปี 2568"))
        .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    String certificateNo = (String) certificate.get("certificateNo");
    assertThat(certificateNo).matches("TH-LAO-\\d{4}(-[A-Z2-7]{4}){7}");
    http.get().uri("/api/v1/retirements/" + certificateNo).exchange().expectStatus().isOk().expectBody()
        .jsonPath("$.quantity").isEqualTo(10)
        .jsonPath("$.beneficiary").isEqualTo("ธนาคารสีเขียว จำกัด (มหาชน)")
        .jsonPath("$.ranges[0].originLaoCode").isEqualTo(LAO)
        .jsonPath("$.ranges[0].vintage").isEqualTo(2024)
        .jsonPath("$.ranges[0].serialFirst").isEqualTo(issuance.serialFirst())
        .jsonPath("$.originLaos[0].nameTh").isEqualTo("เทศบาลเมืองบางศรีเมือง")
        .jsonPath("$.verifyUrl").value(url -> assertThat((String) url).endsWith("/verify/" + certificateNo));
    byte[] pdf = http.get().uri("/api/v1/retirements/" + certificateNo + "/certificate.pdf").exchange()
        .expectStatus().isOk().expectHeader().contentType(MediaType.APPLICATION_PDF).expectBody(byte[].class).returnResult().getResponseBody();
    save("certificate-it.pdf", pdf);
    http.get().uri("/api/v1/retirements/TH-LAO-2026-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA").exchange().expectStatus().isNotFound();
    http.get().uri("/api/v1/retirements/not-a-number").exchange().expectStatus().isBadRequest();
    http.get().uri("/api/v1/me/retirements").headers(Auth.bearer(tokens, buyer)).exchange().expectStatus().isOk()
        .expectBody().jsonPath("$.total").isEqualTo(1).jsonPath("$.items[0].certificateNo").isEqualTo(certificateNo);
    post(buyer, "/api/v1/retirements", Map.of("quantity", 21, "beneficiary", "x", "purpose", "y")).expectStatus().isEqualTo(409)
        .expectBody().jsonPath("$.type").isEqualTo("https://carbon.dla.go.th/problems/insufficient-credits");
    post(officer, "/api/v1/retirements", Map.of("quantity", 1, "beneficiary", "x", "purpose", "y")).expectStatus().isForbidden();
    // retiring is a trading action: an organisation that is not (or no longer) verified may not
    Actor pending = BuyerFixtures.buyerOf(buyers, BuyerStatus.PENDING).block();
    post(pending, "/api/v1/retirements", Map.of("quantity", 1, "beneficiary", "x", "purpose", "y")).expectStatus().isForbidden()
        .expectBody().jsonPath("$.type").isEqualTo("https://carbon.dla.go.th/problems/buyer-not-verified");
    assertThat(ledger.buyerHoldings(buyerId).map(Balance::retired).reduce(0L, Long::sum).block()).isEqualTo(10);

    // notifications: the officers were told of the payment, the buyer of the settlement and the certificate
    http.get().uri("/api/v1/me/notifications").headers(Auth.bearer(tokens, officer)).exchange().expectStatus().isOk()
        .expectBody().jsonPath("$.items[*].kind").value(kinds -> assertThat((List<String>) kinds)
            .contains("PAYMENT_REPORTED", "PAYMENT_CONFIRMED", "TRADE_SETTLED").doesNotContain("CERTIFICATE_ISSUED"));
    http.get().uri("/api/v1/me/notifications/unread-count").headers(Auth.bearer(tokens, buyer)).exchange().expectStatus().isOk()
        .expectBody().jsonPath("$.unread").isEqualTo(4); // TRADE_OPENED, PAYMENT_CONFIRMED, TRADE_SETTLED, CERTIFICATE_ISSUED
    Map<?, ?> inbox = http.get().uri("/api/v1/me/notifications?unread=true").headers(Auth.bearer(tokens, buyer)).exchange()
        .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    Map<?, ?> newest = (Map<?, ?>) ((List<?>) inbox.get("items")).get(0);
    assertThat(newest.get("kind")).isEqualTo("CERTIFICATE_ISSUED");
    http.post().uri("/api/v1/me/notifications/" + newest.get("id") + "/read").headers(Auth.bearer(tokens, buyer)).exchange().expectStatus().isNoContent();
    // someone else's notification is refused like any other tenant's resource; an unknown one is not found
    http.post().uri("/api/v1/me/notifications/" + newest.get("id") + "/read").headers(Auth.bearer(tokens, officer)).exchange().expectStatus().isForbidden();
    http.post().uri("/api/v1/me/notifications/" + java.util.UUID.randomUUID() + "/read").headers(Auth.bearer(tokens, officer)).exchange().expectStatus().isNotFound();
    http.get().uri("/api/v1/me/notifications/unread-count").headers(Auth.bearer(tokens, buyer)).exchange().expectBody().jsonPath("$.unread").isEqualTo(3);
    http.post().uri("/api/v1/me/notifications/read-all").headers(Auth.bearer(tokens, buyer)).exchange().expectStatus().isOk()
        .expectBody().jsonPath("$.marked").isEqualTo(3);
  }

  @Test
  void eitherPartyMayCancelBeforeConfirmationAndTheCreditsGoBackToTheOpenListing() {
    TradeView first = open(5, "100.00");
    TradeView second = open(7, "100.00");
    post(buyer, "/api/v1/trades/" + first.id() + "/cancel", Map.of("reason", "changed our mind")).expectStatus().isOk()
        .expectBody().jsonPath("$.state").isEqualTo("CANCELLED").jsonPath("$.creditsReturnedTo").isEqualTo("LISTING");
    post(buyer, "/api/v1/trades/" + second.id() + "/payment", Map.of("reference", "REF-2", "paidAt", Instant.now().toString())).expectStatus().isOk();
    post(officer, "/api/v1/trades/" + second.id() + "/cancel", Map.of("reason", "payment never arrived")).expectStatus().isOk()
        .expectBody().jsonPath("$.state").isEqualTo("CANCELLED");
    post(officer, "/api/v1/trades/" + second.id() + "/cancel", Map.of("reason", "twice")).expectStatus().isEqualTo(409);
    post(Actors.buyer(UUID.randomUUID()), "/api/v1/trades/" + first.id() + "/cancel", Map.of("reason", "not mine")).expectStatus().isForbidden();
    post(buyer, "/api/v1/trades/" + first.id() + "/cancel", Map.of("reason", "")).expectStatus().isBadRequest()
        .expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
    assertThat(ledger.reservedFor(Holder.listing(listingId)).block()).isEqualTo(40);
  }

  @Test
  void anUnpaidTradePastItsDeadlineIsCancelledAndItsCreditsReturnToTheOpenListing() {
    TradeView trade = open(12, "260.00");
    pastDeadline(trade.id());
    assertThat(ledger.reservedFor(Holder.listing(listingId)).block()).isEqualTo(28);

    PaymentDeadlines.Result result = deadlines.run().block();

    assertThat(result.cancelled()).isEqualTo(1);
    assertThat(state(trade.id())).isEqualTo("CANCELLED");
    assertThat(ledger.reservedFor(Holder.listing(listingId)).block()).isEqualTo(40);
    assertThat(ledger.reservedFor(Holder.trade(trade.id())).block()).isZero();
    post(buyer, "/api/v1/trades/" + trade.id() + "/payment", Map.of("reference", "late", "paidAt", Instant.now().toString()))
        .expectStatus().isEqualTo(409);
    assertThat(deadlines.run().block().cancelled()).isZero();
  }

  @Test
  void anUnpaidTradePastItsDeadlineWhoseListingClosedReleasesItsCreditsToTheLao() {
    MarketDouble.listingOpen.set(false);
    TradeView trade = open(12, "260.00");
    long availableBefore = laoAvailable();
    pastDeadline(trade.id());
    post(buyer, "/api/v1/trades/" + trade.id() + "/payment", Map.of("reference", "late", "paidAt", Instant.now().toString()))
        .expectStatus().isEqualTo(409).expectBody().jsonPath("$.detail").value(d -> assertThat((String) d).contains("deadline"));

    deadlines.run().block();

    http.get().uri("/api/v1/trades/" + trade.id()).headers(Auth.bearer(tokens, buyer)).exchange().expectStatus().isOk()
        .expectBody().jsonPath("$.state").isEqualTo("CANCELLED").jsonPath("$.creditsReturnedTo").isEqualTo("LAO")
        .jsonPath("$.cancelReason").isEqualTo("payment deadline passed");
    assertThat(laoAvailable()).isEqualTo(availableBefore + 12);
    assertThat(ledger.reservedFor(Holder.listing(listingId)).block()).isEqualTo(28);
  }

  @Test
  void aBuyerIsRemindedOnceWhenTheDeadlineIsNearAndEmailedWhenSmtpIsConfigured() throws Exception {
    UUID userId = users.createLocalAccount(new Users.NewLocalAccount("buyer-" + buyerId.toString().substring(0, 8), "ผู้ซื้อทดสอบ",
        "buyer-" + buyerId + "@example.test", true, "a long enough passphrase 42")).block();
    users.grant(userId, Role.BUYER, buyerId.toString(), null).block();
    TradeView trade = open(3, "260.00");
    db.sql("UPDATE settlement.trade SET payment_due_at = now() + interval '3 hours' WHERE id = :id").bind("id", trade.id()).then().block();

    assertThat(deadlines.run().block().reminded()).isEqualTo(1);
    assertThat(deadlines.run().block().reminded()).isZero();
    http.get().uri("/api/v1/me/notifications").headers(Auth.bearer(tokens, buyer)).exchange().expectStatus().isOk()
        .expectBody().jsonPath("$.items[0].kind").isEqualTo("PAYMENT_DEADLINE_NEAR")
        .jsonPath("$.items[0].titleTh").isEqualTo("ใกล้ครบกำหนดชำระเงิน")
        .jsonPath("$.items[0].params.tradeId").isEqualTo(trade.id().toString());

    assertThat(outbox.drain().block()).isGreaterThanOrEqualTo(2);
    assertThat(MAIL.waitForIncomingEmail(5_000, 2)).isTrue();
    // one copy per recipient: the sender's own address (To) and the buyer's (Bcc, hidden from the headers)
    assertThat(MAIL.getUserManager().getUserByEmail("buyer-" + buyerId + "@example.test")).as("buyer mailbox").isNotNull();
    List<String> subjects = java.util.Arrays.stream(MAIL.getReceivedMessages())
        .map(SettlementIT::subject).toList();
    assertThat(subjects).contains("ใกล้ครบกำหนดชำระเงิน / Payment deadline near",
        "รายการซื้อขายใหม่: โปรดชำระเงินภายในกำหนด / New trade: please pay before the deadline");
    assertThat(outbox.drain().block()).isZero();
    // the trade is cancelled at the end so the scenario leaves nothing reserved for it
    post(buyer, "/api/v1/trades/" + trade.id() + "/cancel", Map.of("reason", "test over")).expectStatus().isOk();
  }

  static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  void pastDeadline(UUID tradeId) {
    db.sql("UPDATE settlement.trade SET payment_due_at = now() - interval '1 minute' WHERE id = :id").bind("id", tradeId).then().block();
  }

  String state(UUID tradeId) {
    return db.sql("SELECT state FROM settlement.trade WHERE id = :id").bind("id", tradeId).map(row -> row.get("state", String.class)).one().block();
  }

  long laoAvailable() {
    return ledger.balances(ledger.laoAccount(LAO).block().id()).filter(b -> b.issuanceId().equals(issuance.id()))
        .map(Balance::available).reduce(0L, Long::sum).block();
  }

  static void save(String name, byte[] bytes) throws Exception {
    Path out = Path.of("target/documents", name);
    Files.createDirectories(out.getParent());
    Files.write(out, bytes);
  }
}
