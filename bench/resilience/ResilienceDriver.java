import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Load driver and checker of the resilience scenarios (bench/resilience/README.md). Plain JDK 17, no dependencies:
 * compiled and run by run.sh with {@code javac}/{@code java}. Talks to the product only over its public HTTP API.
 *
 * <pre>
 * setup   BASE PROPS                       sign in the demo accounts, issue credits, open a fixed-price listing
 * auctions BASE PROPS COUNT FIRST_S STEP_S  open COUNT auctions ending FIRST_S, FIRST_S+STEP_S, ... seconds from now
 * load    PROPS SECONDS WORKERS LOG [BASE...] bid on the fixed-price listing; workers split over the bases; one line per
 *                                          request; at most SECONDS, or until the file LOG.stop exists
 * health  URL SECONDS LOG                  poll a health URL every 200 ms, log each change
 * check   BASE PROPS LOG...                every acknowledged bid present, in-doubt keys re-sent, ledger and audit verify
 * report  LOG [FROM_MS TO_MS]              counts and latencies from request logs (optionally only requests started in a window)
 * </pre>
 */
public class ResilienceDriver {

  static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  /** A request that takes this long counts as a hang. */
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
  /** Failures that mean the request never reached a server (connection refused). */
  static final Set<String> NOT_SENT = Set.of("ConnectException", "HttpConnectTimeoutException");
  static final String LAO = "4120102"; // เทศบาลเมืองบางศรีเมือง, demo LAO with two officers

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "setup" -> setup(args[1], Path.of(args[2]));
      case "auctions" -> auctions(args[1], Path.of(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]), Integer.parseInt(args[5]));
      case "load" -> load(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]), Path.of(args[4]),
          List.of(args).subList(5, args.length));
      case "health" -> health(args[1], Integer.parseInt(args[2]), Path.of(args[3]));
      case "check" -> check(args[1], Path.of(args[2]), List.of(args).subList(3, args.length).stream().map(Path::of).toList());
      case "report" -> report(Path.of(args[1]), args.length > 3 ? Long.parseLong(args[2]) : Long.MIN_VALUE,
          args.length > 3 ? Long.parseLong(args[3]) : Long.MAX_VALUE);
      default -> throw new IllegalArgumentException("unknown command " + args[0]);
    }
  }

  // ---- setup ---------------------------------------------------------------------------------------------

  static void setup(String base, Path props) throws Exception {
    Properties p = new Properties();
    p.setProperty("adminToken", login(base, "dla.admin"));
    p.setProperty("makerToken", login(base, "lao.bangsrimuang.maker"));
    p.setProperty("checkerToken", login(base, "lao.bangsrimuang.checker"));
    p.setProperty("buyerToken", login(base, "buyer.greenbank"));
    p.setProperty("buyer2Token", login(base, "buyer.cleanenergy"));
    // fresh credits for the load: vintage 2025, serials far above the demo's
    String issuance = """
        {"projectCode":"DLA-WWB","vintage":2025,"serialFirst":900000001,"serialLast":902000000,
         "tgoReference":"TGO-RESILIENCE-%d","issuedOn":"%s","allocations":[{"laoCode":"%s","quantity":2000000}]}"""
        .formatted(System.currentTimeMillis(), LocalDate.now().minusDays(1), LAO);
    expect(201, send(base, "POST", "/api/v1/admin/issuances", p.getProperty("adminToken"), issuance, null));
    String listing = openListing(base, p, """
        {"laoCode":"%s","quantity":1000000,"unitPrice":"250.00","mode":"FIXED_PRICE","minLot":1,"vintage":2025,
         "description":"resilience load"}""".formatted(LAO));
    p.setProperty("listingId", listing);
    store(p, props);
    System.out.println("setup: fixed-price listing " + listing + " of 1,000,000 tCO2e");
  }

  static String openListing(String base, Properties p, String draft) throws Exception {
    Map<String, Object> drafted = json(expect(201, send(base, "POST", "/api/v1/listings", p.getProperty("makerToken"), draft, null)));
    String id = (String) drafted.get("id");
    expect(200, send(base, "POST", "/api/v1/listings/" + id + "/submit", p.getProperty("makerToken"), "", null));
    expect(200, send(base, "POST", "/api/v1/listings/" + id + "/approve", p.getProperty("checkerToken"), "", null));
    return id;
  }

  static void auctions(String base, Path props, int count, int firstSeconds, int stepSeconds) throws Exception {
    Properties p = load(props);
    List<String> ids = new ArrayList<>();
    Instant now = Instant.now();
    for (int i = 0; i < count; i++) {
      Instant ends = now.plusSeconds(firstSeconds + (long) i * stepSeconds);
      String id = openListing(base, p, """
          {"laoCode":"%s","quantity":100,"unitPrice":"240.00","mode":"AUCTION","minLot":10,"vintage":2025,
           "endsAt":"%s","reservePrice":"240.00","minIncrement":"5.00","description":"resilience auction %d"}"""
          .formatted(LAO, ends, i));
      // three bids, two buyers: 60 @ 240 (buyer 1), 30 @ 250 (buyer 2), 40 @ 260 (buyer 1): 40 + 30 win, 30 of 60 partly (min lot 10)
      bid(base, p.getProperty("buyerToken"), id, 60, "240.00");
      bid(base, p.getProperty("buyer2Token"), id, 30, "250.00");
      bid(base, p.getProperty("buyerToken"), id, 40, "260.00");
      ids.add(id);
    }
    p.setProperty("auctionsFirstEndMs", String.valueOf(now.plusSeconds(firstSeconds).toEpochMilli()));
    p.setProperty("auctionsLastEndMs", String.valueOf(now.plusSeconds(firstSeconds + (long) (count - 1) * stepSeconds).toEpochMilli()));
    if (Instant.now().isAfter(now.plusSeconds(firstSeconds))) {
      throw new IllegalStateException("opening the auctions took longer than " + firstSeconds + " s: the first had already ended");
    }
    String previous = p.getProperty("auctions", "");
    p.setProperty("auctions", (previous.isEmpty() ? "" : previous + ",") + String.join(",", ids));
    store(p, props);
    System.out.println("auctions: " + count + " opened, ending from " + now.plusSeconds(firstSeconds) + " every " + stepSeconds + " s");
  }

  static void bid(String base, String token, String listing, long quantity, String price) throws Exception {
    expect(201, send(base, "POST", "/api/v1/listings/" + listing + "/bids", token,
        "{\"quantity\":" + quantity + ",\"unitPrice\":\"" + price + "\"}", UUID.randomUUID().toString()));
  }

  // ---- load ----------------------------------------------------------------------------------------------

  /**
   * WORKERS threads, each bound to one base URL (round-robin over the bases), send bids of 1 tCO2e at the listing's
   * price with a fresh Idempotency-Key, back to back, for SECONDS. Each request is one line of LOG:
   * {@code startMs,latencyMs,base,status,problemType,retryAfter,key,bidId} (status 0: no HTTP answer).
   */
  static void load(Path props, int seconds, int workers, Path log, List<String> bases) throws Exception {
    Properties p = load(props);
    String token = p.getProperty("buyerToken");
    String path = "/api/v1/listings/" + p.getProperty("listingId") + "/bids";
    long end = System.currentTimeMillis() + seconds * 1000L;
    // the script ends the load earlier by creating LOG.stop (e.g. once a restarted backend has served for a while)
    Path stop = Path.of(log + ".stop");
    try (BufferedWriter out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
      ExecutorService pool = Executors.newFixedThreadPool(workers);
      for (int w = 0; w < workers; w++) {
        String base = bases.get(w % bases.size());
        pool.submit(() -> {
          while (System.currentTimeMillis() < end && !Files.exists(stop)) {
            String key = UUID.randomUUID().toString();
            long start = System.currentTimeMillis();
            long t0 = System.nanoTime();
            String line;
            try {
              HttpResponse<String> r = send(base, "POST", path, token, "{\"quantity\":1,\"unitPrice\":\"250.00\"}", key);
              long ms = (System.nanoTime() - t0) / 1_000_000;
              String bidId = "";
              String type = "";
              if (r.statusCode() / 100 == 2) {
                bidId = String.valueOf(json(r.body()).get("id"));
              } else {
                type = problemType(r);
              }
              line = start + "," + ms + "," + base + "," + r.statusCode() + "," + type + ","
                  + r.headers().firstValue("Retry-After").orElse("") + "," + key + "," + bidId;
            } catch (Exception e) {
              long ms = (System.nanoTime() - t0) / 1_000_000;
              line = start + "," + ms + "," + base + ",0," + e.getClass().getSimpleName() + ",," + key + ",";
              sleep(100); // the backend is gone: do not spin
            }
            synchronized (out) {
              try {
                out.write(line);
                out.newLine();
                out.flush();
              } catch (IOException e) {
                throw new RuntimeException(e);
              }
            }
          }
          return null;
        });
      }
      pool.shutdown();
      if (!pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS)) {
        System.out.println("load: workers did not finish");
        pool.shutdownNow();
      }
    }
    report(log, Long.MIN_VALUE, Long.MAX_VALUE);
  }

  static String problemType(HttpResponse<String> r) {
    String contentType = r.headers().firstValue("Content-Type").orElse("");
    if (!contentType.startsWith("application/problem+json")) {
      return "NOT-A-PROBLEM(" + contentType.replace(',', ' ') + ")";
    }
    try {
      Object type = json(r.body()).get("type");
      return type == null ? "no-type" : type.toString().replace("https://carbon.dla.go.th/problems/", "");
    } catch (RuntimeException e) {
      return "unparseable-problem";
    }
  }

  // ---- health --------------------------------------------------------------------------------------------

  static void health(String url, int seconds, Path log) throws Exception {
    long end = System.currentTimeMillis() + seconds * 1000L;
    String last = null;
    try (BufferedWriter out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
      while (System.currentTimeMillis() < end) {
        String state;
        long t0 = System.nanoTime();
        try {
          HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build(),
              HttpResponse.BodyHandlers.ofString());
          Object status = r.body().isEmpty() ? "" : json(r.body()).get("status");
          state = r.statusCode() + " " + status;
        } catch (Exception e) {
          state = "no answer (" + e.getClass().getSimpleName() + ")";
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (!state.equals(last)) {
          out.write(System.currentTimeMillis() + "," + ms + "," + state);
          out.newLine();
          out.flush();
          last = state;
        }
        sleep(200);
      }
    }
  }

  // ---- check ---------------------------------------------------------------------------------------------

  /**
   * After recovery: (1) re-sends every request that got no answer or a 5xx with its own key (a committed one must
   * be replayed, not placed again); (2) reads all of the buyer's bids and looks for every acknowledged one;
   * (3) the listing's arithmetic: quantity = remaining + filled; (4) ledger and audit verify.
   */
  static void check(String base, Path props, List<Path> logs) throws Exception {
    Properties p = load(props);
    String token = p.getProperty("buyerToken");
    String admin = p.getProperty("adminToken");
    String listingId = p.getProperty("listingId");
    Map<String, String> acked = new LinkedHashMap<>(); // key -> bid id
    List<String> inDoubt = new ArrayList<>();
    long sent = 0;
    long notSent = 0;
    for (Path log : logs) {
      for (String line : Files.readAllLines(log)) {
        String[] f = line.split(",", -1);
        sent++;
        int status = Integer.parseInt(f[3]);
        if (status / 100 == 2) {
          acked.put(f[6], f[7]);
        } else if ((status == 0 && !NOT_SENT.contains(f[4])) || status >= 500) {
          // no answer after the request went out, or a server error: it may or may not have committed
          inDoubt.add(f[6]);
        } else if (status == 0) {
          notSent++;
        }
      }
    }
    // (1) in-doubt keys again
    int replayed = 0;
    int placedNow = 0;
    List<String> retryFailures = new ArrayList<>();
    for (String key : inDoubt) {
      HttpResponse<String> r = send(base, "POST", "/api/v1/listings/" + listingId + "/bids", token,
          "{\"quantity\":1,\"unitPrice\":\"250.00\"}", key);
      if (r.statusCode() / 100 != 2) {
        retryFailures.add(key + " -> " + r.statusCode() + " " + r.body());
        continue;
      }
      if (r.headers().firstValue("Idempotent-Replayed").orElse("").equals("true")) {
        replayed++;
      } else {
        placedNow++;
      }
    }
    // (2) every bid of the buyer
    Set<String> present = new HashSet<>();
    long filledOnListing = 0;
    long bidsOnListing = 0;
    for (int page = 0; ; page++) {
      Map<String, Object> body = json(expect(200, send(base, "GET", "/api/v1/me/bids?size=100&page=" + page, token, null, null)));
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> items = (List<Map<String, Object>>) body.get("items");
      for (Map<String, Object> bid : items) {
        present.add((String) bid.get("id"));
        if (listingId.equals(bid.get("listingId"))) {
          bidsOnListing++;
          filledOnListing += ((Number) bid.get("filledQuantity")).longValue();
        }
      }
      if (items.isEmpty() || items.size() < 100) {
        break;
      }
    }
    long lost = acked.values().stream().filter(id -> !present.contains(id)).count();
    // (3) listing arithmetic
    Map<String, Object> listing = json(expect(200, send(base, "GET", "/api/v1/listings/" + listingId, token, null, null)));
    long quantity = ((Number) listing.get("quantity")).longValue();
    long remaining = ((Number) listing.get("remaining")).longValue();
    // (4) proofs
    Map<String, Object> ledger = json(expect(200, send(base, "GET", "/api/v1/admin/ledger/verify", admin, null, null)));
    Map<String, Object> audit = json(expect(200, send(base, "GET", "/api/v1/audit/verify", admin, null, null)));

    Map<String, Object> result = new LinkedHashMap<>();
    result.put("requests", sent);
    result.put("refusedBeforeSending", notSent);
    result.put("acknowledged", acked.size());
    result.put("acknowledgedFound", acked.size() - lost);
    result.put("lost", lost);
    result.put("inDoubtResent", inDoubt.size());
    result.put("inDoubtReplayed", replayed);
    result.put("inDoubtPlacedNow", placedNow);
    result.put("inDoubtResendFailures", retryFailures.size());
    result.put("buyerBidsOnListing", bidsOnListing);
    // every bid on the listing is an acknowledged one, an in-doubt one that had committed, or one re-sent now
    result.put("bidsUnaccounted", bidsOnListing - acked.size() - replayed - placedNow);
    result.put("listingQuantity", quantity);
    result.put("listingRemaining", remaining);
    result.put("filledOnListing", filledOnListing);
    // without cancelled trades (scenarios a and b); in c, expired trades give their credits back to the listing
    result.put("listingQuantityEqualsRemainingPlusFilled", quantity == remaining + filledOnListing);
    result.put("ledgerOk", ledger.get("ok"));
    result.put("auditOk", audit.get("ok"));
    System.out.println(toJson(result));
    retryFailures.stream().limit(5).forEach(f -> System.out.println("resend failed: " + f));
    if (!Boolean.TRUE.equals(ledger.get("ok"))) {
      System.out.println("ledger: " + ledger);
    }
    if (!Boolean.TRUE.equals(audit.get("ok"))) {
      System.out.println("audit: " + audit);
    }
  }

  // ---- report --------------------------------------------------------------------------------------------

  static void report(Path log, long from, long to) throws IOException {
    long sent = 0;
    long acked = 0;
    long maxMs = 0;
    long maxFailedMs = 0;
    long problemJson = 0;
    long withRetryAfter = 0;
    long failed = 0;
    Map<String, Long> outcomes = new TreeMap<>();
    Map<String, Long> perBase = new TreeMap<>();
    List<Long> latencies = new ArrayList<>();
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    for (String line : Files.readAllLines(log)) {
      String[] f = line.split(",", -1);
      long start = Long.parseLong(f[0]);
      if (start < from || start > to) {
        continue;
      }
      long ms = Long.parseLong(f[1]);
      int status = Integer.parseInt(f[3]);
      sent++;
      first = Math.min(first, start);
      last = Math.max(last, start + ms);
      latencies.add(ms);
      maxMs = Math.max(maxMs, ms);
      String outcome = status + (f[4].isEmpty() ? "" : " " + f[4]);
      outcomes.merge(outcome, 1L, Long::sum);
      if (status / 100 == 2) {
        acked++;
      } else {
        failed++;
        perBase.merge(f[2], 1L, Long::sum);
        maxFailedMs = Math.max(maxFailedMs, ms);
        if (status > 0 && !f[4].startsWith("NOT-A-PROBLEM")) {
          problemJson++;
        }
        if (!f[5].isEmpty()) {
          withRetryAfter++;
        }
      }
    }
    latencies.sort(null);
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("log", log.getFileName().toString());
    r.put("sent", sent);
    r.put("acknowledged", acked);
    r.put("failed", failed);
    r.put("failedProblemJson", problemJson);
    r.put("failedWithRetryAfter", withRetryAfter);
    r.put("failuresPerBase", perBase);
    r.put("outcomes", outcomes);
    r.put("p50Ms", percentile(latencies, 0.50));
    r.put("p99Ms", percentile(latencies, 0.99));
    r.put("maxMs", maxMs);
    r.put("maxFailedMs", maxFailedMs);
    r.put("seconds", sent == 0 ? 0 : (last - first) / 1000.0);
    System.out.println(toJson(r));
  }

  static long percentile(List<Long> sorted, double q) {
    return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size())));
  }

  // ---- HTTP and JSON helpers -----------------------------------------------------------------------------

  static String login(String base, String user) throws Exception {
    String body = expect(200, send(base, "POST", "/api/v1/auth/login", null,
        "{\"username\":\"" + user + "\",\"password\":\"demo\"}", null));
    return (String) json(body).get("accessToken");
  }

  static HttpResponse<String> send(String base, String method, String path, String token, String body, String key)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(REQUEST_TIMEOUT)
        .header("Accept", "application/json");
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (key != null) {
      b.header("Idempotency-Key", key);
    }
    if (body == null) {
      b.GET();
    } else {
      b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static String expect(int status, HttpResponse<String> r) {
    if (r.statusCode() != status) {
      throw new IllegalStateException(r.request().method() + " " + r.request().uri() + " answered " + r.statusCode()
          + " (expected " + status + "): " + r.body());
    }
    return r.body();
  }

  static Properties load(Path file) throws IOException {
    Properties p = new Properties();
    try (var in = Files.newInputStream(file)) {
      p.load(in);
    }
    return p;
  }

  static void store(Properties p, Path file) throws IOException {
    try (var out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING)) {
      p.store(out, "resilience driver");
    }
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> json(String text) {
    Object value = new Json(text).value();
    if (!(value instanceof Map)) {
      throw new IllegalStateException("not a JSON object: " + text);
    }
    return (Map<String, Object>) value;
  }

  static String toJson(Object value) {
    if (value instanceof Map<?, ?> map) {
      StringBuilder s = new StringBuilder("{");
      map.forEach((k, v) -> s.append(s.length() > 1 ? ", " : "").append('"').append(k).append("\": ").append(toJson(v)));
      return s.append('}').toString();
    }
    if (value instanceof String str) {
      return '"' + str.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
    return String.valueOf(value);
  }

  /** A small JSON reader (objects, arrays, strings, numbers, literals): enough for the API's answers. */
  static final class Json {
    private final String s;
    private int i;

    Json(String s) {
      this.s = s;
    }

    Object value() {
      skip();
      char c = s.charAt(i);
      if (c == '{') {
        Map<String, Object> map = new LinkedHashMap<>();
        i++;
        skip();
        if (s.charAt(i) == '}') {
          i++;
          return map;
        }
        while (true) {
          skip();
          String k = string();
          skip();
          i++; // :
          map.put(k, value());
          skip();
          if (s.charAt(i++) == '}') {
            return map;
          }
        }
      }
      if (c == '[') {
        List<Object> list = new ArrayList<>();
        i++;
        skip();
        if (s.charAt(i) == ']') {
          i++;
          return list;
        }
        while (true) {
          list.add(value());
          skip();
          if (s.charAt(i++) == ']') {
            return list;
          }
        }
      }
      if (c == '"') {
        return string();
      }
      int start = i;
      while (i < s.length() && ",}] \n\r\t".indexOf(s.charAt(i)) < 0) {
        i++;
      }
      String word = s.substring(start, i);
      return switch (word) {
        case "true" -> Boolean.TRUE;
        case "false" -> Boolean.FALSE;
        case "null" -> null;
        default -> word.contains(".") || word.contains("e") || word.contains("E") ? (Object) Double.valueOf(word) : (Object) Long.valueOf(word);
      };
    }

    private String string() {
      StringBuilder b = new StringBuilder();
      i++; // opening quote
      while (true) {
        char c = s.charAt(i++);
        if (c == '"') {
          return b.toString();
        }
        if (c == '\\') {
          char e = s.charAt(i++);
          switch (e) {
            case 'n' -> b.append('\n');
            case 't' -> b.append('\t');
            case 'r' -> b.append('\r');
            case 'b' -> b.append('\b');
            case 'f' -> b.append('\f');
            case 'u' -> {
              b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
              i += 4;
            }
            default -> b.append(e);
          }
        } else {
          b.append(c);
        }
      }
    }

    private void skip() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }
  }

}
