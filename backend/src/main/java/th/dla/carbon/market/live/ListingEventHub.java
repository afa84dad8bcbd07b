package th.dla.carbon.market.live;

import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.postgresql.api.PostgresqlResult;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.util.retry.Retry;

/**
 * One LISTEN connection per instance, outside the pool, fanning PostgreSQL notifications out to this instance's
 * stream subscribers. Whenever it (re)connects it emits a "resync" notice (listing null), so subscribers fetch
 * whatever committed while it was not listening: notifications are only wake-ups, the table is the truth.
 */
@Component
public class ListingEventHub implements SmartLifecycle {

  /**
   * A wake-up for one listing, or for all ({@code listingId} null) after a (re)connect. {@code generation} numbers the
   * wake-ups this instance has received (see {@link #generation()}).
   */
  public record Notice(@Nullable UUID listingId, long generation) {}

  private static final Log log = LogFactory.getLog(ListingEventHub.class);

  private final Sinks.Many<Notice> sink = Sinks.many().multicast().directBestEffort();
  private final AtomicLong received = new AtomicLong();
  private final ConnectionFactory connections;
  private volatile @Nullable Disposable listening;
  private volatile boolean listeningNow;

  ListingEventHub(@Value("${spring.r2dbc.url}") String url, @Value("${spring.r2dbc.username:}") String username,
      @Value("${spring.r2dbc.password:}") String password) {
    ConnectionFactoryOptions.Builder options = ConnectionFactoryOptions.parse(url).mutate();
    if (!username.isEmpty()) {
      options.option(ConnectionFactoryOptions.USER, username);
    }
    if (!password.isEmpty()) {
      options.option(ConnectionFactoryOptions.PASSWORD, password);
    }
    this.connections = ConnectionFactories.get(options.build());
  }

  /** Wake-ups for subscribers on this instance. */
  public Flux<Notice> notices() {
    return sink.asFlux();
  }

  /**
   * How many wake-ups this instance has received so far. A read of the events table that starts after this returned
   * {@code g} sees every event whose wake-up has a generation of at most {@code g} (NOTIFY arrives after the commit).
   */
  public long generation() {
    return received.get();
  }

  /** True while the LISTEN connection is up (for tests and health). */
  public boolean isListening() {
    return listeningNow;
  }

  @Override
  public void start() {
    listening = Flux.usingWhen(Mono.from(connections.create()), this::listen, Connection::close)
        .doOnError(e -> {
          listeningNow = false;
          log.warn("Listing event listener lost its connection, reconnecting: " + e.getMessage());
        })
        .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(200)).maxBackoff(Duration.ofSeconds(10)))
        .subscribe(notice -> sink.tryEmitNext(new Notice(notice.listingId(), received.incrementAndGet())));
  }

  private Flux<Notice> listen(Connection connection) {
    PostgresqlConnection pg = (PostgresqlConnection) connection;
    return pg.createStatement("LISTEN " + ListingEvents.CHANNEL).execute()
        .flatMap(PostgresqlResult::getRowsUpdated)
        .then(Mono.fromRunnable(() -> listeningNow = true))
        .thenMany(Flux.concat(Mono.just(new Notice(null, 0)),
            pg.getNotifications().map(n -> new Notice(parse(n.getParameter()), 0))
                .concatWith(Mono.error(new IllegalStateException("notification stream ended")))));
  }

  private static @Nullable UUID parse(@Nullable String payload) {
    if (payload == null || payload.length() < 36) {
      return null;
    }
    try {
      return UUID.fromString(payload.substring(0, 36));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  @Override
  public void stop() {
    Disposable current = listening;
    if (current != null) {
      current.dispose();
    }
    listeningNow = false;
    listening = null;
  }

  @Override
  public boolean isRunning() {
    return listening != null;
  }
}
