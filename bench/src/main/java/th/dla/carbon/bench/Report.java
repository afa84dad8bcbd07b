package th.dla.carbon.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a run's results.jsonl into the Markdown table of docs/performance.md (medians) and the raw figures. */
public final class Report {

  private Report() {}

  public static void main(String[] args) throws Exception {
    Map<String, List<JsonNode>> byName = new LinkedHashMap<>();
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      if (!line.isBlank()) {
        JsonNode n = Http.JSON.readTree(line);
        byName.computeIfAbsent(n.get("name").asText(), k -> new ArrayList<>()).add(n);
      }
    }
    StringBuilder md = new StringBuilder();
    JsonNode machine = byName.getOrDefault("machine", List.of()).stream().findFirst().orElse(null);
    if (machine != null) {
      md.append("Machine: %s cores, %s MB RAM, %s; load average at start %s; %s; JVM flags `%s`; commit %s; %s.\n\n".formatted(
          machine.get("nproc"), machine.get("memMB"), machine.get("cpu").asText(), machine.get("loadavg").asText(),
          machine.get("java").asText(), machine.get("jvmFlags").asText(), machine.get("commit").asText(), machine.get("at").asText()));
    }
    md.append("| measure | median | goal | met? | runs |\n|---|---|---|---|---|\n");
    double bids = median(byName, "bids", "throughput");
    double pg = median(byName, "pgbench", "tps");
    if (!Double.isNaN(bids)) {
      String ratio = Double.isNaN(pg) ? "n/a" : "%.2f".formatted(bids / pg);
      md.append("| P1 bid throughput (%d clients) | %.0f bids/s; pgbench same SQL %s tps; **ratio %s** | ≥ 0.6 | %s | %d |\n".formatted(
          byName.get("bids").get(0).get("clients").asInt(), bids, Double.isNaN(pg) ? "n/a" : "%.0f".formatted(pg), ratio,
          Double.isNaN(pg) ? "?" : bids / pg >= 0.6 ? "met" : "missed", byName.get("bids").size()));
      double p50 = median(byName, "bids", "p50ms");
      double p99 = median(byName, "bids", "p99ms");
      md.append("| P2 bid latency (%d clients) | p50 %.1f ms, **p99 %.1f ms** | p99 ≤ 50 ms | %s | %d |\n".formatted(
          byName.get("bids").get(0).get("clients").asInt(), p50, p99, p99 <= 50 ? "met" : "missed", byName.get("bids").size()));
    }
    double cat = median(byName, "catalogue", "throughput");
    double triv = median(byName, "trivial", "throughput");
    if (!Double.isNaN(cat)) {
      // the catalogue and the trivial GET of one run follow each other: the ratio is taken per run, then the median
      List<Double> ratios = new ArrayList<>();
      for (JsonNode c : byName.get("catalogue")) {
        byName.getOrDefault("trivial", List.of()).stream().filter(t -> t.get("run").equals(c.get("run"))).findFirst()
            .ifPresent(t -> ratios.add(c.get("throughput").asDouble() / t.get("throughput").asDouble()));
      }
      double ratio = medianOf(ratios);
      md.append("| P3 catalogue (%d clients, page of 50, 10,000 listings) | %.0f req/s (p99 %.1f ms); trivial GET %.0f req/s; **ratio %.2f** (median of per-run ratios) | ≥ 0.3 | %s | %d |\n".formatted(
          byName.get("catalogue").get(0).get("clients").asInt(), cat, median(byName, "catalogue", "p99ms"), triv, ratio,
          ratio >= 0.3 ? "met" : "missed", byName.get("catalogue").size()));
    }
    if (byName.containsKey("bids") && byName.get("bids").get(0).has("appCpuMs")) {
      List<Double> app = new ArrayList<>();
      List<Double> db = new ArrayList<>();
      byName.get("bids").forEach(n -> {
        app.add(n.get("appCpuMs").asDouble() / n.get("requests").asDouble());
        db.add(n.get("dbCpuMs").asDouble() / n.get("requests").asDouble());
      });
      List<Double> pgdb = new ArrayList<>();
      byName.getOrDefault("pgbench", List.of()).stream().filter(n -> n.has("dbCpuMs") && n.get("transactions").asLong() > 0)
          .forEach(n -> pgdb.add(n.get("dbCpuMs").asDouble() / n.get("transactions").asDouble()));
      md.append("| (P1) CPU time per bid, whole run | backend JVM %.1f ms + PostgreSQL %.1f ms; pgbench's transaction: PostgreSQL %.1f ms | | | %d |\n"
          .formatted(medianOf(app), medianOf(db), medianOf(pgdb), app.size()));
    }
    md.append("| P4 dashboard latency, 1,000 vs 1,000,000 trades | see below (bench/dashboard/RESULTS.md) | ≤ 1.5 × | see below | |\n");
    double sse = median(byName, "sse", "p99ms");
    if (byName.containsKey("sse")) {
      md.append("| P5 SSE fan-out (%d subscribers) | **99%% in %s ms** (50%% in %s ms) | ≤ 500 ms | %s | %d |\n".formatted(
          byName.get("sse").get(0).get("subscribers").asInt(), fmt(sse), fmt(median(byName, "sse", "p50ms")),
          !Double.isNaN(sse) && sse <= 500 ? "met" : "missed", byName.get("sse").size()));
    }
    double rss = median(byName, "bids", "peakRssMB");
    if (!Double.isNaN(rss)) {
      md.append("| P6 backend RSS under P1 (peak) | **%.0f MB** | ≤ 600 MB | %s | %d |\n".formatted(rss, rss <= 600 ? "met" : "missed", byName.get("bids").size()));
    }
    double ready = median(byName, "startup", "readyMs");
    if (!Double.isNaN(ready)) {
      double cpu = median(byName, "startup", "cpuMs");
      md.append("| P6 start to ready (process start → /actuator/health UP) | **%.1f s**%s | ≤ 15 s | %s | %d |\n".formatted(
          ready / 1000, Double.isNaN(cpu) ? "" : " (%.1f s of CPU)".formatted(cpu / 1000), ready <= 15_000 ? "met" : "missed",
          byName.get("startup").size()));
    }
    md.append("\nRaw figures (one line per run; loadavg = 1/5/15-minute load average when the run ended):\n\n```\n");
    byName.forEach((name, list) -> list.forEach(n -> md.append(n).append('\n')));
    md.append("```\n");
    System.out.print(md);
  }

  static double medianOf(List<Double> list) {
    if (list.isEmpty()) {
      return Double.NaN;
    }
    double[] values = list.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int m = values.length / 2;
    return values.length % 2 == 1 ? values[m] : (values[m - 1] + values[m]) / 2;
  }

  private static String fmt(double v) {
    return Double.isNaN(v) ? "n/a" : "%.0f".formatted(v);
  }

  /** The median of a field over runs; a run without the value (e.g. SSE not 99% received) counts as +infinity. */
  static double median(Map<String, List<JsonNode>> byName, String name, String field) {
    List<JsonNode> list = byName.get(name);
    if (list == null || list.isEmpty()) {
      return Double.NaN;
    }
    double[] values = list.stream().mapToDouble(n -> n.hasNonNull(field) ? n.get(field).asDouble() : Double.POSITIVE_INFINITY).toArray();
    Arrays.sort(values);
    int m = values.length / 2;
    double v = values.length % 2 == 1 ? values[m] : (values[m - 1] + values[m]) / 2;
    return Double.isInfinite(v) ? Double.NaN : v;
  }
}
