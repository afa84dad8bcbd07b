package th.dla.carbon.identity.persistence;

import java.time.Duration;
import java.time.Instant;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Counters of failed sign-ins per key ("user:name", "client:address") within a sliding window. */
@Repository
public class LoginFailures {

  private final DatabaseClient db;

  public LoginFailures(DatabaseClient db) {
    this.db = db;
  }

  /** Until when this key is blocked, or empty when it is not. */
  public Mono<Instant> blockedUntil(String key) {
    return db.sql("SELECT blocked_until FROM identity.login_failure WHERE key = :key AND blocked_until > now()")
        .bind("key", key)
        .mapValue(Instant.class)
        .one();
  }

  /**
   * Counts one failure; when the count within the window reaches {@code limit}, blocks the key for
   * {@code lockout}. Counting restarts once the window has passed.
   */
  public Mono<Void> recordFailure(String key, int limit, Duration window, Duration lockout) {
    return db.sql("""
            INSERT INTO identity.login_failure AS f (key, failures, window_start, blocked_until)
            VALUES (:key, 1, now(), CASE WHEN 1 >= :limit THEN now() + make_interval(secs => :lockout) END)
            ON CONFLICT (key) DO UPDATE SET
              failures = CASE WHEN f.window_start < now() - make_interval(secs => :window) THEN 1 ELSE f.failures + 1 END,
              window_start = CASE WHEN f.window_start < now() - make_interval(secs => :window) THEN now() ELSE f.window_start END,
              blocked_until = CASE
                WHEN (CASE WHEN f.window_start < now() - make_interval(secs => :window) THEN 1 ELSE f.failures + 1 END) >= :limit
                THEN now() + make_interval(secs => :lockout) ELSE f.blocked_until END""")
        .bind("key", key)
        .bind("limit", limit)
        .bind("window", (double) window.toSeconds())
        .bind("lockout", (double) lockout.toSeconds())
        .then();
  }

  public Mono<Void> clear(String key) {
    return db.sql("DELETE FROM identity.login_failure WHERE key = :key").bind("key", key).then();
  }
}
