package th.dla.carbon.identity.persistence;

import io.r2dbc.spi.Readable;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
public class UserAccounts {

  private static final String COLUMNS = "id, username, display_name, email, email_verified, password_hash, enabled";

  private final DatabaseClient db;

  public UserAccounts(DatabaseClient db) {
    this.db = db;
  }

  public Mono<UserRow> findByUsername(String username) {
    return db.sql("SELECT " + COLUMNS + " FROM identity.user_account WHERE username = :username")
        .bind("username", username)
        .map(UserAccounts::user)
        .one();
  }

  public Mono<UserRow> findById(UUID id) {
    return db.sql("SELECT " + COLUMNS + " FROM identity.user_account WHERE id = :id")
        .bind("id", id)
        .map(UserAccounts::user)
        .one();
  }

  public Mono<UserRow> findByVerifiedEmail(String email) {
    return db.sql("SELECT " + COLUMNS + " FROM identity.user_account WHERE lower(email) = lower(:email) AND email_verified")
        .bind("email", email)
        .map(UserAccounts::user)
        .one();
  }

  /** Whether any account (verified or not) has this email; emails are unique regardless of case. */
  public Mono<Boolean> emailInUse(String email) {
    return db.sql("SELECT EXISTS (SELECT 1 FROM identity.user_account WHERE lower(email) = lower(:email))")
        .bind("email", email)
        .mapValue(Boolean.class)
        .one();
  }

  /**
   * One page of accounts, by username, for administrators: {@code query} matches username, name or email
   * (case-insensitive substring), {@code role} keeps people holding that role (for any tenant).
   */
  public Flux<UserRow> search(@Nullable String query, @Nullable String role, int limit, long offset) {
    return filtered("SELECT " + COLUMNS + " FROM identity.user_account u", query, role,
        " ORDER BY username LIMIT :limit OFFSET :offset")
        .bind("limit", limit)
        .bind("offset", offset)
        .map(UserAccounts::user)
        .all();
  }

  public Mono<Long> count(@Nullable String query, @Nullable String role) {
    return filtered("SELECT count(*) FROM identity.user_account u", query, role, "")
        .mapValue(Long.class)
        .one();
  }

  private DatabaseClient.GenericExecuteSpec filtered(String select, @Nullable String query, @Nullable String role, String tail) {
    StringBuilder sql = new StringBuilder(select).append(" WHERE true");
    if (query != null) {
      // backslash is PostgreSQL's default LIKE escape: the bound pattern escapes % _ and \ in the query
      sql.append(" AND (u.username ILIKE :q OR u.display_name ILIKE :q OR u.email ILIKE :q)");
    }
    if (role != null) {
      sql.append(" AND EXISTS (SELECT 1 FROM identity.role_grant g WHERE g.user_id = u.id AND g.role = :role)");
    }
    DatabaseClient.GenericExecuteSpec spec = db.sql(sql.append(tail).toString());
    if (query != null) {
      spec = spec.bind("q", "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    }
    if (role != null) {
      spec = spec.bind("role", role);
    }
    return spec;
  }

  /** The grants of several people at once (for a page of accounts). */
  public Flux<GrantRow> grants(List<UUID> userIds) {
    if (userIds.isEmpty()) {
      return Flux.empty();
    }
    return db.sql("SELECT user_id, role, tenant FROM identity.role_grant WHERE user_id = ANY(:users) ORDER BY role, tenant")
        .bind("users", userIds.toArray(UUID[]::new))
        .map(row -> new GrantRow(row.get("user_id", UUID.class), row.get("role", String.class), row.get("tenant", String.class)))
        .all();
  }

  /** Inserts the account unless the username is taken; emits whether it was inserted. */
  public Mono<Boolean> insert(UserRow user) {
    DatabaseClient.GenericExecuteSpec spec = db.sql("""
            INSERT INTO identity.user_account (id, username, display_name, email, email_verified, password_hash, enabled)
            VALUES (:id, :username, :displayName, :email, :emailVerified, :passwordHash, :enabled)
            ON CONFLICT (username) DO NOTHING""")
        .bind("id", user.id())
        .bind("username", user.username())
        .bind("displayName", user.displayName())
        .bind("emailVerified", user.emailVerified())
        .bind("enabled", user.enabled());
    spec = user.email() == null ? spec.bindNull("email", String.class) : spec.bind("email", user.email());
    spec = user.passwordHash() == null ? spec.bindNull("passwordHash", String.class) : spec.bind("passwordHash", user.passwordHash());
    return spec.fetch().rowsUpdated().map(rows -> rows == 1);
  }

  public Flux<GrantRow> grants(UUID userId) {
    return db.sql("SELECT user_id, role, tenant FROM identity.role_grant WHERE user_id = :user ORDER BY role, tenant")
        .bind("user", userId)
        .map(row -> new GrantRow(row.get("user_id", UUID.class), row.get("role", String.class), row.get("tenant", String.class)))
        .all();
  }

  /** Email addresses of enabled accounts holding the role for the tenant ('' for DLA_ADMIN), for notifications. */
  public Flux<String> emailsWithGrant(String role, String tenant) {
    return db.sql("""
            SELECT DISTINCT u.email FROM identity.user_account u JOIN identity.role_grant g ON g.user_id = u.id
            WHERE g.role = :role AND g.tenant = :tenant AND u.enabled AND u.email IS NOT NULL ORDER BY u.email""")
        .bind("role", role)
        .bind("tenant", tenant)
        .map(row -> row.get("email", String.class))
        .all();
  }

  /** Adds the grant; emits false when the person already holds it. */
  public Mono<Boolean> grant(GrantRow grant, UUID grantedBy) {
    DatabaseClient.GenericExecuteSpec spec = db.sql("""
            INSERT INTO identity.role_grant (user_id, role, tenant, granted_by) VALUES (:user, :role, :tenant, :by)
            ON CONFLICT DO NOTHING""")
        .bind("user", grant.userId())
        .bind("role", grant.role())
        .bind("tenant", grant.tenant());
    spec = grantedBy == null ? spec.bindNull("by", UUID.class) : spec.bind("by", grantedBy);
    return spec.fetch().rowsUpdated().map(rows -> rows == 1);
  }

  public Mono<Boolean> revoke(GrantRow grant) {
    return db.sql("DELETE FROM identity.role_grant WHERE user_id = :user AND role = :role AND tenant = :tenant")
        .bind("user", grant.userId())
        .bind("role", grant.role())
        .bind("tenant", grant.tenant())
        .fetch().rowsUpdated().map(rows -> rows == 1);
  }

  private static UserRow user(Readable row) {
    return new UserRow(
        row.get("id", UUID.class),
        row.get("username", String.class),
        row.get("display_name", String.class),
        row.get("email", String.class),
        Boolean.TRUE.equals(row.get("email_verified", Boolean.class)),
        row.get("password_hash", String.class),
        Boolean.TRUE.equals(row.get("enabled", Boolean.class)));
  }
}
