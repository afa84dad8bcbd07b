package th.dla.carbon.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.handler.codec.http.HttpMethod;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import reactor.core.publisher.Flux;

/**
 * Loads national-scale data through the product's own HTTP API (no SQL): the national LAO directory (7,849 LAOs,
 * written by the product's NationalDirectoryGenerator and sent through the DLA import), issuances to every one of
 * them, 10,000 listings approved by maker and checker, and verified buyers. Writes bench/.data/seed.json.
 * Idempotent at the level of whole steps: a finished seed is not repeated.
 */
final class Seed {

  static final int SELLING_LAOS = 500;          // LAOs that list (20 listings each)
  static final int LISTINGS_PER_LAO = 20;       // 10,000 listings in all
  static final int LAOS_PER_OFFICER_PAIR = 250; // keeps the officers' access tokens far below the 8 KB header limit
  static final int BUYERS = 200;
  static final long CREDITS_PER_LAO = 20_000;
  static final int VINTAGE = 2024;
  static final String BUYER_PASSWORD = "Bench-Buyer-Kh0ngMaiRu-2026";
  static final String[][] OFFICER_PAIRS = {
      {"lao.bangsrimuang.maker", "lao.bangsrimuang.checker"}, {"lao.krabi.maker", "lao.krabi.checker"}};

  private final Http http;
  private final Path dataDir;
  private final Random random = new Random(20261123);

  Seed(Http http, Path dataDir) {
    this.http = http;
    this.dataDir = dataDir;
  }

  void run() throws Exception {
    Path seedFile = dataDir.resolve("seed.json");
    if (Files.exists(seedFile)) {
      log("seed.json exists: the data is already loaded");
      return;
    }
    String admin = http.login("dla.admin", "demo");
    List<String> laoCodes = nationalDirectory(admin);
    issue(admin, laoCodes);
    List<String> selling = laoCodes.subList(0, SELLING_LAOS);
    grantOfficers(admin, selling);
    ObjectNode seed = Http.JSON.createObjectNode();
    listings(selling, seed);
    buyers(admin, seed);
    Files.writeString(seedFile, Http.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(seed));
    log("seed written to " + seedFile);
  }

  /** The product's generator (from the packaged jar's classes, see bench/run) writes DLA's CSV; the admin imports it. */
  private List<String> nationalDirectory(String admin) throws Exception {
    JsonNode provinces = http.get("/api/v1/provinces", null).block().expect(200).json();
    Class<?> regionType = Class.forName("th.dla.carbon.directory.Region");
    Class<?> provinceType = Class.forName("th.dla.carbon.directory.Province");
    var ctor = provinceType.getConstructor(String.class, String.class, String.class, regionType, int.class, int.class);
    List<Object> list = new ArrayList<>();
    for (JsonNode p : provinces) {
      @SuppressWarnings({"unchecked", "rawtypes"})
      Object region = Enum.valueOf((Class) regionType, p.get("region").asText());
      list.add(ctor.newInstance(p.get("code").asText(), p.get("nameTh").asText(), p.get("nameEn").asText(), region,
          p.get("gridCol").asInt(), p.get("gridRow").asInt()));
    }
    Method write = Class.forName("th.dla.carbon.demo.NationalDirectoryGenerator").getMethod("write", List.class, java.io.Writer.class);
    StringWriter csv = new StringWriter();
    write.invoke(null, list, csv);
    Files.writeString(dataDir.resolve("national-directory.csv"), csv.toString());
    Set<String> codes = new LinkedHashSet<>();
    for (String line : csv.toString().split("\r?\n")) {
      String[] cells = line.split(",");
      if (cells.length > 4 && cells[3].matches("\\d{7}")) {
        codes.add(cells[3]);
      }
    }
    long before = System.nanoTime();
    JsonNode report = http.send(HttpMethod.POST, "/api/v1/admin/directory/laos/import", admin, "text/csv",
        csv.toString().getBytes(StandardCharsets.UTF_8), Map.of()).block().expect(200).json();
    log("national directory: %d LAOs generated, import %s in %d ms".formatted(codes.size(),
        report.toString().replaceAll("\"warnings\":\\[.*", ""), (System.nanoTime() - before) / 1_000_000));
    return new ArrayList<>(codes);
  }

  /** Credits for every LAO of the national directory, 1,000 LAOs per issuance (the JSON body stays small). */
  private void issue(String admin, List<String> laoCodes) {
    long serial = 100_000_000L;
    int batch = 0;
    for (int from = 0; from < laoCodes.size(); from += 1000, batch++) {
      List<String> part = laoCodes.subList(from, Math.min(laoCodes.size(), from + 1000));
      ArrayNode allocations = Http.JSON.createArrayNode();
      part.forEach(code -> allocations.addObject().put("laoCode", code).put("quantity", CREDITS_PER_LAO));
      long total = CREDITS_PER_LAO * part.size();
      ObjectNode body = Http.JSON.createObjectNode()
          .put("projectCode", "DLA-WWB").put("vintage", VINTAGE).put("serialFirst", serial).put("serialLast", serial + total - 1)
          .put("tgoReference", "TGO-BENCH-" + VINTAGE + "-" + batch).put("issuedOn", "2025-03-14");
      body.set("allocations", allocations);
      long before = System.nanoTime();
      http.postJson("/api/v1/admin/issuances", admin, body).block().expect(200, 201);
      log("issuance %d: %d LAOs x %d credits in %d ms".formatted(batch, part.size(), CREDITS_PER_LAO, (System.nanoTime() - before) / 1_000_000));
      serial += total;
    }
  }

  /** The demo officers of two LAOs also become officers of the selling LAOs (an administrator's grant). */
  private void grantOfficers(String admin, List<String> selling) {
    for (int pair = 0; pair < OFFICER_PAIRS.length; pair++) {
      List<String> codes = selling.subList(pair * LAOS_PER_OFFICER_PAIR, (pair + 1) * LAOS_PER_OFFICER_PAIR);
      for (String username : OFFICER_PAIRS[pair]) {
        JsonNode users = http.get("/api/v1/admin/users?q=" + username, admin).block().expect(200).json().get("items");
        String userId = null;
        for (JsonNode u : users) {
          if (u.get("username").asText().equals(username)) {
            userId = u.get("id").asText();
          }
        }
        String id = userId;
        Flux.fromIterable(codes)
            .flatMap(code -> http.postJson("/api/v1/admin/users/" + id + "/roles", admin, Map.of("role", "LAO_OFFICER", "tenant", code))
                .map(r -> r.expect(200)), 8)
            .blockLast();
        log("granted LAO_OFFICER for %d LAOs to %s".formatted(codes.size(), username));
      }
    }
  }

  /**
   * 20 listings per selling LAO: the first is a large fixed-price listing for the bid benchmark (P1/P2); the others
   * mix the three modes and prices for the catalogue (P3). One extra negotiable listing is the SSE target (P5).
   */
  private void listings(List<String> selling, ObjectNode seed) {
    ArrayNode bidTargets = seed.putArray("bidListings");
    AtomicInteger done = new AtomicInteger();
    long started = System.nanoTime();
    for (int pair = 0; pair < OFFICER_PAIRS.length; pair++) {
      String maker = http.login(OFFICER_PAIRS[pair][0], "demo");
      String checker = http.login(OFFICER_PAIRS[pair][1], "demo");
      List<String> codes = selling.subList(pair * LAOS_PER_OFFICER_PAIR, (pair + 1) * LAOS_PER_OFFICER_PAIR);
      List<ObjectNode> drafts = new ArrayList<>();
      for (String code : codes) {
        for (int i = 0; i < LISTINGS_PER_LAO; i++) {
          ObjectNode d = Http.JSON.createObjectNode().put("laoCode", code).put("vintage", VINTAGE);
          if (i == 0) {
            d.put("mode", "FIXED_PRICE").put("quantity", 10_000).put("unitPrice", "300.00").put("minLot", 1);
          } else {
            String mode = switch (i % 3) { case 0 -> "FIXED_PRICE"; case 1 -> "NEGOTIABLE"; default -> "AUCTION"; };
            d.put("mode", mode).put("quantity", 50 + random.nextInt(450)).put("minLot", 1 + random.nextInt(5))
                .put("unitPrice", (150 + random.nextInt(300)) + "." + (10 + random.nextInt(90)));
            if (mode.equals("AUCTION")) {
              d.put("endsAt", Instant.now().plus(60 + random.nextInt(30), ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString())
                  .put("reservePrice", (100 + random.nextInt(100)) + ".00").put("minIncrement", "5.00");
              d.remove("unitPrice");
              d.put("unitPrice", (100 + random.nextInt(100)) + ".00");
            }
          }
          d.put("description", "bench listing " + i + " of " + code);
          drafts.add(d);
        }
      }
      Flux.fromIterable(drafts)
          .flatMap(d -> http.postJson("/api/v1/listings", maker, d).map(r -> r.expect(201).json().get("id").asText())
              .flatMap(id -> http.postJson("/api/v1/listings/" + id + "/submit", maker, "{}").map(r -> r.expect(200))
                  .then(http.postJson("/api/v1/listings/" + id + "/approve", checker, "{}").map(r -> r.expect(200)))
                  .thenReturn(d.get("description").asText().startsWith("bench listing 0 ") ? id : ""))
              .doOnNext(id -> {
                if (done.incrementAndGet() % 1000 == 0) {
                  log("%d listings open after %d s".formatted(done.get(), (System.nanoTime() - started) / 1_000_000_000L));
                }
              }), 8)
          .filter(id -> !id.isEmpty())
          .doOnNext(id -> {
            synchronized (bidTargets) {
              bidTargets.add(id);
            }
          })
          .blockLast();
      if (pair == 0) {
        ObjectNode d = Http.JSON.createObjectNode().put("laoCode", codes.get(0)).put("vintage", VINTAGE).put("mode", "NEGOTIABLE")
            .put("quantity", 1_000).put("unitPrice", "250.00").put("minLot", 1).put("description", "bench SSE fan-out target");
        String id = http.postJson("/api/v1/listings", maker, d).block().expect(201).json().get("id").asText();
        http.postJson("/api/v1/listings/" + id + "/submit", maker, "{}").block().expect(200);
        http.postJson("/api/v1/listings/" + id + "/approve", checker, "{}").block().expect(200);
        seed.put("streamListing", id);
      }
    }
    log("%d listings open (+1 SSE target) in %d s".formatted(done.get(), (System.nanoTime() - started) / 1_000_000_000L));
  }

  /** Buyers register through the public form (no documents) and DLA verifies them. */
  private void buyers(String admin, ObjectNode seed) {
    ArrayNode usernames = seed.putArray("buyers");
    seed.put("buyerPassword", BUYER_PASSWORD);
    String boundary = "benchboundary" + UUID.randomUUID().toString().replace("-", "");
    Flux.range(0, BUYERS)
        .flatMap(i -> {
          String username = "bench.buyer." + i;
          ObjectNode r = Http.JSON.createObjectNode()
              .put("type", "BUSINESS").put("nameTh", "บริษัท ทดสอบภาระ " + i + " จำกัด").put("nameEn", "Bench Load " + i + " Co., Ltd.")
              .put("taxId", taxId(i)).put("contactName", "ผู้ติดต่อ " + i).put("email", username + "@bench.carbon.local")
              .put("phone", "02-123-4567").put("username", username).put("password", BUYER_PASSWORD);
          r.putObject("address").put("line", "1 ถนนทดสอบ").put("subdistrict", "บางกระสอ").put("district", "เมืองนนทบุรี")
              .put("provinceCode", "12").put("postcode", "11000");
          String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"registration\"\r\nContent-Type: application/json\r\n\r\n"
              + r + "\r\n--" + boundary + "--\r\n";
          return http.send(HttpMethod.POST, "/api/v1/buyers/registrations", null, "multipart/form-data; boundary=" + boundary,
                  body.getBytes(StandardCharsets.UTF_8), Map.of())
              .map(res -> res.expect(201).json().get("id").asText())
              .flatMap(id -> http.postJson("/api/v1/admin/buyers/" + id + "/verify", admin, "{}").map(res -> res.expect(200)))
              .thenReturn(username);
        }, 4)
        .doOnNext(u -> {
          synchronized (usernames) {
            usernames.add(u);
          }
        })
        .blockLast();
    log(BUYERS + " verified buyers");
  }

  /** A juristic person ID (leading 0) with a valid check digit. */
  static String taxId(int i) {
    String first12 = "0105" + "%08d".formatted(55_000_000 + i);
    int sum = 0;
    for (int k = 0; k < 12; k++) {
      sum += (first12.charAt(k) - '0') * (13 - k);
    }
    return first12 + (11 - sum % 11) % 10;
  }

  static void log(String message) {
    System.err.println(Instant.now().truncatedTo(ChronoUnit.SECONDS) + " seed: " + message);
  }
}
