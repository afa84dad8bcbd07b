package th.dla.carbon.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The product in demo mode in a real Chromium (playwright-core, Debian's /usr/bin/chromium), one browser context per
 * person: the journey across roles (frontend/e2e/journey.mjs), the key pages on a 375 px phone (phone.mjs) and an
 * axe-core scan of every role's main pages (a11y.mjs). Its own embedded database (not DemoModeBrowserIT's), because
 * the journey makes a listing, a trade and a retirement that the demo-data checks there must not see.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "carbon.database.url=",
      "carbon.database.embedded.data-dir=",
      "carbon.database.embedded.temporary-name=journey",
      "carbon.documents.dir=",
      "carbon.demo.enabled=true"
    })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserJourneyIT {

  private static final Path ROOT = Path.of(System.getProperty("repository.root", "..")).toAbsolutePath().normalize();
  private static final Path SCREENSHOTS = ROOT.resolve("backend/target/screenshots");

  @LocalServerPort int port;

  @Test
  @Order(1)
  void theWholeJourneyAcrossRolesPassesInChromiumWithLiveBidsAndAVerifiedCertificate() throws Exception {
    String output = runScript("journey", 240, true);
    assertThat(output).contains("[journey] PASS journey passed");
    assertThat(SCREENSHOTS.resolve("journey/journey-09-public-verifies.png")).exists();
  }

  @Test
  @Order(2)
  void publicAndBuyerPagesFitAPhoneWithoutHorizontalScrolling() throws Exception {
    String output = runScript("phone", 180, true);
    assertThat(output).contains("[phone] PASS");
  }

  @Test
  @Order(3)
  void theMainPagesOfEveryRoleHaveNoSeriousOrCriticalAccessibilityViolations() throws Exception {
    String output = runScript("a11y", 300, false);
    assertThat(output).contains("[a11y] PASS");
  }

  /** Runs frontend/e2e/{name}.mjs against this server; fails with the script's output when it fails. */
  private String runScript(String name, int timeoutSeconds, boolean screenshots) throws IOException, InterruptedException {
    File log = ROOT.resolve("backend/target/e2e-" + name + ".log").toFile();
    ProcessBuilder command = new ProcessBuilder("node", "frontend/e2e/" + name + ".mjs")
        .directory(ROOT.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log);
    command.environment().put("BASE_URL", "http://127.0.0.1:" + port);
    if (screenshots) {
      command.environment().put("SCREENSHOT_DIR", SCREENSHOTS.resolve(name).toString());
    } else {
      command.environment().remove("SCREENSHOT_DIR");
    }
    long started = System.nanoTime();
    Process browser = command.start();
    boolean finished = browser.waitFor(timeoutSeconds, TimeUnit.SECONDS);
    if (!finished) {
      browser.descendants().forEach(ProcessHandle::destroyForcibly);
      browser.destroyForcibly();
    }
    String output = Files.readString(log.toPath(), StandardCharsets.UTF_8);
    System.out.printf("%s.mjs finished in %.1f s%n%s%n", name, (System.nanoTime() - started) / 1e9, output);
    assertThat(finished).as(name + " finished in time:\n" + output).isTrue();
    assertThat(browser.exitValue()).as(name + " output:\n" + output).isZero();
    return output;
  }
}
