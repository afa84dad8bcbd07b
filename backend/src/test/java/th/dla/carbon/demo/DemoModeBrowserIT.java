package th.dla.carbon.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The product as a user first meets it: demo mode on its own embedded database, the SPA served by the backend,
 * and a real Chromium (driven by playwright-core) reading Thai pages built from the API's data.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "carbon.database.url=",
      "carbon.database.embedded.data-dir=",
      "carbon.database.embedded.temporary-name=demo",
      "carbon.documents.dir=",
      "carbon.demo.enabled=true"
    })
@AutoConfigureWebTestClient
class DemoModeBrowserIT {

  private static final Path ROOT = Path.of(System.getProperty("repository.root", "..")).toAbsolutePath().normalize();

  @LocalServerPort int port;
  @Autowired WebTestClient http;
  @Autowired th.dla.carbon.identity.AccessTokens tokens;

  @Test
  void demoDataHasTheMunicipalityOfTheDlaLetterAndKrabi() {
    http.get().uri(uri -> uri.path("/api/v1/laos").queryParam("q", "บางศรีเมือง").build()).exchange()
        .expectStatus().isOk()
        .expectBody()
        .jsonPath("$.items[0].fullNameTh").isEqualTo("เทศบาลเมืองบางศรีเมือง")
        .jsonPath("$.items[0].provinceCode").isEqualTo("12");
    http.get().uri("/api/v1/laos?province=81").exchange()
        .expectStatus().isOk()
        .expectBody().jsonPath("$.total").value(total -> assertThat((Integer) total).isGreaterThanOrEqualTo(10));
  }

  @Autowired DemoDataLoader loader;

  @Test
  void demoBuyersAndTheNonthaburiRosterAreThereAndSurviveARestart() {
    loader.run(null); // a restart loads the demo data again: nothing may change
    String greenbank = demoLogin("buyer.greenbank");
    http.get().uri("/api/v1/me/organisation").headers(h -> h.setBearerAuth(greenbank)).exchange()
        .expectStatus().isOk()
        .expectBody()
        .jsonPath("$.nameTh").isEqualTo("ธนาคารกรีนแบงก์ จำกัด (มหาชน)")
        .jsonPath("$.status").isEqualTo("VERIFIED");
    String pending = demoLogin("buyer.pending");
    http.get().uri("/api/v1/me/organisation").headers(h -> h.setBearerAuth(pending)).exchange()
        .expectBody().jsonPath("$.status").isEqualTo("PENDING");
    String admin = demoLogin("dla.admin");
    http.get().uri("/api/v1/admin/buyers?status=VERIFIED").headers(h -> h.setBearerAuth(admin)).exchange()
        .expectBody().jsonPath("$.total").isEqualTo(2);

    String province = demoLogin("province.nonthaburi");
    http.get().uri("/api/v1/provinces/12/officer-appointments?status=PENDING").headers(h -> h.setBearerAuth(province)).exchange()
        .expectStatus().isOk()
        .expectBody().jsonPath("$.length()").isEqualTo(1).jsonPath("$[0].fullName").isEqualTo("นางสาวปราณี ใจงาม");
    String roster = http.get().uri("/api/v1/provinces/12/officer-roster?format=csv").headers(h -> h.setBearerAuth(province)).exchange()
        .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    assertThat(roster.split("\r\n")).hasSize(4)
        .anySatisfy(line -> assertThat(line).contains("นางสาวสมศรี ผู้จัดทำ").endsWith("อนุมัติแล้ว"));
  }

  private String demoLogin(String username) {
    // password hashing is deliberately slow; allow for a busy machine
    byte[] body = http.mutate().responseTimeout(java.time.Duration.ofSeconds(30)).build().post().uri("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(java.util.Map.of("username", username, "password", "demo"))
        .exchange().expectStatus().isOk().expectBody().returnResult().getResponseBodyContent();
    return new String(body, java.nio.charset.StandardCharsets.UTF_8).replaceAll(".*\"accessToken\":\"([^\"]+)\".*", "$1");
  }

  @Test
  void demoMarketHasOpenListingsOfEveryModeFromBangSriMueangAndAoNang() {
    http.get().uri("/api/v1/listings?size=50").exchange()
        .expectStatus().isOk()
        .expectBody()
        .jsonPath("$.total").value(total -> assertThat((Integer) total).isGreaterThanOrEqualTo(4))
        .jsonPath("$.items[?(@.mode == 'FIXED_PRICE' && @.laoCode == '4120102')]").exists()
        .jsonPath("$.items[?(@.mode == 'NEGOTIABLE')]").exists()
        .jsonPath("$.items[?(@.mode == 'AUCTION' && @.laoCode == '5810103')]").exists();
  }

  @Test
  void demoDealsAreAtEveryStageOfSettlementWithAPublicCertificateAndSurviveARestart() {
    loader.run(null); // a restart: the deals are found again, nothing is bought, paid or retired twice
    String greenbank = demoLogin("buyer.greenbank");
    Map<?, ?> trades = http.get().uri("/api/v1/me/trades?size=50").headers(h -> h.setBearerAuth(greenbank)).exchange()
        .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> items = (List<Map<String, Object>>) trades.get("items");
    assertThat(items).hasSize(2);
    assertThat(items.stream().map(t -> (String) t.get("state")).toList()).containsExactlyInAnyOrder("SETTLED", "AWAITING_PAYMENT");
    Map<String, Object> settled = items.stream().filter(t -> "SETTLED".equals(t.get("state"))).findFirst().orElseThrow();
    assertThat(settled.get("laoCode")).isEqualTo("4120102");
    assertThat(settled.get("quantity")).isEqualTo(40);
    assertThat(settled.get("receiptNo")).isNotNull();
    assertThat(settled.get("tgoReference")).isNotNull();
    http.get().uri("/api/v1/me/holdings").headers(h -> h.setBearerAuth(greenbank)).exchange().expectStatus().isOk()
        .expectBody().jsonPath("$.totals.available").isEqualTo(25).jsonPath("$.totals.retired").isEqualTo(15);
    Map<?, ?> retirements = http.get().uri("/api/v1/me/retirements").headers(h -> h.setBearerAuth(greenbank)).exchange()
        .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    assertThat(retirements.get("total")).isEqualTo(1);
    String certificateNo = (String) ((Map<?, ?>) ((List<?>) retirements.get("items")).get(0)).get("certificateNo");
    assertThat(loader.certificateNo()).as("the number the start-up notice prints").isEqualTo(certificateNo);

    // anyone verifies the certificate and downloads it
    http.get().uri("/api/v1/retirements/{no}", certificateNo).exchange().expectStatus().isOk().expectBody()
        .jsonPath("$.quantity").isEqualTo(15)
        .jsonPath("$.beneficiary").isEqualTo("ธนาคารกรีนแบงก์ จำกัด (มหาชน)")
        .jsonPath("$.purpose").value(purpose -> assertThat((String) purpose).contains("ชดเชยการปล่อยก๊าซเรือนกระจกปี 2568"))
        .jsonPath("$.originLaos[0].code").isEqualTo("4120102");
    byte[] pdf = http.get().uri("/api/v1/retirements/{no}/certificate.pdf", certificateNo).exchange().expectStatus().isOk()
        .expectBody(byte[].class).returnResult().getResponseBody();
    assertThat(new String(pdf, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");

    // the officers have work: a payment to confirm in Krabi, a payment awaited in Bang Sri Mueang
    String krabi = demoLogin("lao.krabi.checker");
    http.get().uri("/api/v1/laos/5810103/trades?state=PAYMENT_REPORTED").headers(h -> h.setBearerAuth(krabi)).exchange()
        .expectStatus().isOk().expectBody().jsonPath("$.total").isEqualTo(1).jsonPath("$.items[0].quantity").isEqualTo(10);
    String bsm = demoLogin("lao.bangsrimuang.checker");
    http.get().uri("/api/v1/laos/4120102/trades?state=AWAITING_PAYMENT").headers(h -> h.setBearerAuth(bsm)).exchange()
        .expectStatus().isOk().expectBody().jsonPath("$.total").isEqualTo(1);
    http.get().uri("/api/v1/laos/4120102/trades?state=SETTLED").headers(h -> h.setBearerAuth(bsm)).exchange()
        .expectStatus().isOk().expectBody().jsonPath("$.total").isEqualTo(1);
    String admin = demoLogin("dla.admin");
    http.get().uri("/api/v1/admin/ledger/verify").headers(h -> h.setBearerAuth(admin)).exchange().expectStatus().isOk()
        .expectBody().jsonPath("$.ok").isEqualTo(true);
    http.get().uri("/api/v1/audit/verify").exchange().expectStatus().isOk().expectBody().jsonPath("$.ok").isEqualTo(true);
  }

  @Test
  void clientRoutesFallBackToTheSpaButApiRoutesDoNot() {
    http.get().uri("/laos/4120102").accept(MediaType.TEXT_HTML).exchange()
        .expectStatus().isOk()
        .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
        .expectBody(String.class).value(html -> assertThat(html).contains("<div id=\"root\">"));
    // an unknown API route is never the SPA: anonymous callers are asked to sign in, signed-in ones get a 404
    http.get().uri("/api/v1/nothing-here").accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON).exchange()
        .expectStatus().isUnauthorized()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    http.get().uri("/api/v1/nothing-here").accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON)
        .headers(th.dla.carbon.support.Auth.bearer(tokens, th.dla.carbon.support.Actors.admin())).exchange()
        .expectStatus().isNotFound();
    http.get().uri("/assets/missing-file.js").exchange().expectStatus().isNotFound();
    String etag = http.get().uri("/").exchange().expectStatus().isOk()
        .expectHeader().cacheControl(org.springframework.http.CacheControl.noCache())
        .returnResult(String.class).getResponseHeaders().getETag();
    http.get().uri("/").header("If-None-Match", etag).exchange().expectStatus().isNotModified();
  }

  @Test
  void swaggerUiAndHealthProbesAreServed() {
    http.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
        .expectBody().jsonPath("$.paths['/api/v1/provinces']").exists();
    http.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
    http.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk()
        .expectBody().jsonPath("$.status").isEqualTo("UP");
    http.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
    http.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
        .expectBody(String.class).value(text -> assertThat(text).contains("jvm_memory_used_bytes"));
  }

  @Test
  void chromiumRendersTheThaiProvinceListAndAnLaoProfileFromTheApi() throws IOException, InterruptedException {
    File log = ROOT.resolve("backend/target/e2e-smoke.log").toFile();
    ProcessBuilder command = new ProcessBuilder("node", "frontend/e2e/smoke.mjs")
        .directory(ROOT.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log);
    command.environment().put("BASE_URL", "http://localhost:" + port);
    command.environment().put("SCREENSHOT_DIR", ROOT.resolve("backend/target/screenshots").toString());
    Process browser = command.start();
    boolean finished = browser.waitFor(150, TimeUnit.SECONDS);
    if (!finished) {
      browser.destroyForcibly();
    }
    String output = java.nio.file.Files.readString(log.toPath(), StandardCharsets.UTF_8);

    assertThat(finished).as("browser test finished in time:\n" + output).isTrue();
    assertThat(browser.exitValue()).as("browser test output:\n" + output).isZero();
    assertThat(ROOT.resolve("backend/target/screenshots/provinces.png")).exists();
  }
}
