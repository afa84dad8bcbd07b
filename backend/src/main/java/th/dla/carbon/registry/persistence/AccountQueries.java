package th.dla.carbon.registry.persistence;

import io.r2dbc.spi.Readable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Read side for account pages and serial look-ups: journal entries with filters and paging, with the accounts named. */
@Repository
public class AccountQueries {

  /** A journal entry with both accounts described (kind and LAO code; buyer ids only for the caller to decide). */
  public record JournalLine(JournalRow entry, @Nullable String fromKind, @Nullable String fromLao, @Nullable UUID fromBuyer,
      String toKind, @Nullable String toLao, @Nullable UUID toBuyer) {}

  public record JournalFilter(@Nullable String reason, @Nullable Integer vintage, @Nullable LocalDate from, @Nullable LocalDate to) {}

  private static final String SELECT = """
      SELECT j.id, j.operation_id, j.at, j.reason, j.issuance_id, i.project_code, i.vintage, j.serial_first, j.serial_last,
             j.from_account, j.from_state, j.from_holder_type, j.from_holder_id, j.to_account, j.to_state, j.to_holder_type,
             j.to_holder_id, j.reference,
             fa.kind AS from_kind, fa.lao_code AS from_lao, fa.buyer_id AS from_buyer,
             ta.kind AS to_kind, ta.lao_code AS to_lao, ta.buyer_id AS to_buyer
      FROM registry.journal_entry j
      JOIN registry.issuance i ON i.id = j.issuance_id
      LEFT JOIN registry.account fa ON fa.id = j.from_account
      JOIN registry.account ta ON ta.id = j.to_account
      """;

  private static final String ACCOUNT_FILTER = """
      WHERE (j.from_account = :account OR j.to_account = :account)
        AND (CAST(:reason AS text) IS NULL OR j.reason = :reason)
        AND (CAST(:vintage AS integer) IS NULL OR i.vintage = :vintage)
        AND (CAST(:fromDate AS date) IS NULL OR j.at >= CAST(:fromDate AS date))
        AND (CAST(:toDate AS date) IS NULL OR j.at < CAST(:toDate AS date) + 1)
      """;

  private final DatabaseClient db;

  public AccountQueries(DatabaseClient db) {
    this.db = db;
  }

  public Flux<JournalLine> journal(long account, JournalFilter filter, long offset, int limit) {
    return bind(db.sql(SELECT + ACCOUNT_FILTER + " ORDER BY j.id DESC LIMIT :limit OFFSET :offset"), account, filter)
        .bind("limit", limit).bind("offset", offset)
        .map(AccountQueries::line).all();
  }

  public Mono<Long> countJournal(long account, JournalFilter filter) {
    return bind(db.sql("SELECT count(*) AS n FROM registry.journal_entry j JOIN registry.issuance i ON i.id = j.issuance_id " + ACCOUNT_FILTER), account, filter)
        .map(row -> row.get("n", Long.class)).one();
  }

  /** Every journal entry that moved this serial, oldest first: its history. */
  public Flux<JournalLine> history(UUID issuanceId, long serial) {
    return db.sql(SELECT + " WHERE j.issuance_id = :issuance AND :serial BETWEEN j.serial_first AND j.serial_last ORDER BY j.id")
        .bind("issuance", issuanceId).bind("serial", serial)
        .map(AccountQueries::line).all();
  }

  private static DatabaseClient.GenericExecuteSpec bind(DatabaseClient.GenericExecuteSpec spec, long account, JournalFilter f) {
    spec = spec.bind("account", account);
    spec = LedgerStore.nullable(spec, "reason", f.reason(), String.class);
    spec = LedgerStore.nullable(spec, "vintage", f.vintage(), Integer.class);
    spec = LedgerStore.nullable(spec, "fromDate", f.from(), LocalDate.class);
    return LedgerStore.nullable(spec, "toDate", f.to(), LocalDate.class);
  }

  private static JournalLine line(Readable r) {
    JournalRow entry = new JournalRow(r.get("id", Long.class), r.get("operation_id", UUID.class), r.get("at", OffsetDateTime.class),
        r.get("reason", String.class), r.get("issuance_id", UUID.class), r.get("project_code", String.class),
        r.get("vintage", Short.class), r.get("serial_first", Long.class), r.get("serial_last", Long.class),
        r.get("from_account", Long.class), r.get("from_state", String.class), r.get("from_holder_type", String.class),
        r.get("from_holder_id", UUID.class), r.get("to_account", Long.class), r.get("to_state", String.class),
        r.get("to_holder_type", String.class), r.get("to_holder_id", UUID.class), r.get("reference", String.class));
    return new JournalLine(entry, r.get("from_kind", String.class), r.get("from_lao", String.class), r.get("from_buyer", UUID.class),
        r.get("to_kind", String.class), r.get("to_lao", String.class), r.get("to_buyer", UUID.class));
  }
}
