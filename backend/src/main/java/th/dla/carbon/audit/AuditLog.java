package th.dla.carbon.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import th.dla.carbon.audit.chain.CanonicalJson;
import th.dla.carbon.audit.chain.ChainHash;
import th.dla.carbon.audit.chain.ChainVerifier;

/**
 * The audit log's API.
 *
 * <p>{@link #append} joins the caller's R2DBC transaction (it uses the connection bound to the subscriber's
 * context by {@code TransactionalOperator} or {@code @Transactional}), so the state change and its audit row
 * commit or roll back together. Call it inside the transaction that makes the change.
 *
 * <p>Each stream is its own hash chain. An append locks only its stream's head row ({@code audit.stream_head})
 * until the transaction ends, so appends to different streams never wait for each other, while appends to one
 * stream are strictly ordered (ADR 0005).
 *
 * <p>Every {@link AuditSubscriber} bean is called with each appended event in the same transaction (the dashboards
 * keep their aggregates this way, ADR 0008).
 */
@Service
public class AuditLog {

  private final DatabaseClient db;
  private final Clock clock;
  private final ChainVerifier verifier;
  private final ObjectProvider<AuditSubscriber> subscribers;
  private volatile @Nullable List<AuditSubscriber> resolved;

  AuditLog(DatabaseClient db, ChainVerifier verifier, ObjectProvider<AuditSubscriber> subscribers) {
    this.db = db;
    this.verifier = verifier;
    this.subscribers = subscribers;
    this.clock = Clock.systemUTC();
  }

  /** Appends one event to its stream's chain, in the caller's transaction. Completes empty. */
  public Mono<Void> append(AuditEvent event) {
    String payload;
    try {
      payload = CanonicalJson.encode(event.payload());
    } catch (IllegalArgumentException e) {
      return Mono.error(e);
    }
    Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
    // creates the head on first use; either way the row is now locked by this transaction until it ends.
    // RETURNING gives the new seq and the (unchanged) hash of the previous event.
    return db.sql("""
            INSERT INTO audit.stream_head AS h (stream, seq, hash) VALUES (:stream, 1, NULL)
            ON CONFLICT (stream) DO UPDATE SET seq = h.seq + 1, updated_at = now()
            RETURNING h.seq, h.hash""")
        .bind("stream", event.stream())
        .map(row -> new Head(row.get("seq", Long.class), row.get("hash", String.class)))
        .one()
        .flatMap(head -> {
          String hash = ChainHash.of(event.stream(), head.seq(), at, event.action(), event.subjectType(),
              event.subjectId(), event.actorId(), event.actorName(), payload, head.prevHash());
          DatabaseClient.GenericExecuteSpec insert = db.sql("""
                  INSERT INTO audit.event (stream, seq, at, action, subject_type, subject_id, actor_id, actor_name,
                                           payload, prev_hash, hash)
                  VALUES (:stream, :seq, :at, :action, :subjectType, :subjectId, :actorId, :actorName, :payload,
                          :prevHash, :hash)""")
              .bind("stream", event.stream())
              .bind("seq", head.seq())
              .bind("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
              .bind("action", event.action())
              .bind("subjectType", event.subjectType())
              .bind("subjectId", event.subjectId())
              .bind("actorName", event.actorName())
              .bind("payload", payload)
              .bind("hash", hash);
          insert = event.actorId() == null ? insert.bindNull("actorId", UUID.class) : insert.bind("actorId", event.actorId());
          insert = head.prevHash() == null ? insert.bindNull("prevHash", String.class) : insert.bind("prevHash", head.prevHash());
          return insert.then()
              .then(db.sql("UPDATE audit.stream_head SET hash = :hash WHERE stream = :stream")
                  .bind("hash", hash).bind("stream", event.stream()).then())
              .then(Flux.fromIterable(subscribers()).concatMap(subscriber -> subscriber.on(event, at)).then());
        });
  }

  /**
   * Walks every chain and recomputes every hash. Finds an altered row (its hash no longer matches), a removed or
   * inserted row (the next row's link or the sequence breaks) and a removed tail (the stream head disagrees).
   */
  public Mono<AuditVerification> verify() {
    return verifier.verify();
  }

  /** Resolved on first use: subscribers may depend on services that depend on this log. */
  private List<AuditSubscriber> subscribers() {
    List<AuditSubscriber> list = resolved;
    if (list == null) {
      list = subscribers.orderedStream().toList();
      resolved = list;
    }
    return list;
  }

  private record Head(long seq, String prevHash) {}
}
