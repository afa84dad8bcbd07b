package th.dla.carbon.settlement;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The payment deadline, on every instance: each run reminds buyers whose deadline is near and cancels unpaid
 * trades whose deadline passed. Each trade is handled in its own transaction, claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so instances share the work without waiting for or repeating each other, and a
 * crash mid-run only rolls back the trade at hand (the next run takes it again).
 */
@Configuration
@EnableScheduling
class PaymentDeadlines {

  private static final Logger log = LoggerFactory.getLogger(PaymentDeadlines.class);
  private static final int MAX_PER_RUN = 500;

  private final Trades trades;
  private final TransactionalOperator tx;
  private final Duration remindBefore;

  PaymentDeadlines(Trades trades, ReactiveTransactionManager transactions,
      @Value("${carbon.settlement.payment-reminder-before:24h}") Duration remindBefore) {
    this.trades = trades;
    this.tx = TransactionalOperator.create(transactions);
    this.remindBefore = remindBefore;
  }

  @Scheduled(fixedDelayString = "${carbon.settlement.deadline-check-interval:1m}",
      initialDelayString = "${carbon.settlement.deadline-check-interval:1m}")
  void scheduled() {
    run().subscribe(
        result -> {
          if (result.cancelled() + result.reminded() > 0) {
            log.info("Payment deadlines: {} trade(s) cancelled, {} buyer(s) reminded", result.cancelled(), result.reminded());
          }
        },
        error -> log.warn("Payment deadline run failed: {}", error.toString()));
  }

  record Result(long cancelled, long reminded) {}

  /** One run; emits how many trades it cancelled and reminded. */
  Mono<Result> run() {
    Mono<Long> cancelled = Flux.range(0, MAX_PER_RUN)
        .concatMap(i -> trades.store().claimExpired()
            .flatMap(trades::cancelExpired)
            .as(tx::transactional)
            .map(trade -> 1)
            .defaultIfEmpty(0)
            .onErrorResume(error -> {
              log.warn("Cancelling an expired trade failed (retried next run): {}", error.toString());
              return Mono.just(0);
            }))
        .takeUntil(n -> n == 0)
        .reduce(0L, Long::sum);
    Mono<Long> reminded = Flux.range(0, MAX_PER_RUN)
        .concatMap(i -> trades.remindOne(remindBefore).as(tx::transactional).map(trade -> 1).defaultIfEmpty(0))
        .takeUntil(n -> n == 0)
        .reduce(0L, Long::sum);
    return cancelled.flatMap(c -> reminded.map(r -> new Result(c, r)));
  }
}
