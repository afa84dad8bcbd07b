package th.dla.carbon.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import th.dla.carbon.audit.AuditEvent;
import th.dla.carbon.audit.AuditLog;
import th.dla.carbon.directory.Directory;
import th.dla.carbon.platform.web.ProblemException;
import th.dla.carbon.platform.web.ProblemType;
import th.dla.carbon.registry.internal.ActingUser;
import th.dla.carbon.registry.internal.BlockSplit;
import th.dla.carbon.registry.internal.LedgerChecks;
import th.dla.carbon.registry.persistence.AccountRow;
import th.dla.carbon.registry.persistence.BalanceQueries;
import th.dla.carbon.registry.persistence.BlockRow;
import th.dla.carbon.registry.persistence.LedgerStore;

/**
 * The ledger: the only way credits move. Other modules (market, settlement) use this API and nothing else of
 * the registry.
 *
 * <h2>Guarantees</h2>
 * <ul>
 *   <li>Each operation is <b>one database transaction</b>: its block changes, journal entries and audit event
 *       commit together or not at all. If the caller is already in a transaction (a {@code TransactionalOperator}
 *       or {@code @Transactional} around the returned {@code Mono}), the operation joins it, so a market can
 *       change its listing and reserve credits atomically.
 *   <li><b>Safe under concurrent callers</b>: an operation locks the row of the account whose credits it takes
 *       ({@code SELECT ... FOR UPDATE}) before reading its blocks, so two reservations against one account run
 *       one after the other and never sell the same credit twice. Operations on different accounts never wait for
 *       each other. Each operation locks exactly one account, so they cannot deadlock.
 *   <li><b>Nothing is created or lost</b>: blocks are split with inclusive arithmetic, PostgreSQL refuses
 *       overlapping blocks, and {@link #verify()} proves the blocks tile every issuance and match the journal.
 *   <li>Quantities are whole credits ({@code long}, at least 1). Credits leave an account oldest vintage first,
 *       then by issuance and serial.
 * </ul>
 *
 * <h2>Typical use by the market</h2>
 * <pre>{@code
 * Account lao = ledger.laoAccount("4120102").block();                      // get-or-create
 * ledger.reserve(lao.id(), 100, 2024, Holder.listing(listingId), "listing " + listingId);  // list 100 credits
 * ledger.reassign(Holder.listing(listingId), 30, Holder.trade(tradeId));     // a bid for 30 fills
 * Account buyer = ledger.buyerAccount(buyerId).block();
 * ledger.transfer(Holder.trade(tradeId), buyer.id(), "TGO-TR-2025-0042");   // settled: the buyer owns 30
 * ledger.release(Holder.listing(listingId), null);                          // listing withdrawn: the rest is free
 * ledger.retire(buyer.id(), 30, null, "RET-2025-0001");                     // buyer retires; ranges for the certificate
 * }</pre>
 * (In reactive code, compose the {@code Mono}s instead of blocking.)
 *
 * <h2>Errors</h2>
 * {@link InsufficientCredits} (409 {@code insufficient-credits}), {@link InsufficientReserved} (409
 * {@code insufficient-reserved}), {@link HolderConflict} (409 {@code conflict}), 404 {@code not-found} for an
 * unknown account or LAO, 400 {@code validation-failed} for a quantity below 1. All are {@code ProblemException}s,
 * so a controller can let them through unchanged.
 */
@Service
public class Ledger {

  private final LedgerStore store;
  private final BalanceQueries balances;
  private final LedgerChecks checks;
  private final AuditLog audit;
  private final Directory directory;
  private final TransactionalOperator tx;
  /** Accounts never change kind or owner: remembered so each movement's audit record names the owner cheaply. */
  private final java.util.concurrent.ConcurrentMap<Long, AccountRow> accountsSeen = new java.util.concurrent.ConcurrentHashMap<>();

  Ledger(LedgerStore store, BalanceQueries balances, LedgerChecks checks, AuditLog audit, Directory directory,
      ReactiveTransactionManager transactionManager) {
    this.store = store;
    this.balances = balances;
    this.checks = checks;
    this.audit = audit;
    this.directory = directory;
    this.tx = TransactionalOperator.create(transactionManager);
  }

  // ---- accounts -------------------------------------------------------------------------------------------

  /** The account of an LAO, created on first use. 404 when the directory has no such LAO. */
  public Mono<Account> laoAccount(String laoCode) {
    return directory.lao(laoCode).then(store.laoAccount(laoCode)).map(Ledger::account);
  }

  /** The account of a buyer organisation (the identity module's buyer id), created on first use. */
  public Mono<Account> buyerAccount(UUID buyerId) {
    return store.buyerAccount(buyerId).map(Ledger::account);
  }

  /** The LAO's account if it has one (no account is created by asking). */
  public Mono<Account> existingLaoAccount(String laoCode) {
    return store.findLaoAccount(laoCode).map(Ledger::account);
  }

  /** The buyer's account if it has one (no account is created by asking). */
  public Mono<Account> existingBuyerAccount(UUID buyerId) {
    return store.findBuyerAccount(buyerId).map(Ledger::account);
  }

  /** An account by id; 404 when there is none. */
  public Mono<Account> account(long accountId) {
    return store.account(accountId).map(Ledger::account)
        .switchIfEmpty(Mono.error(() -> ProblemException.notFound("Account", accountId)));
  }

  // ---- operations -----------------------------------------------------------------------------------------

  /**
   * Reserves {@code quantity} available credits of the account (of {@code vintage} only, when given) for the
   * holder: AVAILABLE → RESERVED. All or nothing: when fewer are available, fails with {@link InsufficientCredits}
   * and changes nothing. A holder may hold credits of one account only ({@link HolderConflict}); reserving again
   * for the same holder adds to its reservation.
   */
  public Mono<Movement> reserve(long accountId, long quantity, @Nullable Integer vintage, Holder holder, @Nullable String reference) {
    return positive(quantity).then(inTransaction(operation -> lock(accountId)
        .then(ensureHolderBelongsTo(holder, accountId))
        .then(store.availableCovering(accountId, vintage, quantity).collectList())
        .flatMap(blocks -> {
          long available = BlockSplit.total(pieces(blocks));
          if (available < quantity) {
            return Mono.error(new InsufficientCredits(quantity, available));
          }
          return move(operation, JournalReason.RESERVATION, blocks, quantity,
              new Position(accountId, BlockState.RESERVED, holder), reference);
        })
        .flatMap(ranges -> record(operation, JournalReason.RESERVATION, accountId, ranges, "credits.reserved",
            details(holder, null, null, reference, vintage)))));
  }

  /** {@link #reserve(long, long, Integer, Holder, String)} from an LAO's account (created on first use). */
  public Mono<Movement> reserveFromLao(String laoCode, long quantity, @Nullable Integer vintage, Holder holder, @Nullable String reference) {
    return laoAccount(laoCode).flatMap(account -> reserve(account.id(), quantity, vintage, holder, reference));
  }

  /**
   * Moves {@code quantity} of the credits reserved for {@code from} to the holder {@code to}, still reserved and
   * in the same account: a listing's credits become a trade's when a bid fills. Fails with
   * {@link InsufficientReserved} when {@code from} holds fewer.
   */
  public Mono<Movement> reassign(Holder from, long quantity, Holder to) {
    if (from.equals(to)) {
      return Mono.error(new ProblemException(ProblemType.CONFLICT, "Cannot reassign credits to the holder that holds them."));
    }
    return positive(quantity).then(inTransaction(operation -> holderAccount(from, quantity)
        .flatMap(accountId -> lock(accountId)
            .then(ensureHolderBelongsTo(to, accountId))
            .then(store.heldBy(from.type().name(), from.id(), accountId).collectList())
            .flatMap(blocks -> {
              long held = BlockSplit.total(pieces(blocks));
              if (held < quantity) {
                return Mono.error(new InsufficientReserved(from, quantity, held));
              }
              return move(operation, JournalReason.REASSIGNMENT, blocks, quantity,
                  new Position(accountId, BlockState.RESERVED, to), to.toString());
            })
            .flatMap(ranges -> record(operation, JournalReason.REASSIGNMENT, accountId, ranges, "credits.reassigned",
                details(from, to, null, to.toString(), null))))));
  }

  /**
   * Releases the holder's reservation: RESERVED → AVAILABLE in the same account; all of it when {@code quantity}
   * is null (a holder that holds nothing gives a movement of 0, so releasing twice is harmless), otherwise exactly
   * {@code quantity} ({@link InsufficientReserved} when it holds fewer).
   */
  public Mono<Movement> release(Holder holder, @Nullable Long quantity) {
    if (quantity != null && quantity < 1) {
      return positive(quantity).then(Mono.empty());
    }
    return inTransaction(operation -> store.holderAccounts(holder.type().name(), holder.id()).collectList()
        .flatMap(accounts -> {
          if (accounts.isEmpty()) {
            return quantity == null
                ? Mono.just(new Movement(operation, JournalReason.RELEASE, 0, List.of()))
                : Mono.error(new InsufficientReserved(holder, quantity, 0));
          }
          long accountId = single(accounts, holder);
          return lock(accountId)
              .then(store.heldBy(holder.type().name(), holder.id(), accountId).collectList())
              .flatMap(blocks -> {
                long held = BlockSplit.total(pieces(blocks));
                long wanted = quantity == null ? held : quantity;
                if (held < wanted) {
                  return Mono.error(new InsufficientReserved(holder, wanted, held));
                }
                if (wanted == 0) {
                  return Mono.just(List.<SerialRange>of());
                }
                return move(operation, JournalReason.RELEASE, blocks, wanted, new Position(accountId, BlockState.AVAILABLE, null), holder.toString());
              })
              .flatMap(ranges -> ranges.isEmpty()
                  ? Mono.just(new Movement(operation, JournalReason.RELEASE, 0, List.of()))
                  : record(operation, JournalReason.RELEASE, accountId, ranges, "credits.released", details(holder, null, null, holder.toString(), null)));
        }));
  }

  /** {@link #transfer(Holder, long, String)} with the holder as the journal's reference. */
  public Mono<Movement> transfer(Holder holder, long toAccountId) {
    return transfer(holder, toAccountId, holder.toString());
  }

  /**
   * Settlement: all credits reserved for the holder leave their account and become AVAILABLE in
   * {@code toAccountId} (a buyer's account). {@code reference} is recorded in the journal (e.g. the TGO transfer
   * reference). Fails with {@link InsufficientReserved} when the holder holds nothing.
   */
  public Mono<Movement> transfer(Holder holder, long toAccountId, @Nullable String reference) {
    return inTransaction(operation -> account(toAccountId)
        .then(holderAccount(holder, 1))
        .flatMap(accountId -> {
          if (accountId == toAccountId) {
            return Mono.error(new ProblemException(ProblemType.CONFLICT, "Credits cannot be transferred to the account that owns them."));
          }
          return lock(accountId)
              .then(store.heldBy(holder.type().name(), holder.id(), accountId).collectList())
              .flatMap(blocks -> {
                long held = BlockSplit.total(pieces(blocks));
                if (held == 0) {
                  return Mono.error(new InsufficientReserved(holder, 1, 0));
                }
                return move(operation, JournalReason.TRANSFER, blocks, held, new Position(toAccountId, BlockState.AVAILABLE, null), reference);
              })
              .flatMap(ranges -> record(operation, JournalReason.TRANSFER, accountId, ranges, "credits.transferred",
                  details(holder, null, toAccountId, reference, null)));
        }));
  }

  /**
   * Retires {@code quantity} available credits of the account (of {@code vintage}, when given): they become
   * RETIRED in the RETIREMENT account for good. Returns the retired ranges with issuance, project, vintage and
   * LAO of origin, for the retirement certificate. {@link InsufficientCredits} when fewer are available.
   */
  public Mono<Movement> retire(long accountId, long quantity, @Nullable Integer vintage, String retirementReference) {
    return positive(quantity).then(inTransaction(operation -> lock(accountId)
        .then(store.systemAccount(AccountKind.RETIREMENT.name()))
        .flatMap(retirement -> store.availableCovering(accountId, vintage, quantity).collectList()
            .flatMap(blocks -> {
              long available = BlockSplit.total(pieces(blocks));
              if (available < quantity) {
                return Mono.error(new InsufficientCredits(quantity, available));
              }
              return move(operation, JournalReason.RETIREMENT, blocks, quantity,
                  new Position(retirement.id(), BlockState.RETIRED, null), retirementReference);
            }))
        .flatMap(ranges -> record(operation, JournalReason.RETIREMENT, accountId, ranges, "credits.retired",
            details(null, null, null, retirementReference, vintage)))));
  }

  // ---- queries --------------------------------------------------------------------------------------------

  /** The account's position per issuance (oldest vintage first); issuances it never touched are left out. */
  public Flux<Balance> balances(long accountId) {
    return balances.balances(accountId);
  }

  /** The blocks the account owns today, available and reserved, in leaving order. */
  public Flux<HeldBlock> blocks(long accountId) {
    return store.blocksOf(accountId).map(Ledger::held);
  }

  /** The blocks reserved for a holder today. */
  public Flux<HeldBlock> heldBy(Holder holder) {
    return store.heldBy(holder.type().name(), holder.id(), null).map(Ledger::held);
  }

  /** How many credits the holder holds today (0 when none). */
  public Mono<Long> reservedFor(Holder holder) {
    return heldBy(holder).map(block -> block.range().quantity()).reduce(0L, Long::sum);
  }

  /** A buyer's balances; empty when the buyer never owned a credit (no account is created by asking). */
  public Flux<Balance> buyerHoldings(UUID buyerId) {
    return store.findBuyerAccount(buyerId).flatMapMany(account -> balances(account.id()));
  }

  /** Proves the whole ledger consistent (see {@link LedgerVerification}). */
  public Mono<LedgerVerification> verify() {
    return checks.verify(null);
  }

  /** {@link #verify()} restricted to some issuances (and every account's position in them). */
  public Mono<LedgerVerification> verify(List<UUID> issuanceIds) {
    return checks.verify(issuanceIds);
  }

  // ---- internals ------------------------------------------------------------------------------------------

  private record Position(long account, BlockState state, @Nullable Holder holder) {}

  private <T> Mono<T> inTransaction(Function<UUID, Mono<T>> work) {
    return Mono.defer(() -> work.apply(UUID.randomUUID())).as(tx::transactional);
  }

  private static Mono<Void> positive(long quantity) {
    return quantity >= 1 ? Mono.empty()
        : Mono.error(new ProblemException(ProblemType.VALIDATION_FAILED, "A quantity must be a whole number of at least 1, was " + quantity + ".",
            List.of(new th.dla.carbon.platform.web.FieldProblem("quantity", "must be at least 1"))));
  }

  private Mono<Long> lock(long accountId) {
    return store.lockAccount(accountId).switchIfEmpty(Mono.error(() -> ProblemException.notFound("Account", accountId)));
  }

  private Mono<Void> ensureHolderBelongsTo(Holder holder, long accountId) {
    return store.holderAccounts(holder.type().name(), holder.id())
        .filter(other -> other != accountId).hasElements()
        .flatMap(elsewhere -> elsewhere ? Mono.error(new HolderConflict(holder)) : Mono.empty());
  }

  private Mono<Long> holderAccount(Holder holder, long needed) {
    return store.holderAccounts(holder.type().name(), holder.id()).collectList()
        .flatMap(accounts -> accounts.isEmpty()
            ? Mono.error(new InsufficientReserved(holder, needed, 0))
            : Mono.just(single(accounts, holder)));
  }

  private static long single(List<Long> accounts, Holder holder) {
    if (accounts.size() != 1) {
      throw new IllegalStateException(holder + " holds credits of " + accounts.size() + " accounts");
    }
    return accounts.get(0);
  }

  private static List<BlockSplit.Piece> pieces(List<BlockRow> blocks) {
    return blocks.stream().map(b -> new BlockSplit.Piece(b.id(), b.first(), b.last())).toList();
  }

  /** Moves exactly {@code quantity} credits from the start of {@code blocks} to {@code to}, with journal entries. */
  private Mono<List<SerialRange>> move(UUID operation, JournalReason reason, List<BlockRow> blocks, long quantity,
      Position to, @Nullable String reference) {
    Map<Long, BlockRow> byId = new LinkedHashMap<>();
    blocks.forEach(b -> byId.put(b.id(), b));
    String toHolderType = to.holder() == null ? null : to.holder().type().name();
    UUID toHolderId = to.holder() == null ? null : to.holder().id();
    return Flux.fromIterable(BlockSplit.take(pieces(blocks), quantity))
        .concatMap(cut -> {
          BlockRow block = byId.get(cut.blockId());
          Mono<Void> change = cut.whole()
              ? store.moveBlock(block.id(), block.state(), to.account(), to.state().name(), toHolderType, toHolderId).flatMap(Ledger::exactlyOne)
              : store.shrinkBlock(block.id(), block.state(), cut.remainderFirst(), cut.remainderLast()).flatMap(Ledger::exactlyOne)
                  .then(store.insertBlock(block.issuanceId(), cut.first(), cut.last(), to.account(), to.state().name(), toHolderType, toHolderId));
          LedgerStore.Entry entry = new LedgerStore.Entry(operation, reason.name(), block.issuanceId(), cut.first(), cut.last(),
              block.ownerAccount(), block.state(), block.holderType(), block.holderId(),
              to.account(), to.state().name(), toHolderType, toHolderId, reference);
          return change.then(store.journal(entry))
              .thenReturn(new SerialRange(block.issuanceId(), block.projectCode(), block.vintage(), cut.first(), cut.last(), block.originLao()));
        })
        .collectList();
  }

  private static Mono<Void> exactlyOne(long rows) {
    // cannot happen while the account lock is held; refuse rather than corrupt the ledger if it ever does
    return rows == 1 ? Mono.empty() : Mono.error(new IllegalStateException("a block changed under the account lock"));
  }

  private static Map<String, @Nullable Object> details(@Nullable Holder holder, @Nullable Holder to, @Nullable Long toAccount,
      @Nullable String reference, @Nullable Integer vintage) {
    Map<String, @Nullable Object> details = new LinkedHashMap<>();
    if (holder != null) {
      details.put("holder", holder.toString());
    }
    if (to != null) {
      details.put("toHolder", to.toString());
    }
    if (toAccount != null) {
      details.put("toAccount", toAccount);
    }
    if (vintage != null) {
      details.put("vintage", vintage);
    }
    details.put("reference", reference);
    return details;
  }

  private Mono<Movement> record(UUID operation, JournalReason reason, long accountId, List<SerialRange> ranges,
      String action, Map<String, @Nullable Object> details) {
    long quantity = ranges.stream().mapToLong(SerialRange::quantity).sum();
    List<Map<String, Object>> payloadRanges = new ArrayList<>();
    for (SerialRange range : ranges) {
      payloadRanges.add(Map.of("issuanceId", range.issuanceId(), "first", range.first(), "last", range.last(),
          "vintage", range.vintage(), "originLao", range.originLaoCode()));
    }
    Map<String, @Nullable Object> payload = new LinkedHashMap<>(details);
    payload.put("operationId", operation);
    payload.put("quantity", quantity);
    payload.put("ranges", payloadRanges);
    // whose account it is, so that read models (the dashboards) can tell an LAO's credits from a buyer's
    AccountRow known = accountsSeen.get(accountId);
    return (known != null ? Mono.just(known) : store.account(accountId).doOnNext(account -> accountsSeen.put(accountId, account)))
        .doOnNext(account -> {
          payload.put("accountKind", account.kind());
          payload.put("accountLao", account.laoCode());
        })
        .then(ActingUser.current())
        .flatMap(who -> audit.append(new AuditEvent("ledger:account:" + accountId, action, "account",
            Long.toString(accountId), who.id(), who.name(), payload)))
        .thenReturn(new Movement(operation, reason, quantity, List.copyOf(ranges)));
  }

  static Account account(AccountRow row) {
    return new Account(row.id(), AccountKind.valueOf(row.kind()), row.laoCode(), row.buyerId());
  }

  static HeldBlock held(BlockRow row) {
    Holder holder = row.holderType() == null ? null : new Holder(HolderType.valueOf(row.holderType()), row.holderId());
    return new HeldBlock(new SerialRange(row.issuanceId(), row.projectCode(), row.vintage(), row.first(), row.last(), row.originLao()),
        row.ownerAccount(), BlockState.valueOf(row.state()), holder);
  }
}
