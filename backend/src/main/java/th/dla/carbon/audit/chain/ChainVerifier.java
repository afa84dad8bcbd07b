package th.dla.carbon.audit.chain;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import th.dla.carbon.audit.AuditVerification;

/** Recomputes every chain from the stored rows (streamed in stream/seq order, constant memory per stream). */
@Component
public class ChainVerifier {

  private final DatabaseClient db;

  ChainVerifier(DatabaseClient db) {
    this.db = db;
  }

  private record Row(long id, String stream, long seq, OffsetDateTime at, String action, String subjectType,
      String subjectId, UUID actorId, String actorName, String payload, String prevHash, String hash) {}

  private static final class Walk {
    long checked;
    Long firstBrokenId;
    String reason;
    final java.util.Set<String> brokenStreams = new java.util.HashSet<>();
    String stream;
    long lastSeq;
    String lastHash;
    final Map<String, String> tails = new HashMap<>();

    void broken(Row row, String why) {
      brokenStreams.add(row.stream());
      if (firstBrokenId == null || row.id() < firstBrokenId) {
        firstBrokenId = row.id();
        reason = "event " + row.id() + " (stream " + row.stream() + ", seq " + row.seq() + "): " + why;
      }
    }

    void accept(Row row) {
      checked++;
      if (!row.stream().equals(stream)) {
        stream = row.stream();
        lastSeq = 0;
        lastHash = null;
      }
      String recomputed = ChainHash.of(row.stream(), row.seq(), row.at().toInstant(), row.action(), row.subjectType(),
          row.subjectId(), row.actorId(), row.actorName(), row.payload(), row.prevHash());
      if (row.seq() != lastSeq + 1) {
        broken(row, "sequence jumps from " + lastSeq + " to " + row.seq() + " (an event is missing)");
      } else if (!Objects.equals(row.prevHash(), lastHash)) {
        broken(row, "its link does not match the previous event's hash");
      } else if (!recomputed.equals(row.hash())) {
        broken(row, "its content does not match its hash (the row was altered)");
      }
      lastSeq = row.seq();
      lastHash = row.hash();
      tails.put(row.stream(), lastSeq + ":" + lastHash);
    }
  }

  public Mono<AuditVerification> verify() {
    Mono<Walk> walk = db.sql("""
            SELECT id, stream, seq, at, action, subject_type, subject_id, actor_id, actor_name, payload, prev_hash, hash
            FROM audit.event ORDER BY stream, seq""")
        .map(r -> new Row(r.get("id", Long.class), r.get("stream", String.class), r.get("seq", Long.class),
            r.get("at", OffsetDateTime.class), r.get("action", String.class), r.get("subject_type", String.class),
            r.get("subject_id", String.class), r.get("actor_id", UUID.class), r.get("actor_name", String.class),
            r.get("payload", String.class), r.get("prev_hash", String.class), r.get("hash", String.class)))
        .all()
        // hashing every event is CPU work: keep it off the event loop
        .publishOn(Schedulers.boundedElastic())
        .reduceWith(Walk::new, (w, row) -> {
          w.accept(row);
          return w;
        });
    Mono<Map<String, String>> heads = db.sql("SELECT stream, seq, hash FROM audit.stream_head")
        .map(r -> Map.entry(r.get("stream", String.class), r.get("seq", Long.class) + ":" + r.get("hash", String.class)))
        .all()
        .collectMap(Map.Entry::getKey, Map.Entry::getValue);
    return Mono.zip(walk, heads).map(t -> {
      Walk w = t.getT1();
      String reason = w.reason;
      for (Map.Entry<String, String> head : t.getT2().entrySet()) {
        String tail = w.tails.get(head.getKey());
        if (!head.getValue().equals(tail)) {
          w.brokenStreams.add(head.getKey());
          if (reason == null) {
            reason = "stream " + head.getKey() + " ends before its recorded head (events were removed from its end)";
          }
        }
      }
      for (String stream : w.tails.keySet()) {
        if (!t.getT2().containsKey(stream) && w.brokenStreams.add(stream) && reason == null) {
          reason = "stream " + stream + " has events but no head";
        }
      }
      return new AuditVerification(w.brokenStreams.isEmpty(), w.checked, w.firstBrokenId, w.brokenStreams.size(), reason);
    });
  }
}
