package th.dla.carbon.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import th.dla.carbon.support.IntegrationTest;

/**
 * Hardening as deployed: behind a TLS-terminating proxy ({@code server.forward-headers-strategy=framework}) with one
 * other origin allowed to call the API. Security headers on every kind of response, HSTS only over HTTPS, CORS only
 * for the configured origin, and Swagger UI still working under the Content-Security-Policy.
 */
@IntegrationTest
@TestPropertySource(properties = {
    "server.forward-headers-strategy=framework",
    "carbon.cors.allowed-origins=" + SecurityHeadersIT.ALLOWED_ORIGIN
})
class SecurityHeadersIT {

  static final String ALLOWED_ORIGIN = "https://portal.dla.go.th";
  private static final Path ROOT = Path.of(System.getProperty("repository.root", "..")).toAbsolutePath().normalize();

  @Autowired WebTestClient http;
  @LocalServerPort int port;

  @Test
  void everyKindOfResponseCarriesTheSecurityHeaders() {
    for (String path : new String[] {"/api/v1/provinces", "/api/v1/me", "/", "/v3/api-docs", "/oauth2/authorization/none"}) {
      HttpHeaders headers = http.get().uri(path).exchange().expectBody().returnResult().getResponseHeaders();
      assertThat(headers.getFirst("Content-Security-Policy")).as(path)
          .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
          .doesNotContain("unsafe-eval");
      assertThat(headers.getFirst("X-Frame-Options")).as(path).isEqualTo("DENY");
      assertThat(headers.getFirst("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
      assertThat(headers.getFirst("Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
    }
  }

  @Test
  void hstsIsSentOnlyWhenTheProxyReportsHttps() {
    http.get().uri("/api/v1/provinces").exchange()
        .expectHeader().doesNotExist("Strict-Transport-Security");
    http.get().uri("/api/v1/provinces").header("X-Forwarded-Proto", "https").exchange()
        .expectHeader().valueEquals("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains");
  }

  @Test
  void corsIsOpenOnlyToTheConfiguredOrigin() {
    http.method(HttpMethod.OPTIONS).uri("/api/v1/me")
        .header("Origin", ALLOWED_ORIGIN)
        .header("Access-Control-Request-Method", "GET")
        .header("Access-Control-Request-Headers", "Authorization")
        .exchange()
        .expectStatus().isOk()
        .expectHeader().valueEquals("Access-Control-Allow-Origin", ALLOWED_ORIGIN)
        .expectHeader().valueEquals("Access-Control-Allow-Credentials", "true");
    http.get().uri("/api/v1/provinces").header("Origin", ALLOWED_ORIGIN).exchange()
        .expectStatus().isOk()
        .expectHeader().valueEquals("Access-Control-Allow-Origin", ALLOWED_ORIGIN);

    http.method(HttpMethod.OPTIONS).uri("/api/v1/me")
        .header("Origin", "https://evil.example")
        .header("Access-Control-Request-Method", "GET")
        .exchange()
        .expectStatus().isForbidden()
        .expectHeader().doesNotExist("Access-Control-Allow-Origin");
    http.get().uri("/api/v1/provinces").header("Origin", "https://evil.example").exchange()
        .expectStatus().isForbidden()
        .expectHeader().doesNotExist("Access-Control-Allow-Origin");
  }

  @Test
  void swaggerUiRendersInChromiumWithoutAnyCspViolation() throws IOException, InterruptedException {
    File log = ROOT.resolve("backend/target/swagger-ui-csp.log").toFile();
    Files.createDirectories(log.toPath().getParent());
    ProcessBuilder command = new ProcessBuilder("node", "backend/src/test/resources/e2e/swagger-ui-csp.mjs")
        .directory(ROOT.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log);
    command.environment().put("BASE_URL", "http://localhost:" + port);
    Process browser = command.start();
    boolean finished = browser.waitFor(90, TimeUnit.SECONDS);
    if (!finished) {
      browser.destroyForcibly();
    }
    String output = Files.readString(log.toPath(), StandardCharsets.UTF_8);
    assertThat(finished).as("browser check finished in time:\n" + output).isTrue();
    assertThat(browser.exitValue()).as("browser check output:\n" + output).isZero();
  }
}
