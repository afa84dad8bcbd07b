package th.dla.carbon.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;
import th.dla.carbon.directory.DirectoryImport;
import th.dla.carbon.identity.Actor;
import th.dla.carbon.identity.BuyerStatus;
import th.dla.carbon.identity.Buyers;
import th.dla.carbon.registry.IssuanceRequest;
import th.dla.carbon.registry.IssuanceRequest.AllocationLine;
import th.dla.carbon.registry.Issuances;
import th.dla.carbon.registry.Ledger;
import th.dla.carbon.support.BuyerFixtures;
import th.dla.carbon.support.RegistryFixtures;

/**
 * P4 benchmark (not part of the test suite: run it with bench/dashboard/run.sh). The application on 127.0.0.1:18100
 * with its own embedded PostgreSQL; credits issued to every demo LAO through the registry; then N settled trades
 * written straight into the source tables by bulk SQL (settlement's trades and LAO revenue, the registry's blocks
 * and journal — consistent, so the ledger verifies), the dashboards rebuilt from them, and the median latency of the
 * three public endpoints measured over real HTTP, first with 1,000 trades, then with 1,000,000.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
    properties = {
      "server.port=18100",
      "server.address=127.0.0.1",
      "carbon.database.url=",
      "carbon.database.embedded.data-dir=",
      "carbon.database.embedded.temporary-name=bench-dashboard",
      "carbon.demo.enabled=false",
      "carbon.documents.dir=",
      "logging.level.root=WARN"
    })
class DashboardLatencyBench {

  static final int BUYERS = 20;
  static final long PER_LAO = 1_000_000;
  static final int WARM_UP = Integer.getInteger("bench.warmup", 400);
  static final int REQUESTS = Integer.getInteger("bench.requests", 200);

  @Autowired DirectoryImport directoryImport;
  @Autowired Issuances issuances;
  @Autowired Ledger ledger;
  @Autowired Buyers buyers;
  @Autowired DatabaseClient db;
  @Autowired Dashboards dashboards;

  final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
  final StringBuilder report = new StringBuilder();

  @Test
  void dashboardLatencyDoesNotGrowWithTheNumberOfTrades() throws Exception {
    long[] sizes = Arrays.stream(System.getProperty("bench.trades", "1000,1000000").split(",")).mapToLong(Long::parseLong).toArray();
    RegistryFixtures.loadDemoLaos(directoryImport);
    List<String> laos = db.sql("SELECT code FROM directory.lao ORDER BY code").map(r -> r.get("code", String.class)).all().collectList().block();
    List<AllocationLine> lines = laos.stream().map(code -> new AllocationLine(code, PER_LAO)).toList();
    long total = PER_LAO * laos.size();
    for (int v = 0; v < 2; v++) {
      issuances.create(new IssuanceRequest("DLA-WWB", 2023 + v, 1 + v * total, (v + 1) * total, "TGO-BENCH-" + (2023 + v),
          LocalDate.of(2024 + v, 3, 1), lines)).block();
    }
    List<UUID> buyerIds = new ArrayList<>();
    for (int b = 0; b < BUYERS; b++) {
      Actor buyer = BuyerFixtures.buyerOf(buyers, BuyerStatus.VERIFIED).block();
      buyerIds.add(buyer.buyerId());
      ledger.buyerAccount(buyer.buyerId()).block();
    }
    exec("""
        CREATE TABLE public.bench_slot AS
        SELECT (row_number() OVER (ORDER BY a.lao_code) - 1)::int AS l, (i.vintage - 2023)::int AS v, a.lao_code, acc.id AS account_id,
               a.issuance_id, a.serial_first AS base, 1 + ((row_number() OVER (ORDER BY a.lao_code) - 1) % 5)::int AS q
        FROM registry.allocation a JOIN registry.issuance i ON i.id = a.issuance_id
        JOIN registry.account acc ON acc.lao_code = a.lao_code AND acc.kind = 'LAO'
        WHERE i.tgo_reference = 'TGO-BENCH-2023'""");
    exec("""
        INSERT INTO public.bench_slot
        SELECT s.l, 1, s.lao_code, s.account_id, a.issuance_id, a.serial_first, s.q
        FROM public.bench_slot s JOIN registry.allocation a ON a.lao_code = s.lao_code
        JOIN registry.issuance i ON i.id = a.issuance_id AND i.tgo_reference = 'TGO-BENCH-2024'""");
    exec("CREATE TABLE public.bench_buyer AS SELECT (row_number() OVER (ORDER BY id) - 1)::int AS b, id AS account_id, buyer_id FROM registry.account WHERE kind = 'BUYER'");
    int nLao = laos.size();

    report.append("Machine: ").append(machine()).append('\n');
    report.append("LAOs with credits: ").append(nLao).append(" (2 vintages each); buyers: ").append(BUYERS).append("\n\n");
    report.append("| trades | generate (s) | rebuild (s) | national median (ms) | province median (ms) | LAO median (ms) |\n");
    report.append("|---:|---:|---:|---:|---:|---:|\n");
    long generated = 0;
    Map<Long, double[]> medians = new LinkedHashMap<>();
    for (long size : sizes) {
      long started = System.nanoTime();
      generate(generated, size, nLao);
      generated = size;
      double generateSeconds = (System.nanoTime() - started) / 1e9;
      started = System.nanoTime();
      var rebuilt = dashboards.rebuild().block(Duration.ofHours(1));
      double rebuildSeconds = (System.nanoTime() - started) / 1e9;
      assertThat(get("/api/v1/dashboards/national")).contains("\"sold\":" + soldSoFar(size, nLao));
      double n = median("/api/v1/dashboards/national");
      double p = median("/api/v1/dashboards/provinces/12");
      double l = median("/api/v1/dashboards/laos/3120101");
      medians.put(size, new double[] {n, p, l});
      report.append("| %,d | %.1f | %.1f | %.2f | %.2f | %.2f |\n".formatted(size, generateSeconds, rebuildSeconds, n, p, l));
      System.out.println("BENCH " + size + " trades: rebuilt " + rebuilt + "; medians national " + n + " ms, province " + p
          + " ms, LAO " + l + " ms");
    }
    if (sizes.length == 2) {
      double[] small = medians.get(sizes[0]);
      double[] large = medians.get(sizes[1]);
      report.append("\nRatio (%,d ÷ %,d trades): national %.2f, province %.2f, LAO %.2f (goal ≤ 1.5)\n".formatted(sizes[1], sizes[0],
          large[0] / small[0], large[1] / small[1], large[2] / small[2]));
    }
    var verification = ledger.verify().block(Duration.ofMinutes(30));
    report.append("Ledger verify after generation: ").append(verification.ok() ? "ok" : verification.problems()).append('\n');
    Path out = Path.of(System.getProperty("bench.out", "target/bench-dashboard.md"));
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, report);
    System.out.println(report);
  }

  /**
   * Trades number {@code from} to {@code to - 1}, all SETTLED, each with its blocks, journal entries and LAO revenue.
   * Trade k is the (k ÷ 2n)-th of LAO l = k mod n and vintage v = (k ÷ n) mod 2, so after trade m of them the LAO's
   * block starts (number of its trades) × q serials on.
   */
  /** Trades number {@code from} to {@code to - 1}, all SETTLED, each with its blocks, journal entries and LAO revenue. */
  void generate(long from, long to, int nLao) {
    String trades = """
        SELECT k, s.lao_code, s.account_id AS lao_account, s.issuance_id, s.q,
               s.base + (k / (2 * %1$d)) * s.q AS first, s.base + (k / (2 * %1$d)) * s.q + s.q - 1 AS last,
               bb.account_id AS buyer_account, bb.buyer_id,
               md5('bench-trade-' || k)::uuid AS trade_id, md5('bench-listing-' || s.lao_code || '-' || s.v)::uuid AS listing_id,
               round(220 + ((k * 37) %% 8001) / 100.0, 2)::numeric(14,2) AS price,
               now() - (((k * 7919) %% 17520) * interval '1 hour') - interval '1 day' AS at
        FROM generate_series(%2$d::bigint, %3$d::bigint - 1) AS k
        JOIN public.bench_slot s ON s.l = k %% %1$d AND s.v = (k / %1$d) %% 2
        JOIN public.bench_buyer bb ON bb.b = k %% %4$d""".formatted(nLao, from, to, BUYERS);
    // the LAOs' blocks give up the serials first (blocks may not overlap)
    exec("""
        UPDATE registry.block b SET serial_first = s.base + c.sold * s.q
        FROM public.bench_slot s,
             LATERAL (SELECT greatest(0, (%2$d::bigint - s.l + %1$d - 1) / %1$d) AS m) m,
             LATERAL (SELECT CASE s.v WHEN 0 THEN (m.m + 1) / 2 ELSE m.m / 2 END AS sold) c
        WHERE b.owner_account = s.account_id AND b.issuance_id = s.issuance_id AND b.state = 'AVAILABLE'"""
        .formatted(nLao, to));
    exec("CREATE TEMP TABLE bench_t AS " + trades);
    exec("""
        INSERT INTO settlement.trade (id, listing_id, lao_code, buyer_id, quantity, unit_price, total, state, payment_due_at,
          payment_reference, paid_at, payment_reported_at, receipt_no, payment_confirmed_at, tgo_reference, transferred_at, settled_at,
          created_at, updated_at)
        SELECT trade_id, listing_id, lao_code, buyer_id, q, price, price * q, 'SETTLED', at + interval '7 days',
               'BENCH-PAY-' || k, at + interval '1 hour', at + interval '1 hour', 'BENCH-' || k, at + interval '2 hours',
               'TGO-BENCH-' || k, at + interval '1 day', at + interval '1 day', at, at + interval '1 day'
        FROM bench_t""");
    exec("""
        INSERT INTO settlement.lao_revenue (trade_id, lao_code, receipt_no, amount, confirmed_at)
        SELECT trade_id, lao_code, 'BENCH-' || k, price * q, at + interval '2 hours' FROM bench_t""");
    exec("""
        INSERT INTO registry.block (issuance_id, serial_first, serial_last, owner_account, state)
        SELECT issuance_id, first, last, buyer_account, 'AVAILABLE' FROM bench_t""");
    exec("""
        INSERT INTO registry.journal_entry (operation_id, at, reason, issuance_id, serial_first, serial_last, from_account, from_state,
          from_holder_type, from_holder_id, to_account, to_state, to_holder_type, to_holder_id, reference)
        SELECT md5('bench-op-' || k || '-' || step)::uuid, at, reason, issuance_id, first, last, from_account, from_state,
               from_holder_type, from_holder_id, to_account, to_state, to_holder_type, to_holder_id, 'bench'
        FROM bench_t, LATERAL (VALUES
          (1, 'RESERVATION', lao_account, 'AVAILABLE', NULL, NULL::uuid, lao_account, 'RESERVED', 'LISTING', listing_id),
          (2, 'REASSIGNMENT', lao_account, 'RESERVED', 'LISTING', listing_id, lao_account, 'RESERVED', 'TRADE', trade_id),
          (3, 'TRANSFER', lao_account, 'RESERVED', 'TRADE', trade_id, buyer_account, 'AVAILABLE', NULL, NULL::uuid))
          AS j(step, reason, from_account, from_state, from_holder_type, from_holder_id, to_account, to_state, to_holder_type, to_holder_id)""");
    exec("DROP TABLE bench_t");
    exec("ANALYZE");
  }

  double median(String path) throws IOException, InterruptedException {
    for (int i = 0; i < WARM_UP; i++) {
      send(path);
    }
    double[] millis = new double[REQUESTS];
    for (int i = 0; i < REQUESTS; i++) {
      long started = System.nanoTime();
      send(path);
      millis[i] = (System.nanoTime() - started) / 1e6;
    }
    Arrays.sort(millis);
    return (millis[REQUESTS / 2 - 1] + millis[REQUESTS / 2]) / 2;
  }

  /** One request without If-None-Match: the server computes the whole answer every time. */
  void send(String path) throws IOException, InterruptedException {
    HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:18100" + path)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(path + " answered " + response.statusCode());
    }
  }

  String get(String path) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:18100" + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString()).body();
  }

  /** Credits in the first {@code trades} trades: trade k sells 1 + (k mod nLao) mod 5 credits of LAO k mod nLao. */
  static long soldSoFar(long trades, int nLao) {
    long sold = 0;
    for (long k = 0; k < trades; k++) {
      sold += 1 + (k % nLao) % 5;
    }
    return sold;
  }

  void exec(String sql) {
    db.sql(sql).then().block(Duration.ofHours(1));
  }

  static String machine() {
    String cpu = "unknown CPU";
    try {
      cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name")).findFirst()
          .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse(cpu);
    } catch (IOException ignored) {
      // not Linux
    }
    String load = "";
    try {
      load = ", load average " + Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException ignored) {
      // not Linux
    }
    return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), " + (Runtime.getRuntime().maxMemory() >> 20)
        + " MB JVM heap, Java " + System.getProperty("java.version") + load + " at " + Instant.now();
  }
}
