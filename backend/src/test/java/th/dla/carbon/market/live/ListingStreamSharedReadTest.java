package th.dla.carbon.market.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.codec.ServerSentEvent;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/** The live stream's reads are shared by the subscribers of a listing, without ever missing an event. */
class ListingStreamSharedReadTest {

  private final UUID listing = UUID.randomUUID();
  private final List<ListingEvents.StoredEvent> table = new CopyOnWriteArrayList<>();
  private final AtomicInteger queries = new AtomicInteger();
  private final FakeHub hub = new FakeHub();
  private final ListingStream stream = new ListingStream(new FakeEvents(), hub, Duration.ofHours(1));
  private final List<Disposable> subscriptions = new ArrayList<>();

  @AfterEach
  void cancel() {
    subscriptions.forEach(Disposable::dispose);
  }

  @Test
  void aThousandSubscribersOfOneListingAreServedByOneQueryPerEvent() {
    table.add(new ListingEvents.StoredEvent(1, "listing", "{}"));
    List<List<String>> received = subscribe(1_000);
    await(() -> received.stream().allMatch(ids -> ids.equals(List.of("1"))));
    assertThat(queries.get()).as("the replay at connection is shared too").isEqualTo(1);

    queries.set(0);
    table.add(new ListingEvents.StoredEvent(2, "bid", "{}"));
    hub.wake(listing);

    await(() -> received.stream().allMatch(ids -> ids.equals(List.of("1", "2"))));
    assertThat(queries.get()).isEqualTo(1);
  }

  @Test
  void anAnswerReadBeforeAWakeUpIsNotReusedForIt() {
    List<List<String>> received = subscribe(2);
    await(() -> queries.get() == 1);
    // a resync wake-up: both subscribers ask for the events after 0 and get the shared, empty answer
    hub.wake(null);
    // an event commits after that answer was read: its wake-up must read again, not reuse the empty answer
    table.add(new ListingEvents.StoredEvent(1, "bid", "{}"));
    hub.wake(listing);

    await(() -> received.stream().allMatch(ids -> ids.equals(List.of("1"))));
  }

  private List<List<String>> subscribe(int subscribers) {
    List<List<String>> received = new ArrayList<>();
    for (int i = 0; i < subscribers; i++) {
      List<String> ids = new CopyOnWriteArrayList<>();
      received.add(ids);
      subscriptions.add(stream.stream(listing, 0).map(ServerSentEvent::id).subscribe(ids::add));
    }
    return received;
  }

  private static void await(BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("condition met within 10 s").isLessThan(deadline);
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** The events table in memory; counts reads. */
  private final class FakeEvents extends ListingEvents {
    FakeEvents() {
      super(null, null);
    }

    @Override
    public Flux<StoredEvent> after(UUID listingId, long seq, int limit) {
      return Flux.defer(() -> {
        queries.incrementAndGet();
        return Flux.fromIterable(List.copyOf(table)).filter(e -> e.seq() > seq).take(limit);
      });
    }
  }

  /** Wake-ups on demand, numbered like the real hub's. */
  private static final class FakeHub extends ListingEventHub {
    private final Sinks.Many<Notice> sink = Sinks.many().multicast().directBestEffort();
    private final AtomicLong generation = new AtomicLong();

    FakeHub() {
      super("r2dbc:postgresql://127.0.0.1:1/none", "nobody", "");
    }

    void wake(@Nullable UUID listingId) {
      sink.tryEmitNext(new Notice(listingId, generation.incrementAndGet()));
    }

    @Override
    public Flux<Notice> notices() {
      return sink.asFlux();
    }

    @Override
    public long generation() {
      return generation.get();
    }
  }
}
