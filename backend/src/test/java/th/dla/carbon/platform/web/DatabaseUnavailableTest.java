package th.dla.carbon.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * A database that cannot be reached is answered 503 {@code service-unavailable} with {@code Retry-After}, quickly,
 * not 500 and not after a hang. Proved with the real driver and pool pointed at a port nobody listens on (as
 * PostgreSQL's port is while it is stopped), configured with the application's time-outs, so the exceptions are
 * exactly those a request meets in production: through {@link DatabaseClient} and through a transaction.
 */
class DatabaseUnavailableTest {

  private static ConnectionPool pool;

  @BeforeAll
  static void poolOnAClosedPort() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    PostgresqlConnectionFactory factory = new PostgresqlConnectionFactory(PostgresqlConnectionConfiguration.builder()
        .host("127.0.0.1").port(port).database("carbon").username("carbon")
        .connectTimeout(Duration.ofSeconds(3)).statementTimeout(Duration.ofSeconds(60)).build());
    pool = new ConnectionPool(ConnectionPoolConfiguration.builder(factory)
        .initialSize(0).maxSize(4).maxAcquireTime(Duration.ofSeconds(5)).maxCreateConnectionTime(Duration.ofSeconds(3)).build());
    // the first use loads the driver's and Netty's classes, which is not what the time limit below is about
    DatabaseClient.create(pool).sql("SELECT 1").fetch().one().onErrorResume(e -> Mono.empty()).block(Duration.ofSeconds(30));
  }

  @AfterAll
  static void close() {
    pool.dispose();
  }

  @Test
  void aQueryOnAnUnreachableDatabaseFailsWithinTheAcquireTimeAndIsRecognised() {
    long start = System.nanoTime();
    Throwable error = failure(DatabaseClient.create(pool).sql("SELECT 1").fetch().one());
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThat(DatabaseUnavailable.causedBy(error)).as("%s", error).isTrue();
  }

  @Test
  void aTransactionThatCannotGetItsConnectionIsRecognised() {
    TransactionalOperator tx = TransactionalOperator.create(new R2dbcTransactionManager(pool));
    Throwable error = failure(DatabaseClient.create(pool).sql("SELECT 1").fetch().one().as(tx::transactional));
    assertThat(DatabaseUnavailable.causedBy(error)).as("%s", error).isTrue();
  }

  @Test
  void theControllerAdviceAnswers503ProblemWithRetryAfter() {
    Throwable error = failure(DatabaseClient.create(pool).sql("SELECT 1").fetch().one());
    MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/v1/listings/x/bids"));
    ResponseEntity<Object> answer = new ApiExceptionHandler().unexpected((Exception) error, exchange).block();

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
    ProblemDetail problem = (ProblemDetail) answer.getBody();
    assertThat(problem.getType()).isEqualTo(ProblemType.SERVICE_UNAVAILABLE.uri());
    assertThat(problem.getType().toString()).isEqualTo("https://carbon.dla.go.th/problems/service-unavailable");
    assertThat(problem.getStatus()).isEqualTo(503);
    assertThat(problem.getDetail()).isEqualTo("The database is temporarily unavailable; please retry.")
        .doesNotContain("127.0.0.1", "Connection refused");
  }

  @Test
  void outsideAControllerTheLastResortHandlerAnswersTheSame() {
    Throwable error = failure(DatabaseClient.create(pool).sql("SELECT 1").fetch().one());
    MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/me/bids"));
    new ProblemWebExceptionHandler(new ProblemResponseWriter(JsonMapper.builder().build())).handle(exchange, error).block();

    assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(exchange.getResponse().getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
    assertThat(exchange.getResponse().getBodyAsString().block()).contains("\"type\":\"https://carbon.dla.go.th/problems/service-unavailable\"");
  }

  @Test
  void faultsOfTheRequestOrTheCodeAreNotMistakenForAnOutage() {
    for (Throwable other : List.of(new IllegalStateException("bug"), new DataIntegrityViolationException("duplicate key"),
        new IllegalArgumentException(new NullPointerException()))) {
      assertThat(DatabaseUnavailable.causedBy(other)).as("%s", other).isFalse();
    }
  }

  private static Throwable failure(Mono<?> call) {
    AtomicReference<Throwable> error = new AtomicReference<>();
    call.doOnError(error::set).onErrorResume(e -> Mono.empty()).block(Duration.ofSeconds(20));
    assertThat(error.get()).as("the call should have failed").isNotNull();
    return error.get();
  }
}
