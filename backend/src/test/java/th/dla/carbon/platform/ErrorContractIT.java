package th.dla.carbon.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import th.dla.carbon.platform.web.ProblemType;
import th.dla.carbon.identity.AccessTokens;
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

  private static boolean readsABody(Route route) {
    return Arrays.stream(route.handler().getMethodParameters())
        .anyMatch(p -> p.hasParameterAnnotation(org.springframework.web.bind.annotation.RequestBody.class)
            || p.hasParameterAnnotation(org.springframework.web.bind.annotation.RequestPart.class)
            || org.springframework.http.server.reactive.ServerHttpRequest.class.isAssignableFrom(p.getParameterType())
            || p.getParameterType().getName().startsWith("org.springframework.http.codec.multipart")
            || reactor.core.publisher.Flux.class.isAssignableFrom(p.getParameterType()));
  }

  private EntityExchangeResult<byte[]> request(HttpMethod method, String uri, MediaType contentType, String body) {
    WebTestClient.RequestBodySpec spec = http.method(method).uri(URI.create("http://localhost:" + port + uri))
        .headers(Auth.bearer(tokens, Actors.admin()))
        .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
    WebTestClient.RequestHeadersSpec<?> ready = body == null ? spec : spec.contentType(contentType).bodyValue(body);
    return ready.exchange().expectBody().returnResult();
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
