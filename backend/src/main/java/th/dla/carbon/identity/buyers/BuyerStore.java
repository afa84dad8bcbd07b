package th.dla.carbon.identity.buyers;

import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import th.dla.carbon.identity.BuyerStatus;
import th.dla.carbon.identity.OrganisationType;

/** Buyer organisations and their documents' metadata (identity.buyer_organisation, identity.buyer_document). */
@Repository
public class BuyerStore {

  private static final String COLUMNS = """
      id, type, name_th, name_en, tax_id, address_line, subdistrict, district, province_code, postcode, contact_name,
      email, phone, tgo_account_no, status, status_reason, created_at, verified_at""";

  private final DatabaseClient db;

  BuyerStore(DatabaseClient db) {
    this.db = db;
  }

  public Mono<Void> insert(BuyerRow buyer) {
    DatabaseClient.GenericExecuteSpec spec = db.sql("""
            INSERT INTO identity.buyer_organisation (id, type, name_th, name_en, tax_id, address_line, subdistrict,
              district, province_code, postcode, contact_name, email, phone, tgo_account_no, status)
            VALUES (:id, :type, :nameTh, :nameEn, :taxId, :line, :subdistrict, :district, :province, :postcode,
              :contact, :email, :phone, :tgo, :status)""")
        .bind("id", buyer.id())
        .bind("type", buyer.type().name())
        .bind("nameTh", buyer.nameTh())
        .bind("nameEn", buyer.nameEn())
        .bind("taxId", buyer.taxId())
        .bind("line", buyer.address().line())
        .bind("subdistrict", buyer.address().subdistrict())
        .bind("district", buyer.address().district())
        .bind("province", buyer.address().provinceCode())
        .bind("postcode", buyer.address().postcode())
        .bind("contact", buyer.contactName())
        .bind("email", buyer.email())
        .bind("phone", buyer.phone())
        .bind("status", buyer.status().name());
    spec = buyer.tgoAccountNo() == null ? spec.bindNull("tgo", String.class) : spec.bind("tgo", buyer.tgoAccountNo());
    return spec.then();
  }

  public Mono<Void> insertDocument(UUID buyerId, StoredDocument document) {
    return db.sql("""
            INSERT INTO identity.buyer_document (id, buyer_id, file_name, content_type, size, storage_key)
            VALUES (:id, :buyer, :name, :type, :size, :key)""")
        .bind("id", document.id())
        .bind("buyer", buyerId)
        .bind("name", document.fileName())
        .bind("type", document.type().contentType())
        .bind("size", document.size())
        .bind("key", document.storageKey())
        .then();
  }

  public Mono<BuyerRow> find(UUID id) {
    return db.sql("SELECT " + COLUMNS + " FROM identity.buyer_organisation WHERE id = :id")
        .bind("id", id)
        .map(BuyerStore::buyer)
        .one();
  }

  public Mono<UUID> idOfTaxId(String taxId) {
    return db.sql("SELECT id FROM identity.buyer_organisation WHERE tax_id = :taxId")
        .bind("taxId", taxId)
        .map(row -> row.get("id", UUID.class))
        .one();
  }

  public Flux<BuyerRow> search(@Nullable BuyerStatus status, @Nullable String q, int limit, long offset) {
    return where(db.sql("SELECT " + COLUMNS + " FROM identity.buyer_organisation " + WHERE
            + " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset"), status, q)
        .bind("limit", limit)
        .bind("offset", offset)
        .map(BuyerStore::buyer)
        .all();
  }

  public Mono<Long> count(@Nullable BuyerStatus status, @Nullable String q) {
    return where(db.sql("SELECT count(*) AS n FROM identity.buyer_organisation " + WHERE), status, q)
        .map(row -> row.get("n", Long.class))
        .one();
  }

  private static final String WHERE = """
       WHERE (CAST(:status AS text) IS NULL OR status = :status)
         AND (CAST(:q AS text) IS NULL OR name_th ILIKE :like OR name_en ILIKE :like OR tax_id LIKE :like
              OR email ILIKE :like OR contact_name ILIKE :like)""";

  private static DatabaseClient.GenericExecuteSpec where(DatabaseClient.GenericExecuteSpec spec, @Nullable BuyerStatus status, @Nullable String q) {
    spec = status == null ? spec.bindNull("status", String.class) : spec.bind("status", status.name());
    if (q == null || q.isBlank()) {
      return spec.bindNull("q", String.class).bind("like", "");
    }
    String escaped = q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return spec.bind("q", q.strip()).bind("like", "%" + escaped + "%");
  }

  public Flux<StoredDocument> documents(UUID buyerId) {
    return db.sql("SELECT id, file_name, content_type, size, storage_key FROM identity.buyer_document WHERE buyer_id = :buyer ORDER BY uploaded_at, file_name, id")
        .bind("buyer", buyerId)
        .map(BuyerStore::document)
        .all();
  }

  public Mono<StoredDocument> document(UUID buyerId, UUID documentId) {
    return db.sql("SELECT id, file_name, content_type, size, storage_key FROM identity.buyer_document WHERE buyer_id = :buyer AND id = :id")
        .bind("buyer", buyerId)
        .bind("id", documentId)
        .map(BuyerStore::document)
        .one();
  }

  /**
   * Moves the organisation from one of {@code from} to {@code to}, atomically; empty when it is in none of them
   * (or does not exist). {@code reason} is kept for REJECTED and SUSPENDED and cleared otherwise.
   */
  public Mono<BuyerRow> transition(UUID id, List<BuyerStatus> from, BuyerStatus to, @Nullable String reason, @Nullable UUID by) {
    DatabaseClient.GenericExecuteSpec spec = db.sql("""
            UPDATE identity.buyer_organisation SET status = :to, status_reason = :reason, status_changed_by = :by,
              status_changed_at = now(), verified_at = CASE WHEN :to = 'VERIFIED' THEN coalesce(verified_at, now()) ELSE verified_at END
            WHERE id = :id AND status = ANY(:from)
            RETURNING""" + " " + COLUMNS)
        .bind("id", id)
        .bind("to", to.name())
        .bind("from", from.stream().map(BuyerStatus::name).toArray(String[]::new));
    spec = by == null ? spec.bindNull("by", UUID.class) : spec.bind("by", by);
    spec = reason == null ? spec.bindNull("reason", String.class) : spec.bind("reason", reason);
    return spec.map(BuyerStore::buyer).one();
  }

  private static BuyerRow buyer(Readable row) {
    return new BuyerRow(
        row.get("id", UUID.class),
        OrganisationType.valueOf(row.get("type", String.class)),
        row.get("name_th", String.class),
        row.get("name_en", String.class),
        row.get("tax_id", String.class),
        new BuyerAddress(row.get("address_line", String.class), row.get("subdistrict", String.class),
            row.get("district", String.class), row.get("province_code", String.class), row.get("postcode", String.class)),
        row.get("contact_name", String.class),
        row.get("email", String.class),
        row.get("phone", String.class),
        row.get("tgo_account_no", String.class),
        BuyerStatus.valueOf(row.get("status", String.class)),
        row.get("status_reason", String.class),
        row.get("created_at", OffsetDateTime.class),
        row.get("verified_at", OffsetDateTime.class));
  }

  private static StoredDocument document(Readable row) {
    String contentType = row.get("content_type", String.class);
    DocumentType type = Arrays.stream(DocumentType.values()).filter(t -> t.contentType().equals(contentType)).findFirst().orElseThrow();
    return new StoredDocument(row.get("id", UUID.class), row.get("file_name", String.class), type,
        row.get("size", Long.class), row.get("storage_key", String.class));
  }
}
