package th.dla.carbon.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import th.dla.carbon.identity.AccessTokens;
import th.dla.carbon.platform.web.ProblemType;
import th.dla.carbon.support.Actors;
import th.dla.carbon.support.ApiRoutes;
import th.dla.carbon.support.ApiRoutes.Route;
import th.dla.carbon.support.Auth;
import th.dla.carbon.support.IntegrationTest;

/**
 * The error contract: whatever a client sends, the answer is never a 5xx, and every 4xx is an RFC 7807 problem
 * with one of our stable types. The route list comes from the running application, so a new endpoint is
 * covered without editing this test.
 */
@IntegrationTest
class ErrorContractIT {

  private static final List<String> HOSTILE_PATH_VALUES = List.of(
      "0", "-1", "abc", "99999999999999999999999999", "%27%3B%20DROP%20TABLE%20x%3B--", "%3Cscript%3E",
      "%E0%B8%81%E0%B9%89%E0%B9%89%E0%B9%89", "%FF%FE", "x".repeat(300));
  private static final List<String> HOSTILE_PARAM_VALUES = List.of(
      "abc", "-5", "0", "99999999999999999999", "<script>alert(1)</script>", "' OR 1=1 --", "%FF", "ก\u0E49\u0E49\u0E49\u0E49");
  private static final List<String> BAD_BODIES = List.of("{\"a\":", "[]", "null", "\"text\"",
      "{\"quantity\":\"many\",\"unitPrice\":-1,\"laoCode\":[1]}", "{\"quantity\":1e400}", "");
  private static final Pattern VARIABLE = Pattern.compile("\\{[^}]+}");

  @Autowired WebTestClient http;
  @Autowired AccessTokens tokens;
  @Autowired org.springframework.r2dbc.core.DatabaseClient db;
  @org.springframework.boot.test.web.server.LocalServerPort int port;
  @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

  private List<Route> apiRoutes() {
    return ApiRoutes.of(mappings);
  }

  @Test
  void theRouteListIsNotEmpty() {
    assertThat(apiRoutes()).extracting(Route::pattern)
        .contains("/api/v1/provinces", "/api/v1/laos", "/api/v1/laos/{code}", "/api/v1/admin/directory/laos/import");
  }

  @Test
  void hostilePathValuesNeverCauseAServerError() {
    for (Route route : apiRoutes()) {
      if (!VARIABLE.matcher(route.pattern()).find()) {
        continue;
      }
      for (String value : HOSTILE_PATH_VALUES) {
        String path = VARIABLE.matcher(route.pattern()).replaceAll(Matcher.quoteReplacement(value));
        assertProblemOrSuccess(request(route.method(), path, MediaType.APPLICATION_JSON, "{}"), route + " with " + value);
      }
    }
  }

  @Test
  void hostileQueryParametersNeverCauseAServerError() {
    for (Route route : apiRoutes()) {
      List<String> params = Arrays.stream(route.handler().getMethodParameters())
          .map(p -> p.getParameterAnnotation(RequestParam.class) == null ? null : name(p))
          .filter(name -> name != null).toList();
      String path = VARIABLE.matcher(route.pattern()).replaceAll("1");
      for (String param : params) {
        for (String value : HOSTILE_PARAM_VALUES) {
          String uri = path + "?" + param + "=" + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
          assertProblemOrSuccess(request(route.method(), uri, MediaType.APPLICATION_JSON, "{}"), route + " " + param + "=" + value);
        }
      }
    }
  }

  @Test
  void malformedBodiesAndWrongContentTypesAreClientErrors() {
    for (Route route : apiRoutes()) {
      if (route.method() != HttpMethod.POST && route.method() != HttpMethod.PUT && route.method() != HttpMethod.PATCH
          || !readsABody(route)) {
        continue;
      }
      String path = VARIABLE.matcher(route.pattern()).replaceAll("1");
      for (String body : BAD_BODIES) {
        assertProblem(request(route.method(), path, MediaType.APPLICATION_JSON, body), route + " JSON " + body);
      }
      assertProblem(request(route.method(), path, MediaType.TEXT_PLAIN, "hello"), route + " text/plain");
      assertProblem(request(route.method(), path, MediaType.APPLICATION_JSON, "{\"x\":\"" + "y".repeat(400_000) + "\"}"), route + " huge JSON");
    }
  }

  @Test
  void unknownRoutesAreNotFoundProblems() {
    EntityExchangeResult<byte[]> result = request(HttpMethod.GET, "/api/v1/no-such-thing", MediaType.APPLICATION_JSON, null);
    assertThat(result.getStatus().value()).isEqualTo(404);
    assertProblem(result, "unknown route");
    http.get().uri("/api/v1/no-such-thing").headers(Auth.bearer(tokens, Actors.laoOfficer("4120102"))).exchange().expectBody()
        .jsonPath("$.type").isEqualTo(ProblemType.NOT_FOUND.uri().toString())
        .jsonPath("$.detail").isEqualTo("No resource at /api/v1/no-such-thing");
    // without a token the API does not say which routes exist
    http.get().uri("/api/v1/no-such-thing").exchange().expectStatus().isUnauthorized()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody().jsonPath("$.type").isEqualTo(ProblemType.UNAUTHORIZED.uri().toString());
  }

  @Test
  void aWrongMethodIsAMethodNotAllowedProblem() {
    http.delete().uri("/api/v1/provinces").headers(Auth.bearer(tokens, Actors.admin())).exchange()
        .expectStatus().isEqualTo(405)
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody().jsonPath("$.type").isEqualTo(ProblemType.METHOD_NOT_ALLOWED.uri().toString());
  }

  @Test
  void aWrongParameterTypeNamesTheParameter() {
    http.get().uri("/api/v1/laos?page=abc").exchange()
        .expectStatus().isBadRequest()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type").isEqualTo(ProblemType.MALFORMED_REQUEST.uri().toString())
        .jsonPath("$.errors[0].field").isEqualTo("page");
    http.get().uri("/api/v1/laos?type=VILLAGE").exchange()
        .expectStatus().isBadRequest()
        .expectBody().jsonPath("$.errors[0].field").isEqualTo("type");
  }

  @Test
  void aValidationFailureListsEachFieldWithItsReason() {
    http.get().uri("/api/v1/laos?size=0&province=ABC").exchange()
        .expectStatus().isBadRequest()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type").isEqualTo(ProblemType.VALIDATION_FAILED.uri().toString())
        .jsonPath("$.errors[?(@.field == 'size')].message").isEqualTo("must be between 1 and 200")
        .jsonPath("$.errors[?(@.field == 'province')].message").isEqualTo("must be a 2-digit province code");
  }

  @Test
  void aTooLargeUploadIsAPayloadTooLargeProblem() {
    byte[] body = new byte[IntegrationTest.IMPORT_LIMIT_BYTES + 1024];
    Arrays.fill(body, (byte) 'a');
    http.post().uri("/api/v1/admin/directory/laos/import")
        .headers(Auth.bearer(tokens, Actors.admin()))
        .contentType(MediaType.parseMediaType("text/csv"))
        .bodyValue(body)
        .exchange()
        .expectStatus().isEqualTo(413)
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody().jsonPath("$.type").isEqualTo(ProblemType.PAYLOAD_TOO_LARGE.uri().toString());
  }

  @Test
  void anUnacceptableResponseFormatIsANotAcceptableProblem() {
    EntityExchangeResult<byte[]> result = http.get().uri("/api/v1/provinces").accept(MediaType.APPLICATION_XML)
        .exchange().expectBody().returnResult();
    assertThat(result.getStatus().value()).isEqualTo(406);
  }

  // ---- regressions for faults found by ApiFuzzIT (docs/reliability.md, "API fuzzing")

  @Test
  void aMultipartBodyWithoutItsBoundaryIsAMalformedRequestNotAServerError() {
    for (String body : List.of("--other\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nx\r\n",
        "--fuzz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nunterminated")) {
      importMultipart(body)
          .expectStatus().isBadRequest()
          .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
          // the connection is not reused: a request sent next on it waited for the parser to give up (30 s)
          .expectHeader().valueEquals(HttpHeaders.CONNECTION, "close")
          .expectBody().jsonPath("$.type").isEqualTo(ProblemType.MALFORMED_REQUEST.uri().toString());
    }
  }

  @Test
  void aFormFieldWhereAFileIsExpectedIsAValidationProblemNotAServerError() {
    importMultipart("--fuzz\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nก\u0E49\u0E49\u0E49\r\n--fuzz--\r\n")
        .expectStatus().isBadRequest()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type").isEqualTo(ProblemType.VALIDATION_FAILED.uri().toString())
        .jsonPath("$.errors[0].field").isEqualTo("file");
  }

  @Test
  void anUnsupportedContentTypeNamesWhatToSendAndNoJavaType() {
    EntityExchangeResult<byte[]> result = http.post().uri("/api/v1/auth/login")
        .contentType(MediaType.APPLICATION_XML).bodyValue("{\"username\":\"a\",\"password\":\"b\"}")
        .exchange().expectBody().returnResult();
    assertThat(result.getStatus().value()).isEqualTo(415);
    assertProblem(result, "login as XML");
    String body = new String(result.getResponseBodyContent(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(body).contains("\"type\":\"" + ProblemType.UNSUPPORTED_MEDIA_TYPE.uri())
        .contains("application/json").doesNotContain("th.dla").doesNotContain("bodyType");
  }

  @Test
  void anErrorIsProblemJsonEvenWhenTheClientAcceptsOnlyAnEventStream() {
    http.post().uri("/api/v1/auth/login").accept(MediaType.TEXT_EVENT_STREAM).contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{\"username\":\"nobody.at.all\",\"password\":\"wrong-password\"}")
        .exchange()
        .expectStatus().isUnauthorized()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody().jsonPath("$.type").isEqualTo(ProblemType.INVALID_CREDENTIALS.uri().toString());
    db.sql("TRUNCATE identity.login_failure").then().block();
  }

  @Test
  void anUnreadableAcceptHeaderIsDisregardedSoErrorsKeepTheirBody() {
    for (String accept : List.of("garbage", "*/*;q=abc")) {
      EntityExchangeResult<byte[]> result = http.get().uri("/api/v1/laos/abc").header("Accept", accept)
          .exchange().expectBody().returnResult();
      assertThat(result.getStatus().value()).as(accept).isEqualTo(400);
      assertProblem(result, "Accept: " + accept);
    }
    http.get().uri("/api/v1/provinces").header("Accept", "garbage").exchange().expectStatus().isOk();
  }

  @Test
  void aPartWithAnInvalidContentTypeIsAMalformedRequestNotAServerError() {
    importMultipart("--fuzz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n"
            + "Content-Type: multipart/form-data; boundary=\r\n\r\nx\r\n--fuzz--\r\n")
        .expectStatus().isBadRequest()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody().jsonPath("$.type").isEqualTo(ProblemType.MALFORMED_REQUEST.uri().toString());
  }

  @Test
  void aBlankPathSegmentIsAMalformedRequestNotAServerError() {
    // found by ApiFuzzIT: Spring reports a path variable that converts to nothing as a "missing" variable (500)
    EntityExchangeResult<byte[]> result = request(HttpMethod.POST, "/api/v1/bids/%20/accept-counter", MediaType.APPLICATION_JSON, "{}");
    assertThat(result.getStatus().value()).isEqualTo(400);
    assertProblem(result, "blank path segment");
  }

  @Test
  void anIssuancePreviewWithoutAProjectIsAValidationProblem() {
    // found by ApiFuzzIT: the overlap check ran with a null project code
    EntityExchangeResult<byte[]> result = request(HttpMethod.POST, "/api/v1/admin/issuances/preview", MediaType.APPLICATION_JSON,
        "{\"vintage\":2024,\"serialFirst\":1,\"serialLast\":10,\"tgoReference\":\"TGO-X\",\"issuedOn\":\"2025-01-01\","
            + "\"allocations\":[{\"laoCode\":\"4120102\",\"quantity\":10}]}");
    assertThat(result.getStatus().value()).isLessThan(500);
    if (result.getStatus().value() >= 400) {
      assertProblem(result, "preview without a project");
    } else {
      assertThat(new String(result.getResponseBodyContent(), java.nio.charset.StandardCharsets.UTF_8)).contains("projectCode");
    }
  }

  @Test
  void aPasswordThatIsNotValidUnicodeIsAFailedSignInNotAServerError() {
    // found by ApiFuzzIT: a lone UTF-16 surrogate made the password hash throw
    http.post().uri("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{\"username\":\"somebody\",\"password\":\"wet-bin-\\ud800-password\"}")
        .exchange()
        .expectStatus().isUnauthorized()
        .expectBody().jsonPath("$.type").isEqualTo(ProblemType.INVALID_CREDENTIALS.uri().toString());
  }

  @Test
  void requestsRefusedByTheHttpCodecAreProblemsToo() {
    FuzzClient raw = new FuzzClient(port);
    record Refused(String uri, java.util.List<Map.Entry<String, String>> headers, ProblemType type) {}
    for (Refused refused : List.of(
        new Refused("/api/v1/laos/" + "x".repeat(20_000), FuzzClient.headers(), ProblemType.URI_TOO_LONG),
        new Refused("/api/v1/laos", FuzzClient.headers("X-Big", "y".repeat(9_000)), ProblemType.HEADERS_TOO_LARGE),
        new Refused("/api/v1/laos?page=%zz", FuzzClient.headers(), ProblemType.MALFORMED_REQUEST),
        new Refused("/api/v1/laos/%", FuzzClient.headers(), ProblemType.MALFORMED_REQUEST))) {
      FuzzClient.Response response = raw.send(new FuzzClient.Request("GET", refused.uri(), refused.headers(), null));
      assertThat(response.status()).as(refused.uri()).isEqualTo(refused.type().status().value());
      assertThat(ProblemContract.violations(response.status(), response.contentType(), response.body())).as(refused.uri()).isEmpty();
      assertThat(response.text()).contains(refused.type().uri().toString());
    }
    // the server still answers normally afterwards
    http.get().uri("/api/v1/provinces").exchange().expectStatus().isOk();
  }

  /** A multipart body (boundary "fuzz") for the directory import, as a DLA admin. */
  private WebTestClient.ResponseSpec importMultipart(String body) {
    return http.post().uri("/api/v1/admin/directory/laos/import").headers(Auth.bearer(tokens, Actors.admin()))
        .contentType(MediaType.parseMediaType("multipart/form-data; boundary=fuzz"))
        .bodyValue(body.getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .exchange();
  }

  private static boolean readsABody(Route route) {
    return Arrays.stream(route.handler().getMethodParameters())
        .anyMatch(p -> p.hasParameterAnnotation(org.springframework.web.bind.annotation.RequestBody.class)
            || p.hasParameterAnnotation(org.springframework.web.bind.annotation.RequestPart.class)
            || org.springframework.http.server.reactive.ServerHttpRequest.class.isAssignableFrom(p.getParameterType())
            || p.getParameterType().getName().startsWith("org.springframework.http.codec.multipart")
            || reactor.core.publisher.Flux.class.isAssignableFrom(p.getParameterType()));
  }

  private EntityExchangeResult<byte[]> request(HttpMethod method, String uri, MediaType contentType, String body) {
    // the contract is under test, not the speed: the first calls warm the JVM up on a loaded machine. Each request
    // on a connection of its own, as ApiFuzzIT's client does: on pooled keep-alive connections, one request with the
    // path value %3Cscript%3E got no answer in about one run of five (docs/reliability.md, "Open fault").
    WebTestClient.RequestBodySpec spec = http.mutate().responseTimeout(java.time.Duration.ofSeconds(30))
        .clientConnector(new org.springframework.http.client.reactive.ReactorClientHttpConnector(
            reactor.netty.http.client.HttpClient.newConnection()))
        .build()
        .method(method).uri(URI.create("http://localhost:" + port + uri))
        .headers(Auth.bearer(tokens, Actors.admin()))
        .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
    WebTestClient.RequestHeadersSpec<?> ready = body == null ? spec : spec.contentType(contentType).bodyValue(body);
    try {
      return ready.exchange().expectBody().returnResult();
    } catch (IllegalStateException timeout) {
      // name the request that never answered: a hang is a defect of that route, not of the test
      throw new AssertionError(method + " " + uri + " did not answer within 30 s", timeout);
    }
  }

  private static void assertProblemOrSuccess(EntityExchangeResult<byte[]> result, String what) {
    int status = result.getStatus().value();
    assertThat(status).as(what + " answered " + status).isLessThan(500);
    if (status >= 400) {
      assertProblem(result, what);
    }
  }

  private static void assertProblem(EntityExchangeResult<byte[]> result, String what) {
    int status = result.getStatus().value();
    assertThat(status).as(what + " should be a client error, was " + status).isBetween(400, 499);
    assertThat(result.getResponseHeaders().getContentType()).as(what + " content type")
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    String body = new String(result.getResponseBodyContent() == null ? new byte[0] : result.getResponseBodyContent(),
        java.nio.charset.StandardCharsets.UTF_8);
    assertThat(body).as(what + " body").contains("\"type\":\"" + ProblemType.BASE_URI).contains("\"detail\":");
  }

  private static String name(MethodParameter parameter) {
    RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
    return annotation != null && !annotation.name().isEmpty() ? annotation.name() : parameter.getParameterName();
  }
}
