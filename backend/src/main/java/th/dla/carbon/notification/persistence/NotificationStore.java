package th.dla.carbon.notification.persistence;

import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import th.dla.carbon.identity.AccessDenied;
import th.dla.carbon.notification.Audience;
import th.dla.carbon.notification.NotificationView;
import th.dla.carbon.platform.web.ProblemException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

@Repository
public class NotificationStore {

  /** Who is reading: the audiences they belong to. */
  public record Reader(UUID userId, Set<String> laoCodes, Set<String> provinceCodes, @Nullable UUID buyerId, boolean admin) {}

  /** A stored notification with its audience, for the email sender. */
  public record Stored(UUID id, Audience audience, String kind, String titleTh, String titleEn, @Nullable String link) {}

  // the reader's audiences; :user, :laos, :provinces, :buyer, :admin
  private static final String MINE = """
      ((n.audience_type = 'PERSON' AND n.audience_key = :user)
       OR (n.audience_type = 'LAO_OFFICERS' AND n.audience_key = ANY(:laos))
       OR (n.audience_type = 'PROVINCE_OFFICERS' AND n.audience_key = ANY(:provinces))
       OR (n.audience_type = 'BUYER_ORGANISATION' AND n.audience_key = :buyer)
       OR (n.audience_type = 'DLA_ADMINS' AND :admin))""";

  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private final DatabaseClient db;
  private final ObjectMapper json;

  public NotificationStore(DatabaseClient db, ObjectMapper json) {
    this.db = db;
    this.json = json;
  }

  public Mono<Void> insert(UUID id, Audience audience, String kind, String titleTh, String titleEn, @Nullable String link,
      Map<String, Object> params) {
    DatabaseClient.GenericExecuteSpec spec = db.sql("""
            INSERT INTO notification.notification (id, audience_type, audience_key, kind, title_th, title_en, link, params)
            VALUES (:id, :type, :key, :kind, :titleTh, :titleEn, :link, CAST(:params AS jsonb))""")
        .bind("id", id)
        .bind("type", audience.type())
        .bind("key", audience.key())
        .bind("kind", kind)
        .bind("titleTh", titleTh)
        .bind("titleEn", titleEn)
        .bind("params", json.writeValueAsString(params));
    spec = link == null ? spec.bindNull("link", String.class) : spec.bind("link", link);
    return spec.then();
  }

  public Flux<NotificationView> inbox(Reader reader, boolean unreadOnly, long offset, int limit) {
    return bindReader(db.sql("""
            SELECT n.id, n.kind, n.title_th, n.title_en, n.link, n.params::text AS params, n.created_at,
                   (r.user_id IS NOT NULL) AS read
            FROM notification.notification n
            LEFT JOIN notification.read_mark r ON r.notification_id = n.id AND r.user_id = CAST(:user AS uuid)
            WHERE %s %s
            ORDER BY n.created_at DESC, n.id
            OFFSET :offset LIMIT :limit""".formatted(MINE, unreadOnly ? "AND r.user_id IS NULL" : "")), reader)
        .bind("offset", offset)
        .bind("limit", limit)
        .map(this::view)
        .all();
  }

  public Mono<Long> count(Reader reader, boolean unreadOnly) {
    return bindReader(db.sql("""
            SELECT count(*) AS n FROM notification.notification n
            LEFT JOIN notification.read_mark r ON r.notification_id = n.id AND r.user_id = CAST(:user AS uuid)
            WHERE %s %s""".formatted(MINE, unreadOnly ? "AND r.user_id IS NULL" : "")), reader)
        .map(row -> row.get("n", Long.class))
        .one();
  }

  public Mono<Void> markRead(Reader reader, UUID notificationId) {
    return bindReader(db.sql("""
            INSERT INTO notification.read_mark (notification_id, user_id)
            SELECT n.id, CAST(:user AS uuid) FROM notification.notification n WHERE n.id = :id AND %s
            ON CONFLICT DO NOTHING
            RETURNING notification_id""".formatted(MINE)), reader)
        .bind("id", notificationId)
        .map(row -> row.get("notification_id", UUID.class))
        .all()
        .hasElements()
        // not marked now: already read (fine), someone else's (403, like any other tenant's resource), or none (404)
        .flatMap(marked -> marked ? Mono.<Void>empty() : bindReader(db.sql(
                "SELECT " + MINE + " AS mine FROM notification.notification n WHERE n.id = :id"), reader)
            .bind("id", notificationId)
            .map(row -> Boolean.TRUE.equals(row.get("mine", Boolean.class))).one()
            .switchIfEmpty(Mono.error(() -> ProblemException.notFound("Notification", notificationId)))
            .flatMap(mine -> mine ? Mono.<Void>empty()
                : Mono.error(new AccessDenied("Notification " + notificationId + " is not addressed to you."))));
  }

  public Mono<Long> markAllRead(Reader reader) {
    return bindReader(db.sql("""
            INSERT INTO notification.read_mark (notification_id, user_id)
            SELECT n.id, CAST(:user AS uuid) FROM notification.notification n WHERE %s
            ON CONFLICT DO NOTHING""".formatted(MINE)), reader)
        .fetch().rowsUpdated();
  }

  public Mono<Stored> find(UUID id) {
    return db.sql("SELECT id, audience_type, audience_key, kind, title_th, title_en, link FROM notification.notification WHERE id = :id")
        .bind("id", id)
        .map(row -> new Stored(row.get("id", UUID.class),
            Audience.of(row.get("audience_type", String.class), row.get("audience_key", String.class)),
            row.get("kind", String.class), row.get("title_th", String.class), row.get("title_en", String.class),
            row.get("link", String.class)))
        .one();
  }

  private static DatabaseClient.GenericExecuteSpec bindReader(DatabaseClient.GenericExecuteSpec spec, Reader reader) {
    return spec.bind("user", reader.userId().toString())
        .bind("laos", reader.laoCodes().toArray(String[]::new))
        .bind("provinces", reader.provinceCodes().toArray(String[]::new))
        .bind("buyer", reader.buyerId() == null ? "" : reader.buyerId().toString())
        .bind("admin", reader.admin());
  }

  private NotificationView view(Readable row) {
    Map<String, Object> params = json.readValue(row.get("params", String.class), MAP);
    return new NotificationView(row.get("id", UUID.class), row.get("kind", String.class), row.get("title_th", String.class),
        row.get("title_en", String.class), row.get("link", String.class), params,
        row.get("created_at", OffsetDateTime.class).toInstant(), Boolean.TRUE.equals(row.get("read", Boolean.class)));
  }
}
