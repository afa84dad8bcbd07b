package th.dla.carbon.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import th.dla.carbon.CarbonMarketApplication;
import th.dla.carbon.directory.DirectoryImport;
import th.dla.carbon.platform.web.ProblemException;
import th.dla.carbon.support.DatabaseCleaner;
import th.dla.carbon.support.RegistryFixtures;

/**
 * Random sequences of ledger operations — some of them run concurrently — against the real database, each
 * checked against a simple model (quantities per account and per holder) and against the ledger's own proof
 * ({@link Ledger#verify}). jqwik runs on the JUnit Platform beside Jupiter, so Surefire runs it with the rest.
 *
 * <p>Each try starts a fresh issuance split between two LAOs, runs 1–6 operations on two LAO accounts and two
 * buyer accounts with three holders, then empties the accounts through the ledger (release and retire), so the
 * next try starts from zero. jqwik does not run Spring's test extension, so the class starts its own
 * application context (no web server) on the same embedded PostgreSQL as the integration tests.
 */
class LedgerPropertyTest {

  private static ConfigurableApplicationContext context;
  private static Ledger ledger;
  private static Issuances issuances;
  private static long[] laoAccounts;

  private static final List<String> LAOS = List.of(RegistryFixtures.BANG_SRI_MUEANG, RegistryFixtures.KRABI_TOWN);

  @BeforeContainer
  static void start() {
    context = new SpringApplicationBuilder(CarbonMarketApplication.class)
        .web(WebApplicationType.NONE)
        // as command-line arguments, so they win over application.yml like @SpringBootTest's properties do
        .run("--carbon.database.url=", "--carbon.database.embedded.data-dir=", "--carbon.demo.enabled=false",
            "--carbon.admin-token=property-test", "--spring.main.banner-mode=off", "--logging.level.root=WARN");
    ledger = context.getBean(Ledger.class);
    issuances = context.getBean(Issuances.class);
    DatabaseCleaner.clearRegistry(context.getBean(DatabaseClient.class));
    RegistryFixtures.loadDemoLaos(context.getBean(DirectoryImport.class));
    laoAccounts = new long[] {ledger.laoAccount(LAOS.get(0)).block().id(), ledger.laoAccount(LAOS.get(1)).block().id()};
  }

  @AfterContainer
  static void stop() {
    LedgerVerification whole = ledger.verify().block();
    context.close();
    assertThat(whole.problems()).isEmpty();
  }

  // ---- operations -----------------------------------------------------------------------------------------

  /** accounts 0, 1 are the LAOs; 2, 3 the buyers. holders 0, 1 are listings; 2 a trade. */
  sealed interface Op permits Reserve, Reassign, Release, Transfer, Retire, Concurrently {}

  record Reserve(int account, long quantity, int holder) implements Op {}

  record Reassign(int from, long quantity, int to) implements Op {}

  record Release(int holder, Long quantity) implements Op {}

  record Transfer(int holder, int account) implements Op {}

  record Retire(int account, long quantity) implements Op {}

  /** reservations (each for a new listing) and retirements racing on one account */
  record Concurrently(int account, List<Long> reserves, List<Long> retires) implements Op {}

  record Scenario(long first, long second, List<Op> ops) {}

  @Provide
  Arbitrary<Scenario> scenarios() {
    Arbitrary<Long> quantity = Arbitraries.longs().between(1, 40);
    Arbitrary<Integer> account = Arbitraries.integers().between(0, 3);
    Arbitrary<Integer> holder = Arbitraries.integers().between(0, 2);
    Arbitrary<Op> op = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, Combinators.combine(account, quantity, holder).as(Reserve::new)),
        net.jqwik.api.Tuple.of(3, Combinators.combine(holder, quantity, holder).as(Reassign::new)),
        net.jqwik.api.Tuple.of(2, Combinators.combine(holder, quantity.injectNull(0.5)).as(Release::new)),
        net.jqwik.api.Tuple.of(3, Combinators.combine(holder, account).as(Transfer::new)),
        net.jqwik.api.Tuple.of(2, Combinators.combine(account, quantity).as(Retire::new)),
        net.jqwik.api.Tuple.of(2, Combinators.combine(Arbitraries.integers().between(0, 1),
            quantity.list().ofMinSize(2).ofMaxSize(6), Arbitraries.longs().between(1, 20).list().ofMaxSize(2)).as(Concurrently::new)));
    return Combinators.combine(Arbitraries.longs().between(1, 120), Arbitraries.longs().between(1, 120), op.list().ofMinSize(1).ofMaxSize(6))
        .as(Scenario::new);
  }

  // ---- the property -----------------------------------------------------------------------------------------

  /** What the ledger must show: available credits per account, reserved credits (and their account) per holder. */
  static final class Model {
    final long[] available = new long[4];
    final Map<Holder, Long> held = new HashMap<>();
    final Map<Holder, Integer> heldIn = new HashMap<>();

    long held(Holder h) {
      return held.getOrDefault(h, 0L);
    }

    void hold(Holder h, int account, long delta) {
      long now = held(h) + delta;
      if (now == 0) {
        held.remove(h);
        heldIn.remove(h);
      } else {
        held.put(h, now);
        heldIn.put(h, account);
      }
    }
  }

  @Property(tries = 1000, shrinking = ShrinkingMode.OFF)
  void noSequenceOfOperationsCreatesOrLosesACredit(@ForAll("scenarios") Scenario scenario) {
    Issuance issuance = RegistryFixtures.issue(issuances, 2024, LAOS, List.of(scenario.first(), scenario.second()));
    long[] accounts = {
        laoAccounts[0], laoAccounts[1],
        ledger.buyerAccount(UUID.randomUUID()).block().id(), ledger.buyerAccount(UUID.randomUUID()).block().id()};
    List<Holder> holders = new ArrayList<>(List.of(Holder.listing(UUID.randomUUID()), Holder.listing(UUID.randomUUID()), Holder.trade(UUID.randomUUID())));
    Model model = new Model();
    model.available[0] = scenario.first();
    model.available[1] = scenario.second();

    for (Op op : scenario.ops()) {
      apply(op, accounts, holders, model);
    }
    check(issuance, accounts, holders, model, true);

    // empty the accounts through the ledger itself, so the next try starts from zero
    for (Holder holder : holders) {
      Movement released = ledger.release(holder, null).block();
      assertThat(released.quantity()).as("released for " + holder).isEqualTo(model.held(holder));
      if (model.held(holder) > 0) {
        model.available[model.heldIn.get(holder)] += model.held(holder);
        model.hold(holder, 0, -model.held(holder));
      }
    }
    for (int a = 0; a < 4; a++) {
      if (model.available[a] > 0) {
        assertThat(ledger.retire(accounts[a], model.available[a], null, "cleanup").block().quantity()).isEqualTo(model.available[a]);
        model.available[a] = 0;
      }
    }
    // the amounts released and retired were checked above; the next try's checks see anything left over
  }

  private static void apply(Op op, long[] accounts, List<Holder> holders, Model model) {
    if (op instanceof Reserve r) {
      Holder h = holders.get(r.holder());
      Class<?> expected = model.held(h) > 0 && model.heldIn.get(h) != r.account() ? HolderConflict.class
          : model.available[r.account()] < r.quantity() ? InsufficientCredits.class : null;
      expect(ledger.reserve(accounts[r.account()], r.quantity(), null, h, "property"), expected, op);
      if (expected == null) {
        model.available[r.account()] -= r.quantity();
        model.hold(h, r.account(), r.quantity());
      }
    } else if (op instanceof Reassign r) {
      Holder from = holders.get(r.from());
      Holder to = holders.get(r.to());
      Class<?> expected = from.equals(to) ? ProblemException.class
          : model.held(from) == 0 ? InsufficientReserved.class
          : model.held(to) > 0 && !model.heldIn.get(to).equals(model.heldIn.get(from)) ? HolderConflict.class
          : model.held(from) < r.quantity() ? InsufficientReserved.class : null;
      expect(ledger.reassign(from, r.quantity(), to), expected, op);
      if (expected == null) {
        int account = model.heldIn.get(from);
        model.hold(from, account, -r.quantity());
        model.hold(to, account, r.quantity());
      }
    } else if (op instanceof Release r) {
      Holder h = holders.get(r.holder());
      long amount = r.quantity() == null ? model.held(h) : r.quantity();
      Class<?> expected = model.held(h) < amount ? InsufficientReserved.class : null;
      expect(ledger.release(h, r.quantity()), expected, op);
      if (expected == null && amount > 0) {
        model.available[model.heldIn.get(h)] += amount;
        model.hold(h, model.heldIn.get(h), -amount);
      }
    } else if (op instanceof Transfer t) {
      Holder h = holders.get(t.holder());
      Class<?> expected = model.held(h) == 0 ? InsufficientReserved.class
          : model.heldIn.get(h) == t.account() ? ProblemException.class : null;
      expect(ledger.transfer(h, accounts[t.account()], "property"), expected, op);
      if (expected == null) {
        model.available[t.account()] += model.held(h);
        model.hold(h, model.heldIn.get(h), -model.held(h));
      }
    } else if (op instanceof Retire r) {
      Class<?> expected = model.available[r.account()] < r.quantity() ? InsufficientCredits.class : null;
      expect(ledger.retire(accounts[r.account()], r.quantity(), null, "property"), expected, op);
      if (expected == null) {
        model.available[r.account()] -= r.quantity();
      }
    } else if (op instanceof Concurrently c) {
      long before = model.available[c.account()];
      List<Mono<Long>> racing = new ArrayList<>();
      List<Holder> fresh = new ArrayList<>();
      for (long quantity : c.reserves()) {
        Holder h = Holder.listing(UUID.randomUUID());
        fresh.add(h);
        racing.add(ledger.reserve(accounts[c.account()], quantity, null, h, "race").map(m -> m.quantity())
            .onErrorResume(InsufficientCredits.class, e -> Mono.just(-quantity)));
      }
      for (long quantity : c.retires()) {
        racing.add(ledger.retire(accounts[c.account()], quantity, null, "race").map(m -> m.quantity())
            .onErrorResume(InsufficientCredits.class, e -> Mono.just(-quantity)));
      }
      List<Long> outcomes = Flux.merge(racing).collectList().block();
      long taken = outcomes.stream().filter(q -> q > 0).mapToLong(Long::longValue).sum();
      assertThat(taken).as("credits taken by the race on " + c).isLessThanOrEqualTo(before);
      long left = before - taken;
      outcomes.stream().filter(q -> q < 0).forEach(refused ->
          assertThat(-refused).as("a refusal in " + c + " with " + left + " left is justified").isGreaterThan(left));
      model.available[c.account()] = left;
      for (Holder h : fresh) {
        long held = ledger.reservedFor(h).block();
        if (held > 0) {
          model.hold(h, c.account(), held);
          holders.add(h);
        }
      }
    }
  }

  private static void expect(Mono<Movement> operation, Class<?> expectedError, Op op) {
    Throwable error = operation.then(Mono.<Throwable>empty()).onErrorResume(e -> Mono.just(e)).block();
    if (expectedError == null) {
      assertThat(error).as(op + " should succeed").isNull();
    } else {
      assertThat(error).as(op + " should fail").isInstanceOf(expectedError);
    }
  }

  private static void check(Issuance issuance, long[] accounts, List<Holder> holders, Model model, boolean verify) {
    if (verify) {
      LedgerVerification verification = ledger.verify(List.of(issuance.id())).block();
      assertThat(verification.problems()).isEmpty();
    }
    for (int a = 0; a < 4; a++) {
      long available = ledger.blocks(accounts[a]).filter(b -> b.state() == BlockState.AVAILABLE)
          .map(b -> b.range().quantity()).reduce(0L, Long::sum).block();
      assertThat(available).as("available in account " + a).isEqualTo(model.available[a]);
    }
    for (Holder holder : holders) {
      assertThat(ledger.reservedFor(holder).block()).as("reserved for " + holder).isEqualTo(model.held(holder));
    }
  }
}
