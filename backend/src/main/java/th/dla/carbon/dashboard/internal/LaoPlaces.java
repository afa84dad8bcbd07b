package th.dla.carbon.dashboard.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import th.dla.carbon.directory.Directory;
import th.dla.carbon.directory.Lao;

/**
 * LAOs from the directory, remembered (an LAO's code, name and province do not change between directory imports;
 * {@link #forget()} after one). Aggregates are keyed by the LAO's province, so every event needs it.
 */
@Component
public class LaoPlaces {

  private final Directory directory;
  private final ConcurrentMap<String, Lao> cache = new ConcurrentHashMap<>();

  LaoPlaces(Directory directory) {
    this.directory = directory;
  }

  /** The LAO; a {@code LaoNotFound} error for an unknown code. */
  public Mono<Lao> lao(String code) {
    Lao known = cache.get(code);
    return known != null ? Mono.just(known) : directory.lao(code).doOnNext(lao -> cache.put(code, lao));
  }

  public Mono<String> province(String laoCode) {
    return lao(laoCode).map(Lao::provinceCode);
  }

  public void forget() {
    cache.clear();
  }
}
