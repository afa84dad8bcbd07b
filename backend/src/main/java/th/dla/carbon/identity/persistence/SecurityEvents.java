package th.dla.carbon.identity.persistence;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

@Repository
public class SecurityEvents {

  private final DatabaseClient db;

  public SecurityEvents(DatabaseClient db) {
    this.db = db;
  }

  /** The detail of an event as a JSON object (values are written as JSON strings, numbers or booleans). */
  public static String detail(Map<String, ?> fields) {
    return JsonMapper.shared().writeValueAsString(fields);
  }

  /** Records an event; {@code detailJson} is a JSON object written by the caller (see {@link #detail}). */
  public Mono<Void> record(@Nullable UUID userId, @Nullable String username, String action, @Nullable String client, String detailJson) {
    DatabaseClient.GenericExecuteSpec spec = db.sql("""
            INSERT INTO identity.security_event (user_id, username, action, client, detail)
            VALUES (:user, :username, :action, :client, CAST(:detail AS jsonb))""")
        .bind("action", action)
        .bind("detail", detailJson);
    spec = userId == null ? spec.bindNull("user", UUID.class) : spec.bind("user", userId);
    spec = username == null ? spec.bindNull("username", String.class) : spec.bind("username", username);
    spec = client == null ? spec.bindNull("client", String.class) : spec.bind("client", client);
    return spec.then();
  }
}
