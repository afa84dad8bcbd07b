package th.dla.carbon.settlement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import th.dla.carbon.audit.AuditEvent;
import th.dla.carbon.audit.AuditLog;
import th.dla.carbon.directory.Directory;
import th.dla.carbon.identity.AccessDenied;
import th.dla.carbon.identity.Actor;
import th.dla.carbon.identity.Role;
import th.dla.carbon.notification.Audience;
import th.dla.carbon.notification.Notifications;
import th.dla.carbon.platform.web.FieldProblem;
import th.dla.carbon.platform.web.PageResponse;
import th.dla.carbon.platform.web.ProblemException;
import th.dla.carbon.platform.web.ProblemType;
import th.dla.carbon.registry.Holder;
import th.dla.carbon.registry.Ledger;
import th.dla.carbon.settlement.internal.Acting;
import th.dla.carbon.settlement.persistence.TradeRow;
import th.dla.carbon.settlement.persistence.TradeStore;
import th.dla.carbon.settlement.persistence.TradeStore.Slip;

/**
 * Trades and their settlement. Each step is one transaction: the conditional state change, the ledger movement
 * it implies, the audit event and the notifications commit together. Authorization is checked here with the
 * caller's {@link Actor}: the buyer acts for the trade's buyer organisation, an officer for the trade's LAO.
 */
@Service
public class Trades {

  private final TradeStore store;
  private final Ledger ledger;
  private final AuditLog audit;
  private final Notifications notifications;
  private final Directory directory;
  private final ObjectProvider<ListingCreditsReturn> listingReturn;
  private final TransactionalOperator tx;
  private final Duration paymentDeadline;

  Trades(TradeStore store, Ledger ledger, AuditLog audit, Notifications notifications, Directory directory,
      ObjectProvider<ListingCreditsReturn> listingReturn, ReactiveTransactionManager transactions,
      @Value("${carbon.settlement.payment-deadline:7d}") Duration paymentDeadline) {
    this.store = store;
    this.ledger = ledger;
    this.audit = audit;
    this.notifications = notifications;
    this.directory = directory;
    this.listingReturn = listingReturn;
    this.tx = TransactionalOperator.create(transactions);
    this.paymentDeadline = paymentDeadline;
  }

  // ---- for the market -------------------------------------------------------------------------------------

  /**
   * Opens a trade for a filled bid: AWAITING_PAYMENT with a payment deadline, the credits reassigned from the
   * listing's holder to {@code TRADE:<id>}, audited, the buyer notified. Joins the caller's transaction, so the
   * market's bid change and this commit together.
   */
  public Mono<TradeView> open(OpenTrade cmd) {
    if (cmd.quantity() < 1) {
      return Mono.error(invalid("quantity", "must be at least 1"));
    }
    if (cmd.unitPrice() == null || cmd.unitPrice().signum() < 0 || cmd.unitPrice().stripTrailingZeros().scale() > 2) {
      return Mono.error(invalid("unitPrice", "must be a non-negative amount with at most 2 decimals"));
    }
    UUID id = UUID.randomUUID();
    BigDecimal unitPrice = cmd.unitPrice().setScale(2, RoundingMode.UNNECESSARY);
    BigDecimal total = unitPrice.multiply(BigDecimal.valueOf(cmd.quantity())).setScale(2, RoundingMode.UNNECESSARY);
    return Mono.defer(() -> store.insert(id, cmd.listingId(), cmd.bidId(), cmd.laoCode(), cmd.buyerId(), cmd.quantity(),
                unitPrice, total, paymentDeadline)
            .flatMap(trade -> ledger.reassign(cmd.listingHolder(), cmd.quantity(), Holder.trade(id))
                .flatMap(movement -> audit(trade, "trade.opened", details(trade, "listingHolder", cmd.listingHolder().toString(),
                    "vintages", vintages(movement))))
                .then(notifications.notify(new Audience.BuyerOrganisation(trade.buyerId()), "TRADE_OPENED",
                    "รายการซื้อขายใหม่: โปรดชำระเงินภายในกำหนด", "New trade: please pay before the deadline",
                    link(trade), params(trade)))
                .thenReturn(view(trade))))
        .as(tx::transactional);
  }

  // ---- reads ----------------------------------------------------------------------------------------------

  /** The buyer organisation's trades, newest first. */
  public Mono<PageResponse<TradeRow>> ofBuyer(Actor actor, int page, int size) {
    if (actor.buyerId() == null || !actor.actsFor(actor.buyerId())) {
      return Mono.error(new AccessDenied("Only a buyer has trades of its own."));
    }
    UUID buyer = actor.buyerId();
    return Mono.zip(store.byBuyer(buyer, (long) page * size, size).collectList(), store.countByBuyer(buyer))
        .map(r -> new PageResponse<>(r.getT1(), page, size, r.getT2()));
  }

  /** An LAO's trades: for its officers, its province's officers and DLA administrators. */
  public Mono<PageResponse<TradeRow>> ofLao(Actor actor, String laoCode, @Nullable TradeState state, int page, int size) {
    return directory.lao(laoCode)
        .flatMap(lao -> actor.isOfficerOf(laoCode) || actor.isAdmin() || actor.oversees(lao.provinceCode())
            ? Mono.zip(store.byLao(laoCode, state == null ? null : state.name(), (long) page * size, size).collectList(),
                    store.countByLao(laoCode, state == null ? null : state.name()))
                .map(r -> new PageResponse<>(r.getT1(), page, size, r.getT2()))
            : Mono.error(new AccessDenied("Only officers of LAO " + laoCode + ", its provincial officers and DLA administrators see its trades.")));
  }

  /** One trade, for its two parties (and, read-only, the LAO's provincial officers and DLA administrators). */
  public Mono<TradeRow> trade(Actor actor, UUID id) {
    return requireRole(actor, Role.BUYER, Role.LAO_OFFICER, Role.PROVINCE_OFFICER, Role.DLA_ADMIN).then(find(id)).flatMap(trade -> {
      if (isParty(actor, trade) || actor.isAdmin()) {
        return Mono.just(trade);
      }
      return directory.lao(trade.laoCode()).flatMap(lao -> actor.oversees(lao.provinceCode())
          ? Mono.just(trade) : Mono.error(notAParty(id)));
    });
  }

  /** One trade for one of its two parties only (payment notice, slip). */
  public Mono<TradeRow> tradeForParty(Actor actor, UUID id) {
    return requireRole(actor, Role.BUYER, Role.LAO_OFFICER).then(find(id))
        .flatMap(trade -> isParty(actor, trade) ? Mono.just(trade) : Mono.error(notAParty(id)));
  }

  // ---- transitions ----------------------------------------------------------------------------------------

  /** The buyer reports its payment: AWAITING_PAYMENT → PAYMENT_REPORTED (before the deadline). */
  public Mono<TradeRow> reportPayment(Actor actor, UUID id, String reference, Instant paidAt, @Nullable Slip slip) {
    return inTransaction(requireRole(actor, Role.BUYER).then(find(id)).flatMap(trade -> {
      if (!actor.actsFor(trade.buyerId())) {
        return Mono.error(new AccessDenied("Only the buyer of trade " + id + " reports its payment."));
      }
      return store.reportPayment(id, reference, paidAt, actor.userId(), slip)
          .switchIfEmpty(Mono.defer(() -> refuse(id, "report a payment", List.of(TradeState.AWAITING_PAYMENT))))
          .flatMap(changed -> audit(changed, "trade.payment-reported", details(changed, "reference", reference, "paidAt", paidAt,
                  "slip", slip == null ? null : slip.key()))
              .then(notifications.notify(new Audience.LaoOfficers(changed.laoCode()), "PAYMENT_REPORTED",
                  "ผู้ซื้อแจ้งชำระเงินแล้ว โปรดตรวจสอบและยืนยัน", "Payment reported: please check and confirm",
                  link(changed), params(changed)))
              .thenReturn(changed));
    }));
  }

  /** An officer of the LAO confirms the payment with the LAO's receipt number: → PAYMENT_CONFIRMED, LAO revenue. */
  public Mono<TradeRow> confirmPayment(Actor actor, UUID id, String receiptNo) {
    return inTransaction(requireRole(actor, Role.LAO_OFFICER).then(find(id)).flatMap(trade -> {
      if (!actor.isOfficerOf(trade.laoCode())) {
        return Mono.error(new AccessDenied("Only an officer of LAO " + trade.laoCode() + " confirms payments to it."));
      }
      return store.confirmPayment(id, receiptNo, actor.userId())
          .switchIfEmpty(Mono.defer(() -> refuse(id, "confirm a payment", List.of(TradeState.PAYMENT_REPORTED))))
          .flatMap(changed -> store.recordRevenue(changed, actor.userId())
              .flatMap(recorded -> recorded ? Mono.just(changed)
                  : Mono.error(new ProblemException(ProblemType.CONFLICT,
                      "Receipt number " + receiptNo + " was already used by LAO " + changed.laoCode() + " for another trade.",
                      List.of(new FieldProblem("receiptNo", "already used for another trade"))))))
          .flatMap(changed -> audit(changed, "trade.payment-confirmed", details(changed, "receiptNo", receiptNo, "amount", changed.total()))
              .then(notifyBoth(changed, "PAYMENT_CONFIRMED", "ยืนยันการรับชำระเงินแล้ว", "Payment confirmed"))
              .thenReturn(changed));
    }));
  }

  /**
   * An officer of the LAO records the TGO transfer: the ledger moves the trade's credits to the buyer's account
   * and the trade is SETTLED.
   */
  public Mono<TradeRow> recordTransfer(Actor actor, UUID id, String tgoReference, Instant transferredAt) {
    return inTransaction(requireRole(actor, Role.LAO_OFFICER).then(find(id)).flatMap(trade -> {
      if (!actor.isOfficerOf(trade.laoCode())) {
        return Mono.error(new AccessDenied("Only an officer of LAO " + trade.laoCode() + " records its TGO transfers."));
      }
      return store.settle(id, tgoReference, transferredAt, actor.userId())
          .switchIfEmpty(Mono.defer(() -> refuse(id, "record the registry transfer", List.of(TradeState.PAYMENT_CONFIRMED))))
          .flatMap(changed -> ledger.buyerAccount(changed.buyerId())
              .flatMap(account -> ledger.transfer(Holder.trade(id), account.id(), tgoReference))
              .flatMap(movement -> audit(changed, "trade.settled", details(changed, "tgoReference", tgoReference,
                  "transferredAt", transferredAt, "ledgerOperation", movement.operationId())))
              .then(notifyBoth(changed, "TRADE_SETTLED", "โอนคาร์บอนเครดิตให้ผู้ซื้อเรียบร้อยแล้ว", "Trade settled: the credits are the buyer's"))
              .thenReturn(changed));
    }));
  }

  /** Either party cancels before the payment is confirmed; the credits go back to the listing or the LAO. */
  public Mono<TradeRow> cancel(Actor actor, UUID id, String reason) {
    return inTransaction(requireRole(actor, Role.BUYER, Role.LAO_OFFICER).then(find(id)).flatMap(trade -> {
      if (!isParty(actor, trade)) {
        return Mono.error(notAParty(id));
      }
      String side = actor.actsFor(trade.buyerId()) ? "BUYER" : "LAO";
      return store.cancel(id, reason, actor.userId(), false)
          .switchIfEmpty(Mono.defer(() -> refuse(id, "cancel", List.copyOf(TradeState.CANCELLABLE))))
          .flatMap(changed -> cancelled(changed, reason, side));
    }));
  }

  /**
   * The deadline scheduler: cancels one claimed trade whose deadline passed unpaid (nothing when someone paid or
   * cancelled meanwhile). Runs in the caller's transaction, which holds the claim.
   */
  Mono<TradeRow> cancelExpired(UUID id) {
    return store.cancel(id, "payment deadline passed", null, true)
        .flatMap(changed -> cancelled(changed, "payment deadline passed", "DEADLINE"));
  }

  /** The deadline scheduler: reminds the buyer of one trade due within {@code before}; empty when none is left. */
  Mono<TradeRow> remindOne(Duration before) {
    return store.claimReminder(before)
        .flatMap(trade -> notifications.notify(new Audience.BuyerOrganisation(trade.buyerId()), "PAYMENT_DEADLINE_NEAR",
                "ใกล้ครบกำหนดชำระเงิน", "Payment deadline near", link(trade), params(trade))
            .thenReturn(trade));
  }

  TradeStore store() {
    return store;
  }

  private Mono<TradeRow> cancelled(TradeRow trade, String reason, String by) {
    Holder holder = Holder.trade(trade.id());
    ListingCreditsReturn spi = listingReturn.getIfAvailable();
    Mono<Boolean> toListing = spi == null ? Mono.just(false)
        : spi.returnToListing(trade.listingId(), trade.id(), trade.quantity()).defaultIfEmpty(false);
    return toListing
        // whatever the trade still holds (all of it when the listing did not take it back) goes back to the LAO
        .flatMap(returned -> ledger.release(holder, null).map(released -> returned && released.quantity() == 0 ? "LISTING" : "LAO"))
        .flatMap(where -> store.creditsReturnedTo(trade.id(), where)
            .then(audit(trade, "trade.cancelled", details(trade, "reason", reason, "by", by, "creditsReturnedTo", where)))
            .then(notifyBoth(trade, "TRADE_CANCELLED", "รายการซื้อขายถูกยกเลิก", "Trade cancelled"))
            .then(store.find(trade.id())));
  }

  // ---- helpers --------------------------------------------------------------------------------------------

  private <T> Mono<T> inTransaction(Mono<T> work) {
    return work.as(tx::transactional);
  }

  private Mono<TradeRow> find(UUID id) {
    return store.find(id).switchIfEmpty(Mono.error(() -> ProblemException.notFound("Trade", id)));
  }

  /** Before the trade is looked up: a caller who can never act on any trade is refused, not told whether it exists. */
  private static Mono<Void> requireRole(Actor actor, Role... roles) {
    for (Role role : roles) {
      if (actor.has(role)) {
        return Mono.empty();
      }
    }
    return Mono.error(new AccessDenied("Only " + java.util.Arrays.toString(roles) + " act on trades this way."));
  }

  private static boolean isParty(Actor actor, TradeRow trade) {
    return actor.actsFor(trade.buyerId()) || actor.isOfficerOf(trade.laoCode());
  }

  private static AccessDenied notAParty(UUID id) {
    return new AccessDenied("Only the buyer and the officers of the selling LAO act on trade " + id + ".");
  }

  private <T> Mono<T> refuse(UUID id, String what, List<TradeState> allowed) {
    return store.find(id).flatMap(current -> {
      String detail = "Cannot " + what + " for trade " + id + " in state " + current.state() + "; allowed only in "
          + allowed + ".";
      if (current.state().equals(TradeState.AWAITING_PAYMENT.name()) && allowed.contains(TradeState.AWAITING_PAYMENT)) {
        detail = "The payment deadline of trade " + id + " passed at " + current.paymentDueAt() + ".";
      }
      return Mono.<T>error(new IllegalTransition(detail));
    });
  }

  private static ProblemException invalid(String field, String message) {
    return new ProblemException(ProblemType.VALIDATION_FAILED, field + " " + message, List.of(new FieldProblem(field, message)));
  }

  private Mono<Void> audit(TradeRow trade, String action, Map<String, @Nullable Object> payload) {
    return Acting.current().flatMap(who -> audit.append(new AuditEvent("trade:" + trade.id(), action, "trade",
        trade.id().toString(), who.id(), who.name(), payload)));
  }

  private static Map<String, @Nullable Object> details(TradeRow trade, @Nullable Object... pairs) {
    Map<String, @Nullable Object> payload = new LinkedHashMap<>();
    payload.put("state", trade.state());
    payload.put("listingId", trade.listingId());
    payload.put("laoCode", trade.laoCode());
    payload.put("buyerId", trade.buyerId());
    payload.put("quantity", trade.quantity());
    payload.put("unitPrice", trade.unitPrice());
    payload.put("total", trade.total());
    payload.put("createdAt", trade.createdAt());
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      payload.put((String) pairs[i], pairs[i + 1]);
    }
    return payload;
  }

  /** How many of the movement's credits are of each vintage ("2024" → 30): the trade's credits by vintage. */
  private static Map<String, Object> vintages(th.dla.carbon.registry.Movement movement) {
    Map<String, Object> byVintage = new java.util.TreeMap<>();
    movement.ranges().forEach(r -> byVintage.merge(Integer.toString(r.vintage()), r.quantity(), (a, b) -> (Long) a + (Long) b));
    return byVintage;
  }

  private Mono<Void> notifyBoth(TradeRow trade, String kind, String titleTh, String titleEn) {
    return notifications.notify(new Audience.BuyerOrganisation(trade.buyerId()), kind, titleTh, titleEn, link(trade), params(trade))
        .then(notifications.notify(new Audience.LaoOfficers(trade.laoCode()), kind, titleTh, titleEn, link(trade), params(trade)));
  }

  private static String link(TradeRow trade) {
    return "/trades/" + trade.id();
  }

  private static Map<String, Object> params(TradeRow trade) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("tradeId", trade.id().toString());
    params.put("laoCode", trade.laoCode());
    params.put("quantity", trade.quantity());
    params.put("total", trade.total().toPlainString());
    params.put("paymentDueAt", trade.paymentDueAt().toString());
    return params;
  }

  public static TradeView view(TradeRow row) {
    return new TradeView(row.id(), row.listingId(), row.bidId(), row.laoCode(), row.buyerId(), row.quantity(), row.unitPrice(),
        row.total(), TradeState.valueOf(row.state()), row.paymentDueAt(), row.createdAt());
  }
}
