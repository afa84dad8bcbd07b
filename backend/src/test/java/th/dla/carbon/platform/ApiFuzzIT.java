package th.dla.carbon.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import th.dla.carbon.identity.AccessTokens;
import th.dla.carbon.identity.Actor;
import th.dla.carbon.platform.FuzzClient.Request;
import th.dla.carbon.platform.FuzzClient.Response;
import th.dla.carbon.platform.FuzzCases.Case;
import th.dla.carbon.platform.OpenApiOperations.Operation;
import th.dla.carbon.support.Actors;
import th.dla.carbon.support.Auth;
import th.dla.carbon.support.DatabaseCleaner;
import th.dla.carbon.support.IntegrationTest;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fuzzes every operation of the live OpenAPI document (so endpoints added later are fuzzed without editing this
 * test): requests generated from each operation's schema, then made hostile one change at a time (wrong types,
 * missing and extra fields, huge numbers and strings, invalid UTF-8, Thai combining marks, SQL and script
 * metacharacters, traversal, broken content types, replayed idempotency keys), sent anonymously and with each
 * role's token. Every answer must keep the error contract ({@link ProblemContract}); afterwards the ledger and the
 * audit chain, where the application has them, must still verify.
 *
 * <p>Reproducible: a fixed seed by default, printed in every failure. Longer or different runs:
 * {@code mvn -B -ntp -pl backend test -Dtest=ApiFuzzIT -Dfuzz.iterations=5000 -Dfuzz.seed=42}.
 */
@IntegrationTest
class ApiFuzzIT {

  static final long DEFAULT_SEED = 20_250_601L;
  /** Requests per operation (an idempotency case sends three); about 30 keeps the default run to seconds. */
  static final int DEFAULT_ITERATIONS = 30;

  /**
   * Operations that are not fuzzed like the others. None is skipped: Server-Sent Event streams never end, so they are
   * bounded instead: {@link FuzzClient} reads a {@code text/event-stream} answer up to its first event, at most
   * {@link FuzzClient#FIRST_EVENT_TIMEOUT}. Any operation whose document lists {@code text/event-stream} is treated so;
   * those known in advance are listed here so that a reader sees them.
   */
  static final Set<String> BOUNDED_STREAMS = Set.of("GET /api/v1/listings/{id}/stream");

  /** Chains of evidence that bad input must never corrupt: verified as DLA admin after the run, when present. */
  static final List<String> VERIFY_ENDPOINTS = List.of("/api/v1/admin/ledger/verify", "/api/v1/audit/verify");

  enum Role { ANONYMOUS, BUYER, LAO_OFFICER, PROVINCE_OFFICER, DLA_ADMIN }

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String LAO = "4120102";
  private static final String PROVINCE = "41";

  @Autowired WebTestClient http;
  @Autowired AccessTokens tokens;
  @Autowired DatabaseClient db;
  @LocalServerPort int port;

  @AfterEach
  void undoTheFuzzersLastingSideEffects() {
    // the fuzzer's failed sign-ins from 127.0.0.1 must not throttle the sign-ins of other test classes
    db.sql("TRUNCATE identity.login_failure").then().block();
    // the fuzzer may have frozen the market or set price floors with valid-looking requests
    DatabaseCleaner.resetMarketControls(db);
  }

  @Test
  void everyOperationAnswersHostileInputWithinTheErrorContract() {
    long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
    int iterations = Math.max(Integer.getInteger("fuzz.iterations", DEFAULT_ITERATIONS), Role.values().length);
    long started = System.nanoTime();

    Map<String, Object> document = openApiDocument();
    OpenApiOperations api = new OpenApiOperations(document);
    List<Operation> operations = api.all();
    assertThat(operations).as("operations in /v3/api-docs").isNotEmpty();

    UUID buyerId = new UUID(seed, 1);
    Map<Role, String> authorization = new EnumMap<>(Role.class);
    authorization.put(Role.BUYER, bearer(Actors.buyer(buyerId)));
    authorization.put(Role.LAO_OFFICER, bearer(Actors.laoOfficer(LAO)));
    authorization.put(Role.PROVINCE_OFFICER, bearer(Actors.provinceOfficer(PROVINCE)));
    authorization.put(Role.DLA_ADMIN, bearer(Actors.admin()));

    // values seen in successful answers (ids, codes) are reused for path variables and fields of the same name
    Map<String, List<String>> seen = new HashMap<>();
    seen.put("laoCode", new ArrayList<>(List.of(LAO)));
    seen.put("provinceCode", new ArrayList<>(List.of(PROVINCE)));
    seen.put("buyerId", new ArrayList<>(List.of(buyerId.toString())));

    FuzzClient client = new FuzzClient(port);
    List<String> failures = new ArrayList<>();
    Map<Integer, Integer> statuses = new TreeMap<>();
    Map<String, Integer> streamed = new TreeMap<>();
    Map<String, Long> millis = new HashMap<>();
    int sent = 0;
    for (Operation operation : operations) {
      Random random = new Random(seed ^ (operation.key().hashCode() * 0x9E3779B97F4A7C15L));
      FuzzValues values = new FuzzValues(api, random, seen);
      FuzzCases cases = new FuzzCases(values);
      Set<Role> admitted = new LinkedHashSet<>();
      long operationStarted = System.nanoTime();
      for (int iteration = 0; iteration < iterations; iteration++) {
        Role role;
        Case fuzzCase;
        if (iteration < Role.values().length) {
          // first a valid-looking request as each role, to learn who gets past the security rules
          role = Role.values()[iteration];
          fuzzCase = cases.valid(operation, authorization.get(role));
        } else {
          // then hostile ones, mostly as roles that get through (to reach the handler), sometimes as any role
          role = admitted.isEmpty() || values.chance(0.3) ? values.pick(List.of(Role.values())) : values.pick(List.copyOf(admitted));
          fuzzCase = cases.hostile(operation, authorization.get(role));
        }
        for (Request request : fuzzCase.requests()) {
          String context = "[fuzz.seed=" + seed + " " + operation.key() + " iteration " + iteration + " "
              + fuzzCase.strategy() + " as " + role + "]";
          Response response;
          try {
            response = client.send(request);
          } catch (RuntimeException noAnswer) {
            failures.add(context + " no answer: " + noAnswer + "\n  " + request.describe());
            continue;
          }
          sent++;
          statuses.merge(response.status(), 1, Integer::sum);
          if (response.streamed()) {
            streamed.merge(operation.key(), 1, Integer::sum);
          }
          if (fuzzCase.strategy() == FuzzCases.Strategy.VALID && response.status() != 401 && response.status() != 403) {
            admitted.add(role);
          }
          List<String> violations = ProblemContract.violations(response.status(), response.contentType(), response.body());
          if (!violations.isEmpty()) {
            failures.add(context + " " + violations + "\n  " + request.describe() + "\n  answered " + response.status()
                + " " + response.contentType() + ": " + FuzzClient.abbreviate(FuzzClient.printable(response.body()), 600));
          } else if (response.status() < 300 && response.contentType() != null && response.contentType().contains("json")) {
            harvest(response.body(), seen);
          }
        }
      }
      millis.put(operation.key(), (System.nanoTime() - operationStarted) / 1_000_000);
    }
    failures.addAll(verifyChains(document));
    String slowest = millis.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(3)
        .map(e -> e.getKey() + " " + e.getValue() + " ms").toList().toString();

    System.out.printf("ApiFuzzIT: seed %d, %d operations, %d iterations each, %d requests in %.1f s (slowest: %s); statuses %s; streams read to first event %s%n",
        seed, operations.size(), iterations, sent, (System.nanoTime() - started) / 1e9, slowest, statuses, streamed);
    assertThat(failures)
        .as("%d of %d fuzz requests broke the error contract (reproduce with -Dfuzz.seed=%d -Dfuzz.iterations=%d)",
            failures.size(), sent, seed, iterations)
        .isEmpty();
  }

  /** After the run: the ledger and the audit chain, where they exist, still verify. */
  private List<String> verifyChains(Map<String, Object> document) {
    List<String> broken = new ArrayList<>();
    Map<String, Object> paths = OpenApiOperations.map(document.get("paths"));
    for (String path : VERIFY_ENDPOINTS) {
      Map<String, Object> item = OpenApiOperations.map(paths.get(path));
      if (item.isEmpty()) {
        continue;
      }
      HttpMethod method = item.containsKey("get") ? HttpMethod.GET : HttpMethod.POST;
      byte[] body = http.method(method).uri(path).headers(Auth.bearer(tokens, Actors.admin())).exchange()
          .expectBody().returnResult().getResponseBodyContent();
      Map<?, ?> result = body == null ? Map.of() : JSON.readValue(body, Map.class);
      if (!Boolean.TRUE.equals(result.get("ok"))) {
        broken.add("after fuzzing, " + method + " " + path + " answered " + result + " (expected ok: true)");
      }
    }
    return broken;
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> openApiDocument() {
    byte[] body = http.get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody().returnResult().getResponseBodyContent();
    return JSON.readValue(body, Map.class);
  }

  private String bearer(Actor actor) {
    return "Bearer " + tokens.issue(actor).block();
  }

  /** Remembers short scalar values by property name (at most 50 per name) from a successful JSON answer. */
  private static void harvest(byte[] body, Map<String, List<String>> seen) {
    Object tree;
    try {
      tree = JSON.readValue(body, Object.class);
    } catch (RuntimeException notJson) {
      return;
    }
    harvest(tree, seen, 0);
  }

  private static void harvest(Object node, Map<String, List<String>> seen, int depth) {
    if (depth > 6) {
      return;
    }
    if (node instanceof Map<?, ?> map) {
      map.forEach((key, value) -> {
        if (value instanceof String || value instanceof Integer || value instanceof Long) {
          String text = String.valueOf(value);
          List<String> known = seen.computeIfAbsent(String.valueOf(key), k -> new ArrayList<>());
          if (text.length() <= 100 && known.size() < 50 && !known.contains(text)) {
            known.add(text);
          }
        } else {
          harvest(value, seen, depth + 1);
        }
      });
    } else if (node instanceof List<?> list) {
      list.stream().limit(20).forEach(item -> harvest(item, seen, depth + 1));
    }
  }
}
