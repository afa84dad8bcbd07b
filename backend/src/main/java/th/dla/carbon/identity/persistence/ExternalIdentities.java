package th.dla.carbon.identity.persistence;

import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Links from an external provider's subject ({@code iss} + {@code sub}) to one of our accounts. */
@Repository
public class ExternalIdentities {

  private final DatabaseClient db;

  public ExternalIdentities(DatabaseClient db) {
    this.db = db;
  }

  /** The linked account, noting the sign-in; empty when this subject was never linked. */
  public Mono<UUID> signIn(String issuer, String subject) {
    return db.sql("""
            UPDATE identity.external_identity SET last_sign_in_at = now()
            WHERE issuer = :issuer AND subject = :subject RETURNING user_id""")
        .bind("issuer", issuer)
        .bind("subject", subject)
        .map(row -> row.get("user_id", UUID.class))
        .one();
  }

  /** Links the subject to the account; emits false when it was already linked (to whichever account). */
  public Mono<Boolean> link(String issuer, String subject, UUID userId, String provider) {
    return db.sql("""
            INSERT INTO identity.external_identity (issuer, subject, user_id, provider)
            VALUES (:issuer, :subject, :user, :provider) ON CONFLICT DO NOTHING""")
        .bind("issuer", issuer)
        .bind("subject", subject)
        .bind("user", userId)
        .bind("provider", provider)
        .fetch().rowsUpdated().map(rows -> rows == 1);
  }
}
