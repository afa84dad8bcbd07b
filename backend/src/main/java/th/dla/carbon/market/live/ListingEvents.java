package th.dla.carbon.market.live;

import io.r2dbc.postgresql.codec.Json;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The live stream's log. {@link #append} runs in the caller's transaction: it numbers the event under the listing
 * row's lock (so numbers per listing are gap-free and commit in order), stores it, and sends {@code NOTIFY}, which
 * PostgreSQL delivers to every instance's listener only when the transaction commits.
 */
@Component
public class ListingEvents {

  /** The channel every instance LISTENs on; the payload is {@code <listingId>:<seq>}. */
  public static final String CHANNEL = "market_listing_events";

  /** One stored event; {@code data} is JSON. */
  public record StoredEvent(long seq, String type, String data) {}

  private final DatabaseClient db;
  private final JsonMapper json;

  ListingEvents(DatabaseClient db, JsonMapper json) {
    this.db = db;
    this.json = json;
  }

  /** Appends an event of the listing (call inside the transaction that made the change). Emits its number. */
  public Mono<Long> append(UUID listingId, String type, Map<String, ?> data) {
    String body = json.writeValueAsString(data);
    return db.sql("UPDATE market.listing SET event_seq = event_seq + 1 WHERE id = :id RETURNING event_seq")
        .bind("id", listingId).map(r -> r.get("event_seq", Long.class)).one()
        .flatMap(seq -> db.sql("INSERT INTO market.listing_event (listing_id, seq, type, data) VALUES (:id, :seq, :type, :data)")
            .bind("id", listingId).bind("seq", seq).bind("type", type).bind("data", Json.of(body)).then()
            .then(db.sql("SELECT pg_notify(:channel, :payload)").bind("channel", CHANNEL).bind("payload", listingId + ":" + seq)
                .fetch().rowsUpdated())
            .thenReturn(seq));
  }

  /** Events of the listing after {@code seq}, oldest first, at most {@code limit}. */
  public Flux<StoredEvent> after(UUID listingId, long seq, int limit) {
    return db.sql("SELECT seq, type, data FROM market.listing_event WHERE listing_id = :id AND seq > :seq ORDER BY seq LIMIT :limit")
        .bind("id", listingId).bind("seq", seq).bind("limit", limit)
        .map(r -> new StoredEvent(r.get("seq", Long.class), r.get("type", String.class), r.get("data", Json.class).asString()))
        .all();
  }
}
