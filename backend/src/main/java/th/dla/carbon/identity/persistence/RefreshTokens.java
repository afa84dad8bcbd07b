package th.dla.carbon.identity.persistence;

import java.time.Instant;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Refresh tokens by SHA-256 hash; the token itself is never stored. */
@Repository
public class RefreshTokens {

  /** What became of a presented token when we tried to use it. */
  public record Use(UUID familyId, UUID userId, boolean fresh, boolean expired) {}

  private final DatabaseClient db;

  public RefreshTokens(DatabaseClient db) {
    this.db = db;
  }

  public Mono<Void> insert(byte[] hash, UUID familyId, UUID userId, Instant expiresAt) {
    return db.sql("INSERT INTO identity.refresh_token (token_hash, family_id, user_id, expires_at) VALUES (:hash, :family, :user, :expires)")
        .bind("hash", hash)
        .bind("family", familyId)
        .bind("user", userId)
        .bind("expires", expiresAt)
        .then();
  }

  /**
   * Marks the token as replaced, atomically: of two requests racing with the same token only one sees it fresh.
   * Empty when no such token exists or its family was revoked.
   */
  public Mono<Use> use(byte[] hash) {
    return db.sql("""
            WITH target AS (
              SELECT token_hash, family_id, user_id, expires_at, replaced_at FROM identity.refresh_token
              WHERE token_hash = :hash AND revoked_at IS NULL FOR UPDATE),
            marked AS (
              UPDATE identity.refresh_token t SET replaced_at = now()
              FROM target WHERE t.token_hash = target.token_hash AND target.replaced_at IS NULL AND target.expires_at > now()
              RETURNING t.token_hash)
            SELECT family_id, user_id, (SELECT count(*) FROM marked) = 1 AS fresh, expires_at <= now() AS expired FROM target""")
        .bind("hash", hash)
        .map(row -> new Use(row.get("family_id", UUID.class), row.get("user_id", UUID.class),
            Boolean.TRUE.equals(row.get("fresh", Boolean.class)), Boolean.TRUE.equals(row.get("expired", Boolean.class))))
        .one();
  }

  public Mono<Long> revokeFamily(UUID familyId) {
    return db.sql("UPDATE identity.refresh_token SET revoked_at = now() WHERE family_id = :family AND revoked_at IS NULL")
        .bind("family", familyId)
        .fetch().rowsUpdated();
  }

  /** The family of a token, for sign-out (whatever its state). */
  public Mono<UUID> familyOf(byte[] hash) {
    return db.sql("SELECT family_id FROM identity.refresh_token WHERE token_hash = :hash")
        .bind("hash", hash)
        .map(row -> row.get("family_id", UUID.class))
        .one();
  }
}
