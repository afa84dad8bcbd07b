package th.dla.carbon.bench;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Closed-model load: {@code clients} virtual clients, each sending its next request only when the previous one has
 * answered. A warm-up phase is run and thrown away; only requests that start and finish inside the measured window
 * count. Latency goes into an HdrHistogram (microseconds, 3 significant digits).
 */
final class ClosedLoop {

  record Result(String name, int clients, double seconds, long ok, long failed, double throughput, Histogram latencyMicros,
                Map<Integer, Long> statuses, long requests) {

    double p(double percentile) {
      return latencyMicros.getValueAtPercentile(percentile) / 1000.0;
    }

    String json() {
      return ("{\"name\":\"%s\",\"clients\":%d,\"seconds\":%.1f,\"ok\":%d,\"failed\":%d,\"throughput\":%.1f,"
          + "\"p50ms\":%.2f,\"p90ms\":%.2f,\"p99ms\":%.2f,\"p999ms\":%.2f,\"maxms\":%.2f,\"statuses\":\"%s\",\"requests\":%d}")
          .formatted(name, clients, seconds, ok, failed, throughput, p(50), p(90), p(99), p(99.9),
              latencyMicros.getMaxValue() / 1000.0, statuses, requests);
    }
  }

  /** One request; emits the HTTP status. */
  interface Request extends IntFunction<Mono<Integer>> {}

  static Result run(String name, int clients, Duration warmUp, Duration measured, Request request, int okStatus) {
    long start = System.nanoTime();
    long measureFrom = start + warmUp.toNanos();
    long measureTo = measureFrom + measured.toNanos();
    Histogram histogram = new ConcurrentHistogram(60_000_000L, 3);
    AtomicLong ok = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    AtomicLong all = new AtomicLong();
    Map<Integer, Long> statuses = new TreeMap<>();
    Flux.range(0, clients)
        .flatMap(client -> Mono.defer(() -> {
              long t0 = System.nanoTime();
              return request.apply(client)
                  .onErrorResume(e -> {
                    if (errors.incrementAndGet() <= 3) {
                      System.err.println(name + ": " + e);
                    }
                    return Mono.just(-1);
                  })
                  .doOnNext(status -> {
                    long t1 = System.nanoTime();
                    all.incrementAndGet();
                    if (t0 >= measureFrom && t1 <= measureTo) {
                      synchronized (statuses) {
                        statuses.merge(status, 1L, Long::sum);
                      }
                      if (status == okStatus) {
                        ok.incrementAndGet();
                        histogram.recordValue(Math.max(1, (t1 - t0) / 1000));
                      } else {
                        failed.incrementAndGet();
                      }
                    }
                  });
            })
            .repeat(() -> System.nanoTime() < measureTo), clients)
        .blockLast();
    System.err.printf("%s: %d requests in %.1f s (warm-up included), %d transport errors%n", name, all.get(),
        (System.nanoTime() - start) / 1e9, errors.get());
    double seconds = measured.toNanos() / 1e9;
    return new Result(name, clients, seconds, ok.get(), failed.get(), ok.get() / seconds, histogram, statuses, all.get());
  }
}
