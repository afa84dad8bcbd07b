package th.dla.carbon.market.live;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One subscriber's stream: every stored event after {@code Last-Event-ID} (replay), then new ones as
 * notifications arrive, each fetched from the table in order so nothing is skipped or repeated; a comment line
 * every heartbeat interval keeps proxies from closing the connection.
 *
 * <p>Subscribers of one listing share their reads: a wake-up makes every subscriber ask for the events after its last
 * one, and those at the same position (normally all of them) get the answer of one query instead of one query each.
 * An answer is shared only with subscribers whose wake-up arrived before its query started, so it holds the event
 * they were woken for (the order argument is on {@link ListingEventHub#generation()}); otherwise a new query runs.
 * Without this, 5,000 subscribers of a listing made 5,000 queries per event through the 20-connection pool, and the
 * last of them got the event seconds later (docs/performance.md, P5).
 */
@Component
public class ListingStream {

  private static final int BATCH = 500;
  /** How long a shared answer is kept; later wake-ups mostly need a newer one anyway. */
  private static final Duration SHARED_FOR = Duration.ofSeconds(10);

  /** The latest shared read of a listing: events after {@code after}, read after wake-up {@code generation}. */
  private record SharedRead(long after, long generation, Mono<List<ListingEvents.StoredEvent>> events) {}

  private final ListingEvents events;
  private final ListingEventHub hub;
  private final Duration heartbeat;
  private final Map<UUID, SharedRead> reads = new ConcurrentHashMap<>();

  ListingStream(ListingEvents events, ListingEventHub hub, @Value("${carbon.market.stream.heartbeat:15s}") Duration heartbeat) {
    this.events = events;
    this.hub = hub;
    this.heartbeat = heartbeat;
  }

  public Flux<ServerSentEvent<String>> stream(UUID listingId, long afterSeq) {
    AtomicLong last = new AtomicLong(Math.max(0, afterSeq));
    // subscribe to wake-ups first, then fetch once: an event committed in between is fetched by one or the other
    Flux<ListingEventHub.Notice> wakeUps = Flux.merge(
        hub.notices().filter(n -> n.listingId() == null || n.listingId().equals(listingId)),
        Mono.fromSupplier(() -> new ListingEventHub.Notice(null, hub.generation())));
    Flux<ServerSentEvent<String>> live = wakeUps
        .onBackpressureLatest()
        .concatMap(wake -> fetch(listingId, last, wake.generation()), 1);
    Flux<ServerSentEvent<String>> beats = Flux.interval(heartbeat, heartbeat)
        .map(i -> ServerSentEvent.<String>builder().comment("heartbeat").build());
    return Flux.merge(live, beats);
  }

  private Flux<ServerSentEvent<String>> fetch(UUID listingId, AtomicLong last, long generation) {
    return Mono.defer(() -> read(listingId, last.get(), generation))
        .flatMapMany(batch -> {
          if (!batch.isEmpty()) {
            last.set(batch.get(batch.size() - 1).seq());
          }
          Flux<ServerSentEvent<String>> out = Flux.fromIterable(batch)
              .map(event -> ServerSentEvent.<String>builder(event.data()).id(Long.toString(event.seq())).event(event.type()).build());
          // a burst longer than one batch: keep going until caught up
          return batch.size() < BATCH ? out : out.concatWith(Flux.defer(() -> fetch(listingId, last, generation)));
        });
  }

  /** The events after {@code after}, from a read that started after wake-up {@code generation}: shared when possible. */
  private Mono<List<ListingEvents.StoredEvent>> read(UUID listingId, long after, long generation) {
    SharedRead[] created = new SharedRead[1];
    SharedRead read = reads.compute(listingId, (id, current) -> {
      if (current != null && current.after() == after && current.generation() >= generation) {
        return current;
      }
      created[0] = new SharedRead(after, hub.generation(), events.after(listingId, after, BATCH).collectList()
          .cache(value -> SHARED_FOR, error -> Duration.ZERO, () -> Duration.ZERO));
      return created[0];
    });
    if (created[0] != null) {
      // bounded memory: a listing's entry goes when nobody asked for a newer one meanwhile
      Mono.delay(SHARED_FOR).subscribe(tick -> reads.remove(listingId, created[0]));
    }
    return read.events();
  }
}
