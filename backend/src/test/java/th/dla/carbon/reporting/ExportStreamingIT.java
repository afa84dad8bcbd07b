package th.dla.carbon.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.netty.channel.ChannelOption;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.reactivestreams.Subscription;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.BaseSubscriber;
import reactor.netty.http.client.HttpClient;
import th.dla.carbon.identity.AccessTokens;
import th.dla.carbon.support.Actors;
import th.dla.carbon.support.IntegrationTest;

/**
 * A large export is streamed: with 50,000 trades of one LAO in the database, the first bytes of the CSV reach a
 * client that then stops reading, and while it does not read the server stops reading the database (once socket
 * buffers are full the count of rows read stays put, below 50,000); once the client reads on, all 50,000 rows arrive. The XLSX of the same
 * 50,000 rows opens with every row.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportStreamingIT {

  static final String LAO = "5810199";  // a code no other test uses: the rows are this test's alone
  static final int ROWS = 50_000;

  @Autowired DatabaseClient db;
  @Autowired AccessTokens tokens;
  @Autowired MeterRegistry meters;
  @LocalServerPort int port;

  @BeforeAll
  void fiftyThousandTrades() {
    db.sql("DELETE FROM settlement.trade WHERE lao_code = :lao").bind("lao", LAO).then().block();
    db.sql("""
            INSERT INTO settlement.trade (id, listing_id, lao_code, buyer_id, quantity, unit_price, total, state, payment_due_at,
                                          created_at, settled_at)
            SELECT gen_random_uuid(), '00000000-0000-0000-0000-0000000000aa', :lao, '00000000-0000-0000-0000-0000000000bb',
                   1 + i % 50, 250.00, (1 + i % 50) * 250.00, 'SETTLED', now(),
                   timestamptz '2025-01-01 00:00:00+07' + i * interval '1 minute', now()
              FROM generate_series(1, :rows) AS i""")
        .bind("lao", LAO).bind("rows", ROWS).then().block(Duration.ofMinutes(2));
  }

  @AfterAll
  void removeThem() {
    db.sql("DELETE FROM settlement.trade WHERE lao_code = :lao").bind("lao", LAO).then().block(Duration.ofMinutes(2));
  }

  double rowsRead() {
    return meters.counter("carbon.exports.rows", "dataset", "trades").count();
  }

  /** Takes one buffer, then only what it is asked to. */
  static final class SlowReader extends BaseSubscriber<DataBuffer> {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    final CompletableFuture<Void> first = new CompletableFuture<>();
    final CompletableFuture<Void> done = new CompletableFuture<>();

    @Override
    protected void hookOnSubscribe(Subscription subscription) {
      request(1);
    }

    @Override
    protected void hookOnNext(DataBuffer buffer) {
      byte[] chunk = new byte[buffer.readableByteCount()];
      buffer.read(chunk);
      DataBufferUtils.release(buffer);
      bytes.writeBytes(chunk);
      first.complete(null);
    }

    @Override
    protected void hookOnComplete() {
      first.complete(null);
      done.complete(null);
    }

    @Override
    protected void hookOnError(Throwable error) {
      first.completeExceptionally(error);
      done.completeExceptionally(error);
    }
  }

  @Test
  void theCsvArrivesWhileTheDatabaseIsStillBeingReadAndReadingWaitsForTheClient() throws Exception {
    String token = tokens.issue(Actors.admin()).block();
    // a small receive buffer (no autotuning): what the client does not read stays on the server's side
    WebClient client = WebClient.builder().baseUrl("http://127.0.0.1:" + port)
        .clientConnector(new ReactorClientHttpConnector(HttpClient.create().option(ChannelOption.SO_RCVBUF, 64 * 1024))).build();
    double before = rowsRead();
    SlowReader reader = new SlowReader();
    client.get().uri("/api/v1/exports/trades?format=csv&lao=" + LAO).headers(h -> h.setBearerAuth(token))
        .retrieve().bodyToFlux(DataBuffer.class).subscribe(reader);

    reader.first.get(60, TimeUnit.SECONDS);
    double atFirstBytes = rowsRead() - before;
    assertThat(atFirstBytes).as("rows read when the first bytes arrived").isLessThan(ROWS);
    assertThat(reader.done).as("the export is not complete after its first buffer").isNotDone();
    // the client reads nothing more: socket buffers fill, then the server stops asking the database for rows
    double paused = -1;
    int unchanged = 0;
    for (int second = 0; second < 40 && unchanged < 3; second++) {
      Thread.sleep(1000);
      double now = rowsRead() - before;
      unchanged = now == paused ? unchanged + 1 : 0;
      paused = now;
    }
    assertThat(unchanged).as("rows read stop growing while the client does not read").isEqualTo(3);
    assertThat(paused).as("rows read while the client is not reading").isLessThan(ROWS);
    assertThat(reader.done).isNotDone();

    reader.request(Long.MAX_VALUE);
    reader.done.get(180, TimeUnit.SECONDS);
    assertThat(rowsRead() - before).isEqualTo(ROWS);
    String csv = reader.bytes.toString(StandardCharsets.UTF_8);
    assertThat(csv.split("\r\n")).hasSize(ROWS + 1);
    System.out.printf("export streaming: %,.0f of %,d rows read at the first bytes, %,.0f while the client paused; %,d bytes in all%n",
        atFirstBytes, ROWS, paused, reader.bytes.size());
  }

  @Test
  void theXlsxOfFiftyThousandRowsOpensWithEveryRow() throws Exception {
    String token = tokens.issue(Actors.admin()).block();
    byte[] xlsx = WebClient.builder().baseUrl("http://127.0.0.1:" + port)
        .codecs(c -> c.defaultCodecs().maxInMemorySize(64 * 1024 * 1024)).build()
        .get().uri("/api/v1/exports/trades?format=xlsx&lao=" + LAO).headers(h -> h.setBearerAuth(token))
        .retrieve().bodyToMono(byte[].class).block(Duration.ofMinutes(3));
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(workbook.getFirstSheet().openStream().count()).isEqualTo(ROWS + 1);
    }
    System.out.printf("export streaming: XLSX of %,d rows is %,d bytes%n", ROWS, xlsx.length);
  }
}
