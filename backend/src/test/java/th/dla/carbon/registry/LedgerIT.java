package th.dla.carbon.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import th.dla.carbon.directory.DirectoryImport;
import th.dla.carbon.support.DatabaseCleaner;
import th.dla.carbon.support.IntegrationTest;
import th.dla.carbon.support.RegistryFixtures;

/** The ledger's public API against the real database; every scenario ends with the ledger's own proof. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerIT {

  @Autowired Ledger ledger;
  @Autowired Issuances issuances;
  @Autowired DirectoryImport directoryImport;
  @Autowired DatabaseClient db;

  Account bangSriMuang;
  Account krabi;

  @BeforeAll
  void directory() {
    RegistryFixtures.loadDemoLaos(directoryImport);
  }

  @BeforeEach
  void freshRegistry() {
    DatabaseCleaner.clearRegistry(db);
    bangSriMuang = ledger.laoAccount(RegistryFixtures.BANG_SRI_MUEANG).block();
    krabi = ledger.laoAccount(RegistryFixtures.KRABI_TOWN).block();
  }

  @AfterEach
  void nothingWasCreatedOrLost() {
    LedgerVerification verification = ledger.verify().block();
    assertThat(verification.problems()).isEmpty();
    assertThat(verification.ok()).isTrue();
  }

  @Test
  void splittingABlockOfOneToAHundredIntoThirtySevenAndSixtyThreeLeavesOneToThirtySevenAndThirtyEightToAHundred() {
    Issuance issuance = issuances.create(new IssuanceRequest("DLA-WWB", 2023, 1L, 100L, "TGO-SPLIT-" + UUID.randomUUID(),
        java.time.LocalDate.of(2024, 3, 1), List.of(new IssuanceRequest.AllocationLine(RegistryFixtures.BANG_SRI_MUEANG, 100L))))
        .block().issuance();
    Holder listing = Holder.listing(UUID.randomUUID());

    Movement reserved = ledger.reserve(bangSriMuang.id(), 37, null, listing, "listing").block();

    assertThat(reserved.quantity()).isEqualTo(37);
    assertThat(reserved.ranges()).singleElement().satisfies(range -> {
      assertThat(range.first()).isEqualTo(1);
      assertThat(range.last()).isEqualTo(37);
      assertThat(range.originLaoCode()).isEqualTo(RegistryFixtures.BANG_SRI_MUEANG);
      assertThat(range.blockSerial()).isEqualTo("TVER-DLA-WWB-2023-000000001-000000037");
    });
    List<HeldBlock> blocks = ledger.blocks(bangSriMuang.id()).collectList().block();
    assertThat(blocks).extracting(b -> b.range().first() + ".." + b.range().last() + " " + b.state())
        .containsExactly("1..37 RESERVED", "38..100 AVAILABLE");
    assertThat(blocks).extracting(b -> b.range().issuanceId()).containsOnly(issuance.id());
    assertThat(ledger.balances(bangSriMuang.id()).blockLast())
        .extracting(Balance::received, Balance::available, Balance::reservedForListings)
        .containsExactly(100L, 63L, 37L);
  }

  @Test
  void twoHundredConcurrentReservationsOfOneCreditAgainstAHundredSucceedExactlyAHundredTimes() {
    RegistryFixtures.issue(issuances, 2024, List.of(RegistryFixtures.BANG_SRI_MUEANG), List.of(100L));
    AtomicInteger refused = new AtomicInteger();

    List<Movement> succeeded = Flux.range(0, 200)
        .flatMap(i -> ledger.reserve(bangSriMuang.id(), 1, null, Holder.listing(UUID.randomUUID()), "concurrent " + i)
            .onErrorResume(InsufficientCredits.class, e -> {
              refused.incrementAndGet();
              return Mono.empty();
            }), 200)
        .collectList()
        .block();

    assertThat(succeeded).hasSize(100);
    assertThat(refused).hasValue(100);
    assertThat(succeeded.stream().flatMap(m -> m.ranges().stream()).map(SerialRange::first).distinct()).hasSize(100);
    assertThat(ledger.balances(bangSriMuang.id()).blockLast())
        .extracting(Balance::available, Balance::reservedForListings).containsExactly(0L, 100L);
  }

  @Test
  void aListingsCreditsGoToATradeThenToTheBuyerWhoRetiresThemWithTheirOrigin() {
    Issuance issuance = RegistryFixtures.issue(issuances, 2023, List.of(RegistryFixtures.BANG_SRI_MUEANG, RegistryFixtures.KRABI_TOWN), List.of(60L, 40L));
    Holder listing = Holder.listing(UUID.randomUUID());
    Holder trade = Holder.trade(UUID.randomUUID());
    UUID buyerId = UUID.randomUUID();

    ledger.reserve(krabi.id(), 25, 2023, listing, "listing").block();
    Movement reassigned = ledger.reassign(listing, 10, trade).block();
    Account buyer = ledger.buyerAccount(buyerId).block();
    Movement transferred = ledger.transfer(trade, buyer.id(), "TGO-TR-1").block();
    Movement released = ledger.release(listing, null).block();
    Movement retired = ledger.retire(buyer.id(), 4, null, "RET-1").block();

    long krabiFirst = issuance.serialFirst() + 60;
    assertThat(reassigned.ranges()).singleElement().extracting(SerialRange::first, SerialRange::last).containsExactly(krabiFirst, krabiFirst + 9);
    assertThat(transferred.quantity()).isEqualTo(10);
    assertThat(released.quantity()).isEqualTo(15);
    assertThat(retired.ranges()).singleElement().satisfies(range -> {
      assertThat(range.first()).isEqualTo(krabiFirst);
      assertThat(range.last()).isEqualTo(krabiFirst + 3);
      assertThat(range.originLaoCode()).isEqualTo(RegistryFixtures.KRABI_TOWN);
      assertThat(range.vintage()).isEqualTo(2023);
    });
    assertThat(ledger.balances(krabi.id()).blockLast())
        .extracting(Balance::received, Balance::available, Balance::reserved, Balance::sold, Balance::retired)
        .containsExactly(40L, 30L, 0L, 10L, 0L);
    assertThat(ledger.buyerHoldings(buyerId).blockLast())
        .extracting(Balance::received, Balance::available, Balance::retired)
        .containsExactly(10L, 6L, 4L);
    assertThat(ledger.reservedFor(listing).block()).isZero();
  }

  @Test
  void refusalsChangeNothing() {
    RegistryFixtures.issue(issuances, 2023, List.of(RegistryFixtures.BANG_SRI_MUEANG), List.of(10L));
    Holder listing = Holder.listing(UUID.randomUUID());

    assertThatThrownBy(() -> ledger.reserve(bangSriMuang.id(), 11, null, listing, "too many").block())
        .isInstanceOf(InsufficientCredits.class).hasMessageContaining("only 10");
    assertThatThrownBy(() -> ledger.reserve(bangSriMuang.id(), 1, 2024, listing, "wrong vintage").block())
        .isInstanceOf(InsufficientCredits.class);
    assertThatThrownBy(() -> ledger.reserve(bangSriMuang.id(), 0, null, listing, "zero").block())
        .hasMessageContaining("at least 1");
    ledger.reserve(bangSriMuang.id(), 4, null, listing, "ok").block();
    assertThatThrownBy(() -> ledger.reserve(krabi.id(), 1, null, listing, "other account").block())
        .isInstanceOf(HolderConflict.class);
    assertThatThrownBy(() -> ledger.reassign(listing, 5, Holder.trade(UUID.randomUUID())).block())
        .isInstanceOf(InsufficientReserved.class);
    assertThatThrownBy(() -> ledger.transfer(Holder.trade(UUID.randomUUID()), krabi.id()).block())
        .isInstanceOf(InsufficientReserved.class);
    assertThatThrownBy(() -> ledger.retire(bangSriMuang.id(), 7, null, "RET").block())
        .isInstanceOf(InsufficientCredits.class);

    assertThat(ledger.balances(bangSriMuang.id()).blockLast())
        .extracting(Balance::available, Balance::reservedForListings).containsExactly(6L, 4L);
    assertThat(ledger.release(Holder.listing(UUID.randomUUID()), null).block().quantity()).isZero();
  }
}
