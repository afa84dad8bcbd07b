package th.dla.carbon.platform;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * The time at which a record says something happened (a trade's creation, a retirement). It is the system clock,
 * unless the caller put another instant in the Reactor context with {@link #at(Instant)} — which only the demo loader
 * does, to give the demo's history past dates through the real services (no HTTP request can set it).
 */
public final class BusinessTime {

  private static final String KEY = BusinessTime.class.getName();

  private BusinessTime() {}

  /**
   * The instant in the subscriber's context (microseconds, as PostgreSQL stores it), or an empty {@code Optional}:
   * then the record takes the database's {@code now()} as always.
   */
  public static Mono<Optional<Instant>> override() {
    return Mono.deferContextual(context -> Mono.just(context.<Instant>getOrEmpty(KEY).map(at -> at.truncatedTo(ChronoUnit.MICROS))));
  }

  /** For {@code contextWrite}: records written under it say they happened at {@code at}. Demo data only. */
  public static Context at(Instant at) {
    return Context.of(KEY, at);
  }
}
