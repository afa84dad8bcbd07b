package th.dla.carbon.market.live;

import java.time.Duration;
import java.util.UUID;
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
 */
@Component
public class ListingStream {

  private static final int BATCH = 500;

  private final ListingEvents events;
  private final ListingEventHub hub;
  private final Duration heartbeat;

  ListingStream(ListingEvents events, ListingEventHub hub, @Value("${carbon.market.stream.heartbeat:15s}") Duration heartbeat) {
    this.events = events;
    this.hub = hub;
    this.heartbeat = heartbeat;
  }

  public Flux<ServerSentEvent<String>> stream(UUID listingId, long afterSeq) {
    AtomicLong last = new AtomicLong(Math.max(0, afterSeq));
    // subscribe to wake-ups first, then fetch once: an event committed in between is fetched by one or the other
    Flux<Object> wakeUps = Flux.merge(
        hub.notices().filter(n -> n.listingId() == null || n.listingId().equals(listingId)),
        Mono.just(new ListingEventHub.Notice(null)));
    Flux<ServerSentEvent<String>> live = wakeUps
        .onBackpressureLatest()
        .concatMap(wake -> fetch(listingId, last), 1);
    Flux<ServerSentEvent<String>> beats = Flux.interval(heartbeat, heartbeat)
        .map(i -> ServerSentEvent.<String>builder().comment("heartbeat").build());
    return Flux.merge(live, beats);
  }

  private Flux<ServerSentEvent<String>> fetch(UUID listingId, AtomicLong last) {
    return Flux.defer(() -> events.after(listingId, last.get(), BATCH))
        .doOnNext(event -> last.set(event.seq()))
        .map(event -> ServerSentEvent.<String>builder(event.data()).id(Long.toString(event.seq())).event(event.type()).build())
        // a burst longer than one batch: keep going until caught up
        .collectList()
        .flatMapMany(batch -> batch.size() < BATCH ? Flux.fromIterable(batch)
            : Flux.fromIterable(batch).concatWith(Flux.defer(() -> fetch(listingId, last))));
  }
}
