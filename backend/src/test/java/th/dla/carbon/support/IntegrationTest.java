package th.dla.carbon.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;

/**
 * A full-stack test: the whole application on a random port, talking to a real PostgreSQL (embedded, in a
 * throw-away directory shared by all tests of the JVM), exercised over HTTP with {@code WebTestClient}.
 * Demo data is off, so each test sets up what it needs.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "carbon.database.url=",
      "carbon.database.embedded.data-dir=",
      "carbon.demo.enabled=false",
      "carbon.documents.dir=",
      "carbon.directory.import.max-bytes=" + IntegrationTest.IMPORT_LIMIT_BYTES
    })
@AutoConfigureWebTestClient
public @interface IntegrationTest {
  /** Big enough for the national file (about 15 MB), small enough to test the limit cheaply. */
  int IMPORT_LIMIT_BYTES = 24 * 1024 * 1024;
}
