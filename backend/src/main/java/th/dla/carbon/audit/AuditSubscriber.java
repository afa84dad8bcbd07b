package th.dla.carbon.audit;

import java.time.Instant;
import reactor.core.publisher.Mono;

/**
 * Called by {@link AuditLog#append} for every event, inside the appending transaction, after the event's row is
 * written. A subscriber that fails makes the append (and so the state change) fail: keep it small, idempotent and
 * free of calls outside the database. Other modules implement it to keep read models (the dashboards) exactly in
 * step with the changes they describe, without reading other modules' tables.
 */
public interface AuditSubscriber {

  /** Reacts to one appended event; {@code at} is the time the audit log recorded for it. */
  Mono<Void> on(AuditEvent event, Instant at);
}
