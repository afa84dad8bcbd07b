package th.dla.carbon.market.internal;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;

/**
 * On this instance, lets one bid transaction per listing run at a time; the others wait here, in memory, first
 * come first served, instead of each holding a pooled connection while PostgreSQL makes it wait for the listing's
 * row lock. 200 simultaneous bids on one listing would otherwise exhaust the pool (and starve every other request)
 * for as long as the queue takes. Correctness does not depend on this gate: the row lock and the conditional
 * UPDATE do that, across instances too; this only keeps waiting cheap.
 */
@Component
public class ListingAdmission {

  private static final class Waiter {
    final MonoSink<Void> sink;
    final AtomicBoolean settled = new AtomicBoolean();

    Waiter(MonoSink<Void> sink) {
      this.sink = sink;
    }
  }

  private static final class Slot {
    final ArrayDeque<Waiter> waiters = new ArrayDeque<>();
  }

  private final Map<UUID, Slot> busy = new HashMap<>();

  /** Runs {@code work} when no other admitted work of this listing is running on this instance. */
  public <T> Mono<T> run(UUID listingId, Mono<T> work) {
    return Mono.usingWhen(acquire(listingId), permit -> work, permit -> release(listingId),
        (permit, error) -> release(listingId), permit -> release(listingId));
  }

  private Mono<Boolean> acquire(UUID listingId) {
    return Mono.<Void>create(sink -> {
      Waiter waiter = new Waiter(sink);
      boolean now;
      synchronized (busy) {
        Slot slot = busy.get(listingId);
        if (slot == null) {
          busy.put(listingId, new Slot());
          now = true;
        } else {
          slot.waiters.add(waiter);
          now = false;
        }
      }
      if (now) {
        waiter.settled.set(true);
        sink.success();
        return;
      }
      sink.onCancel(() -> {
        if (waiter.settled.compareAndSet(false, true)) {
          synchronized (busy) {
            Slot slot = busy.get(listingId);
            if (slot != null) {
              slot.waiters.remove(waiter);
            }
          }
        }
      });
    }).thenReturn(true);
  }

  private Mono<Void> release(UUID listingId) {
    return Mono.fromRunnable(() -> {
      while (true) {
        Waiter next;
        synchronized (busy) {
          Slot slot = busy.get(listingId);
          if (slot == null) {
            return;
          }
          next = slot.waiters.poll();
          if (next == null) {
            busy.remove(listingId);
            return;
          }
        }
        if (next.settled.compareAndSet(false, true)) {
          next.sink.success();
          return;
        }
        // that waiter gave up meanwhile: hand the turn to the one after it
      }
    });
  }
}
