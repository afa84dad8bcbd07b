package th.dla.carbon.registry.persistence;

import io.r2dbc.spi.Readable;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * SQL of the ledger: accounts, blocks and journal entries. Every method runs in the caller's transaction. The
 * rule that keeps concurrent callers apart: a block is only changed by a transaction that holds the row lock of
 * the account owning it ({@link #lockAccount}).
 */
@Repository
public class LedgerStore {

  static final String BLOCK_COLUMNS = """
      b.id, b.issuance_id, i.project_code, i.vintage, b.serial_first, b.serial_last, b.owner_account, b.state,
      b.holder_type, b.holder_id, a.lao_code AS origin_lao
      """;
  static final String BLOCK_FROM = """
      FROM registry.block b
      JOIN registry.issuance i ON i.id = b.issuance_id
      JOIN registry.allocation a ON a.issuance_id = b.issuance_id AND b.serial_first BETWEEN a.serial_first AND a.serial_last
      """;
  /** oldest vintage first, then issuance, then serial: the order in which credits leave an account */
  static final String BLOCK_ORDER = "i.vintage, i.issued_on, i.id, b.serial_first";

  private final DatabaseClient db;

  public LedgerStore(DatabaseClient db) {
    this.db = db;
  }

  // ---- accounts -------------------------------------------------------------------------------------------

  public Mono<AccountRow> laoAccount(String laoCode) {
    return getOrCreate("LAO", "lao_code", laoCode);
  }

  public Mono<AccountRow> findLaoAccount(String laoCode) {
    return find("lao_code", laoCode);
  }

  public Mono<AccountRow> buyerAccount(UUID buyerId) {
    return getOrCreate("BUYER", "buyer_id", buyerId);
  }

  public Mono<AccountRow> findBuyerAccount(UUID buyerId) {
    return find("buyer_id", buyerId);
  }

  /** {@code column} is one of the two owner columns named in this class, never input. */
  private Mono<AccountRow> getOrCreate(String kind, String column, Object owner) {
    return db.sql("""
            WITH created AS (
              INSERT INTO registry.account (kind, %1$s) VALUES (:kind, :owner) ON CONFLICT (%1$s) DO NOTHING
              RETURNING id, kind, lao_code, buyer_id)
            SELECT id, kind, lao_code, buyer_id FROM created
            UNION ALL
            SELECT id, kind, lao_code, buyer_id FROM registry.account WHERE %1$s = :owner""".formatted(column))
        .bind("kind", kind)
        .bind("owner", owner)
        .map(LedgerStore::toAccount)
        .first();
  }

  private Mono<AccountRow> find(String column, Object owner) {
    return db.sql("SELECT id, kind, lao_code, buyer_id FROM registry.account WHERE %s = :owner".formatted(column))
        .bind("owner", owner).map(LedgerStore::toAccount).one();
  }

  public Mono<AccountRow> systemAccount(String kind) {
    return db.sql("SELECT id, kind, lao_code, buyer_id FROM registry.account WHERE kind = :kind")
        .bind("kind", kind).map(LedgerStore::toAccount).one();
  }

  public Mono<AccountRow> account(long id) {
    return db.sql("SELECT id, kind, lao_code, buyer_id FROM registry.account WHERE id = :id")
        .bind("id", id).map(LedgerStore::toAccount).one();
  }

  public Flux<AccountRow> accounts(Collection<Long> ids) {
    return db.sql("SELECT id, kind, lao_code, buyer_id FROM registry.account WHERE id = ANY(:ids)")
        .bind("ids", ids.toArray(Long[]::new)).map(LedgerStore::toAccount).all();
  }

  /** Locks the account row until the transaction ends; empty when there is no such account. */
  public Mono<Long> lockAccount(long id) {
    return db.sql("SELECT id FROM registry.account WHERE id = :id FOR UPDATE")
        .bind("id", id).map(row -> row.get("id", Long.class)).one();
  }

  // ---- blocks ---------------------------------------------------------------------------------------------

  /**
   * Available blocks of an account (optionally of one vintage) in leaving order, just enough of them to cover
   * {@code quantity}, or all of them when they hold less.
   */
  public Flux<BlockRow> availableCovering(long account, @Nullable Integer vintage, long quantity) {
    DatabaseClient.GenericExecuteSpec spec = db.sql("""
            SELECT * FROM (
              SELECT %s, sum(b.quantity) OVER (ORDER BY %s) AS running
              %s
              WHERE b.owner_account = :account AND b.state = 'AVAILABLE'
                AND (CAST(:vintage AS integer) IS NULL OR i.vintage = :vintage)
            ) x WHERE running - (serial_last - serial_first + 1) < :quantity
            ORDER BY running""".formatted(BLOCK_COLUMNS, BLOCK_ORDER, BLOCK_FROM))
        .bind("account", account)
        .bind("quantity", quantity);
    spec = vintage == null ? spec.bindNull("vintage", Integer.class) : spec.bind("vintage", vintage);
    return spec.map(LedgerStore::toBlock).all();
  }

  /** Blocks reserved for a holder, in leaving order (optionally only those of one account). */
  public Flux<BlockRow> heldBy(String holderType, UUID holderId, @Nullable Long account) {
    DatabaseClient.GenericExecuteSpec spec = db.sql("""
            SELECT %s %s
            WHERE b.holder_type = :type AND b.holder_id = :id AND b.state = 'RESERVED'
              AND (CAST(:account AS bigint) IS NULL OR b.owner_account = :account)
            ORDER BY %s""".formatted(BLOCK_COLUMNS, BLOCK_FROM, BLOCK_ORDER))
        .bind("type", holderType)
        .bind("id", holderId);
    spec = account == null ? spec.bindNull("account", Long.class) : spec.bind("account", account);
    return spec.map(LedgerStore::toBlock).all();
  }

  /** The accounts owning blocks held by a holder (one, by the ledger's rule; none when it holds nothing). */
  public Flux<Long> holderAccounts(String holderType, UUID holderId) {
    return db.sql("SELECT DISTINCT owner_account FROM registry.block WHERE holder_type = :type AND holder_id = :id ORDER BY 1")
        .bind("type", holderType).bind("id", holderId)
        .map(row -> row.get("owner_account", Long.class)).all();
  }

  public Flux<BlockRow> blocksOf(long account) {
    return db.sql("SELECT %s %s WHERE b.owner_account = :account ORDER BY %s".formatted(BLOCK_COLUMNS, BLOCK_FROM, BLOCK_ORDER))
        .bind("account", account).map(LedgerStore::toBlock).all();
  }

  /** The block of an issuance holding this serial today. */
  public Mono<BlockRow> blockAt(UUID issuanceId, long serial) {
    return db.sql("SELECT %s %s WHERE b.issuance_id = :issuance AND :serial BETWEEN b.serial_first AND b.serial_last"
            .formatted(BLOCK_COLUMNS, BLOCK_FROM))
        .bind("issuance", issuanceId).bind("serial", serial).map(LedgerStore::toBlock).one();
  }

  /** Moves a whole block to a new position; counts the rows changed (1, or 0 if it was not in the expected state). */
  public Mono<Long> moveBlock(long id, String expectedState, long owner, String state, @Nullable String holderType, @Nullable UUID holderId) {
    DatabaseClient.GenericExecuteSpec spec = db.sql("""
            UPDATE registry.block SET owner_account = :owner, state = :state, holder_type = :holderType, holder_id = :holderId
            WHERE id = :id AND state = :expected""")
        .bind("id", id).bind("expected", expectedState).bind("owner", owner).bind("state", state);
    return holder(spec, holderType, holderId).fetch().rowsUpdated();
  }

  /** Shrinks a block to its remainder {@code [first, last]}; counts the rows changed. */
  public Mono<Long> shrinkBlock(long id, String expectedState, long first, long last) {
    return db.sql("UPDATE registry.block SET serial_first = :first, serial_last = :last WHERE id = :id AND state = :expected")
        .bind("id", id).bind("expected", expectedState).bind("first", first).bind("last", last)
        .fetch().rowsUpdated();
  }

  public Mono<Void> insertBlock(UUID issuanceId, long first, long last, long owner, String state, @Nullable String holderType, @Nullable UUID holderId) {
    DatabaseClient.GenericExecuteSpec spec = db.sql("""
            INSERT INTO registry.block (issuance_id, serial_first, serial_last, owner_account, state, holder_type, holder_id)
            VALUES (:issuance, :first, :last, :owner, :state, :holderType, :holderId)""")
        .bind("issuance", issuanceId).bind("first", first).bind("last", last).bind("owner", owner).bind("state", state);
    return holder(spec, holderType, holderId).then();
  }

  // ---- journal --------------------------------------------------------------------------------------------

  public record Entry(UUID operationId, String reason, UUID issuanceId, long first, long last,
      @Nullable Long fromAccount, @Nullable String fromState, @Nullable String fromHolderType, @Nullable UUID fromHolderId,
      long toAccount, String toState, @Nullable String toHolderType, @Nullable UUID toHolderId, @Nullable String reference) {}

  public Mono<Void> journal(Entry e) {
    DatabaseClient.GenericExecuteSpec spec = db.sql("""
            INSERT INTO registry.journal_entry (operation_id, reason, issuance_id, serial_first, serial_last,
              from_account, from_state, from_holder_type, from_holder_id, to_account, to_state, to_holder_type, to_holder_id, reference)
            VALUES (:op, :reason, :issuance, :first, :last, :fromAccount, :fromState, :fromHolderType, :fromHolderId,
              :toAccount, :toState, :toHolderType, :toHolderId, :reference)""")
        .bind("op", e.operationId()).bind("reason", e.reason()).bind("issuance", e.issuanceId())
        .bind("first", e.first()).bind("last", e.last())
        .bind("toAccount", e.toAccount()).bind("toState", e.toState());
    spec = nullable(spec, "fromAccount", e.fromAccount(), Long.class);
    spec = nullable(spec, "fromState", e.fromState(), String.class);
    spec = nullable(spec, "fromHolderType", e.fromHolderType(), String.class);
    spec = nullable(spec, "fromHolderId", e.fromHolderId(), UUID.class);
    spec = nullable(spec, "toHolderType", e.toHolderType(), String.class);
    spec = nullable(spec, "toHolderId", e.toHolderId(), UUID.class);
    spec = nullable(spec, "reference", e.reference(), String.class);
    return spec.then();
  }

  // ---- helpers --------------------------------------------------------------------------------------------

  public static <T> DatabaseClient.GenericExecuteSpec nullable(DatabaseClient.GenericExecuteSpec spec, String name, @Nullable T value, Class<T> type) {
    return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
  }

  private static DatabaseClient.GenericExecuteSpec holder(DatabaseClient.GenericExecuteSpec spec, @Nullable String type, @Nullable UUID id) {
    return nullable(nullable(spec, "holderType", type, String.class), "holderId", id, UUID.class);
  }

  static AccountRow toAccount(Readable row) {
    return new AccountRow(row.get("id", Long.class), row.get("kind", String.class), row.get("lao_code", String.class),
        row.get("buyer_id", UUID.class));
  }

  static BlockRow toBlock(Readable row) {
    return new BlockRow(row.get("id", Long.class), row.get("issuance_id", UUID.class), row.get("project_code", String.class),
        row.get("vintage", Short.class), row.get("serial_first", Long.class), row.get("serial_last", Long.class),
        row.get("owner_account", Long.class), row.get("state", String.class), row.get("holder_type", String.class),
        row.get("holder_id", UUID.class), row.get("origin_lao", String.class));
  }

  public static List<String> ids(Collection<UUID> ids) {
    return ids.stream().map(UUID::toString).toList();
  }
}
