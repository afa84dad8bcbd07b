package th.dla.carbon.market.internal;

import java.time.Duration;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import th.dla.carbon.market.Bids;
import th.dla.carbon.market.Listings;

/**
 * The market's clock, on every instance: closes due auctions, expires listings and bids. Each unit of work is one
 * transaction that claims its listing with {@code FOR UPDATE SKIP LOCKED}, so instances never do the same work and
 * a crash rolls the unit back for the next tick to redo. Paused while the market is frozen.
 */
@Component
public class MarketScheduler implements SmartLifecycle {

  private static final Log log = LogFactory.getLog(MarketScheduler.class);
  private static final int MAX_PER_TICK = 100;

  private final Bids bids;
  private final Listings listings;
  private final MarketStore store;
  private final Duration interval;
  private final boolean enabled;
  private volatile @Nullable Disposable ticking;

  MarketScheduler(Bids bids, Listings listings, MarketStore store,
      @Value("${carbon.market.scheduler.interval:5s}") Duration interval,
      @Value("${carbon.market.scheduler.enabled:true}") boolean enabled) {
    this.bids = bids;
    this.listings = listings;
    this.store = store;
    this.interval = interval;
    this.enabled = enabled;
  }

  /** One pass: every due auction, listing and bid, until none is left (or a pass limit). Emits how many units ran. */
  public Mono<Long> runOnce() {
    return store.control().flatMap(control -> control.frozen() ? Mono.just(0L)
        : drain(bids::closeOneDueAuction).concatWith(drain(listings::expireOneDue)).concatWith(drain(bids::expireBidsOfOneListing))
            .reduce(0L, Long::sum));
  }

  private static Mono<Long> drain(java.util.function.Supplier<Mono<Boolean>> unit) {
    return Flux.range(0, MAX_PER_TICK).concatMap(i -> Mono.defer(unit)).takeWhile(Boolean::booleanValue).count();
  }

  @Override
  public void start() {
    if (!enabled) {
      return;
    }
    ticking = Flux.interval(interval, interval)
        .onBackpressureDrop()
        .concatMap(tick -> runOnce().onErrorResume(e -> {
          log.warn("Market scheduler pass failed; the next tick retries: " + e.getMessage(), e);
          return Mono.just(0L);
        }), 1)
        .subscribe();
  }

  @Override
  public void stop() {
    Disposable current = ticking;
    if (current != null) {
      current.dispose();
    }
    ticking = null;
  }

  @Override
  public boolean isRunning() {
    return ticking != null;
  }
}
