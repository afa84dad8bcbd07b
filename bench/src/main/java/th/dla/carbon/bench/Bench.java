package th.dla.carbon.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * The load generator. Sub-commands (bench/run calls them in order):
 * <pre>
 *   seed      BASE DATA                         national data through the API (once)
 *   tokens    BASE DATA                         buyers sign in; their access tokens go to DATA/tokens.json
 *   bids      BASE DATA CLIENTS WARMUP MEASURE  P1/P2: POST /api/v1/listings/{id}/bids with an Idempotency-Key
 *   catalogue BASE DATA CLIENTS WARMUP MEASURE  P3: GET /api/v1/listings with filters, then the trivial GET
 *   sse       BASE DATA SUBSCRIBERS             P5: fan-out of one bid to SUBSCRIBERS live streams
 * </pre>
 * Results are printed to standard output as one JSON object per line.
 */
public final class Bench {

  private Bench() {}

  public static void main(String[] args) throws Exception {
    String command = args[0];
    String base = args[1];
    Path data = Path.of(args[2]);
    switch (command) {
      case "seed" -> new Seed(new Http(base, 32), data).run();
      case "tokens" -> tokens(base, data);
      case "bids" -> System.out.println(bids(base, data, Integer.parseInt(args[3]), seconds(args[4]), seconds(args[5])).json());
      case "catalogue" -> catalogue(base, data, Integer.parseInt(args[3]), seconds(args[4]), seconds(args[5]));
      case "sse" -> sse(base, data, Integer.parseInt(args[3]));
      default -> throw new IllegalArgumentException("unknown command " + command);
    }
    System.exit(0);
  }

  private static Duration seconds(String s) {
    return Duration.ofSeconds(Long.parseLong(s));
  }

  private static JsonNode seed(Path data) throws Exception {
    return Http.JSON.readTree(data.resolve("seed.json").toFile());
  }

  /** Prepared before any measured phase: one access token per verified buyer (sign-in is not measured). */
  private static void tokens(String base, Path data) throws Exception {
    JsonNode seed = seed(data);
    Http http = new Http(base, 8);
    String password = seed.get("buyerPassword").asText();
    List<String> usernames = new ArrayList<>();
    seed.get("buyers").forEach(b -> usernames.add(b.asText()));
    List<String> tokens = Flux.fromIterable(usernames)
        .flatMapSequential(u -> Mono.fromCallable(() -> http.login(u, password)).subscribeOn(reactor.core.scheduler.Schedulers.boundedElastic()), 4)
        .collectList().block();
    Files.writeString(data.resolve("tokens.json"), Http.JSON.writeValueAsString(tokens));
    System.err.println("tokens: " + tokens.size() + " buyers signed in");
  }

  private static List<String> strings(JsonNode array) {
    List<String> list = new ArrayList<>();
    array.forEach(n -> list.add(n.asText()));
    return list;
  }

  static ClosedLoop.Result bids(String base, Path data, int clients, Duration warmUp, Duration measured) throws Exception {
    List<String> listings = strings(seed(data).get("bidListings"));
    List<String> tokens = strings(Http.JSON.readTree(data.resolve("tokens.json").toFile()));
    Http http = new Http(base, clients);
    String body = "{\"quantity\":1,\"unitPrice\":\"300.00\"}";
    return ClosedLoop.run("bids", clients, warmUp, measured, client -> {
      String listing = listings.get(ThreadLocalRandom.current().nextInt(listings.size()));
      String token = tokens.get(ThreadLocalRandom.current().nextInt(tokens.size()));
      return http.postJson("/api/v1/listings/" + listing + "/bids", token, body, Map.of("Idempotency-Key", UUID.randomUUID().toString()))
          .map(Http.Response::status);
    }, 201);
  }

  private static final String[] MODES = {"FIXED_PRICE", "NEGOTIABLE", "AUCTION"};
  private static final String[] SORTS = {"price_asc", "price_desc", "newest", "ending_soon"};

  /**
   * P3. Each request: a province (half of them), a mode (half), the vintage (a third), a price band (a quarter), one of
   * the four sorts, page 0–3, size 50. Then the same clients on the trivial GET (/actuator/health/liveness).
   */
  static void catalogue(String base, Path data, int clients, Duration warmUp, Duration measured) throws Exception {
    Http http = new Http(base, clients);
    List<String> provinces = new ArrayList<>();
    http.get("/api/v1/provinces", null).block().expect(200).json().forEach(p -> provinces.add(p.get("code").asText()));
    ClosedLoop.Result catalogue = ClosedLoop.run("catalogue", clients, warmUp, measured, client -> {
      ThreadLocalRandom r = ThreadLocalRandom.current();
      StringBuilder q = new StringBuilder("/api/v1/listings?size=50&page=").append(r.nextInt(4))
          .append("&sort=").append(SORTS[r.nextInt(SORTS.length)]);
      if (r.nextBoolean()) {
        q.append("&province=").append(provinces.get(r.nextInt(provinces.size())));
      }
      if (r.nextBoolean()) {
        q.append("&mode=").append(MODES[r.nextInt(MODES.length)]);
      }
      if (r.nextInt(3) == 0) {
        q.append("&vintage=").append(Seed.VINTAGE);
      }
      if (r.nextInt(4) == 0) {
        q.append("&minPrice=150&maxPrice=300");
      }
      return http.get(q.toString(), null).map(Http.Response::status);
    }, 200);
    System.out.println(catalogue.json());
    ClosedLoop.Result trivial = ClosedLoop.run("trivial", clients, warmUp, measured,
        client -> http.get("/actuator/health/liveness", null).map(Http.Response::status), 200);
    System.out.println(trivial.json());
  }

  /**
   * P5. SUBSCRIBERS connections to one listing's live stream; when all are connected and the replay has settled,
   * one bid is placed; each subscriber's delay is from just before the POST to its first chunk with a {@code bid}
   * event. Reports the delay by which 50/99% of all subscribers had it.
   */
  static void sse(String base, Path data, int subscribers) throws Exception {
    JsonNode seed = seed(data);
    String listing = seed.get("streamListing").asText();
    List<String> tokens = strings(Http.JSON.readTree(data.resolve("tokens.json").toFile()));
    Http http = new Http(base, subscribers + 16);
    AtomicInteger connected = new AtomicInteger();
    AtomicInteger received = new AtomicInteger();
    AtomicLong t0 = new AtomicLong(Long.MAX_VALUE);
    AtomicLongArray arrival = new AtomicLongArray(subscribers);
    List<Disposable> streams = new ArrayList<>(subscribers);
    long connectStart = System.nanoTime();
    for (int i = 0; i < subscribers; i++) {
      int index = i;
      streams.add(http.client.headers(h -> h.set("Accept", "text/event-stream")).get().uri("/api/v1/listings/" + listing + "/stream")
          .response((res, content) -> {
            connected.incrementAndGet();
            return content.asString();
          })
          .retryWhen(Retry.backoff(10, Duration.ofMillis(200)))
          .subscribe(chunk -> {
            long now = System.nanoTime();
            if (now > t0.get() && arrival.get(index) == 0 && (chunk.contains("event:bid") || chunk.contains("event: bid"))) {
              arrival.set(index, now);
              received.incrementAndGet();
            }
          }, e -> System.err.println("stream " + index + " failed: " + e)));
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (connected.get() < subscribers && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    double connectSeconds = (System.nanoTime() - connectStart) / 1e9;
    Thread.sleep(5_000); // every subscriber's replay of past events is done
    t0.set(System.nanoTime());
    Http.Response bid = new Http(base, 1).postJson("/api/v1/listings/" + listing + "/bids", tokens.get(0),
        "{\"quantity\":1,\"unitPrice\":\"250.00\"}", Map.of("Idempotency-Key", UUID.randomUUID().toString())).block();
    long posted = System.nanoTime();
    long waitUntil = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (received.get() < subscribers && System.nanoTime() < waitUntil) {
      Thread.sleep(20);
    }
    long[] delays = new long[subscribers];
    for (int i = 0; i < subscribers; i++) {
      long a = arrival.get(i);
      delays[i] = a == 0 ? Long.MAX_VALUE : a - t0.get();
    }
    Arrays.sort(delays);
    System.out.println(("{\"name\":\"sse\",\"subscribers\":%d,\"connected\":%d,\"connectSeconds\":%.1f,\"bidStatus\":%d,\"bidMs\":%.1f,"
        + "\"received\":%d,\"p50ms\":%s,\"p99ms\":%s,\"maxms\":%s}").formatted(subscribers, connected.get(), connectSeconds,
        bid.status(), (posted - t0.get()) / 1e6, received.get(), ms(delays[subscribers / 2]),
        ms(delays[(int) Math.ceil(subscribers * 0.99) - 1]), ms(delays[subscribers - 1])));
    streams.forEach(Disposable::dispose);
  }

  private static String ms(long nanos) {
    return nanos == Long.MAX_VALUE ? "null" : "%.1f".formatted(nanos / 1e6);
  }
}
