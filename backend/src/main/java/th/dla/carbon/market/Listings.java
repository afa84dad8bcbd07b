package th.dla.carbon.market;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import th.dla.carbon.directory.Directory;
import th.dla.carbon.identity.AccessDenied;
import th.dla.carbon.identity.Actor;
import th.dla.carbon.market.internal.BidRow;
import th.dla.carbon.market.internal.Changes;
import th.dla.carbon.market.internal.ListingRow;
import th.dla.carbon.market.internal.MarketNotifier;
import th.dla.carbon.market.internal.MarketStore;
import th.dla.carbon.platform.web.FieldProblem;
import th.dla.carbon.platform.web.PageResponse;
import th.dla.carbon.registry.Holder;
import th.dla.carbon.registry.Ledger;
import th.dla.carbon.registry.SerialRange;

/**
 * Listings: drafting, maker–checker approval (which reserves the credits in the registry), withdrawal, expiry,
 * the catalogue, and the credits a cancelled trade gives back. Every change is one transaction with its audit
 * event and live-stream event.
 */
@Service
public class Listings {

  /** States the public sees; drafts and listings awaiting approval are for the LAO's officers only. */
  static final List<ListingState> PUBLIC_STATES = List.of(ListingState.OPEN, ListingState.SOLD_OUT, ListingState.CLOSED, ListingState.EXPIRED);

  private final MarketStore store;
  private final Changes changes;
  private final Ledger ledger;
  private final Directory directory;
  private final MarketNotifier notifier;
  private final TransactionalOperator tx;
  private final Clock clock = Clock.systemUTC();

  Listings(MarketStore store, Changes changes, Ledger ledger, Directory directory, MarketNotifier notifier,
      ReactiveTransactionManager transactionManager) {
    this.store = store;
    this.changes = changes;
    this.ledger = ledger;
    this.directory = directory;
    this.notifier = notifier;
    this.tx = TransactionalOperator.create(transactionManager);
  }

  // ---- writes ---------------------------------------------------------------------------------------------

  /** An officer of the LAO drafts a listing: 201 DRAFT. Nothing is reserved yet. */
  public Mono<ListingView> draft(Actor actor, DraftListing cmd) {
    return requireLaoOfficer(actor)
        .then(Mono.fromCallable(() -> validate(cmd)))
        .flatMap(valid -> {
          if (!actor.isOfficerOf(valid.laoCode())) {
            return Mono.error(new AccessDenied("Only an officer of LAO " + valid.laoCode() + " may list its credits."));
          }
          return directory.lao(valid.laoCode()).flatMap(lao -> {
            UUID id = UUID.randomUUID();
            MarketStore.NewListing row = new MarketStore.NewListing(id, lao.code(), lao.provinceCode(), lao.fullNameTh(),
                valid.mode().name(), valid.quantity(), valid.unitPrice(), valid.minLot(), valid.vintage(), valid.endsAt(),
                valid.reservePrice(), valid.minIncrement(), valid.description(), actor.userId(), actor.displayName());
            return changes.requireNotFrozen()
                .then(store.insertListing(row))
                .then(store.findListing(id))
                .flatMap(listing -> changes.audit(actor, id, "listing.drafted", "listing", id, snapshot(listing)).thenReturn(listing))
                .as(tx::transactional);
          });
        })
        .map(ListingRow::view);
  }

  /** The maker (or another officer) sends the draft for approval: PENDING_APPROVAL. */
  public Mono<ListingView> submit(Actor actor, UUID id) {
    return change(actor, id, listing -> {
      requireOfficer(actor, listing);
      requireState(listing, ListingState.DRAFT, "submitted");
      return store.transition(id, ListingState.DRAFT, ListingState.PENDING_APPROVAL)
          .then(changes.audit(actor, id, "listing.submitted", "listing", id, Map.of()))
          .then(notifier.notifyListingAwaitingApproval(listing.laoCode(), id));
    });
  }

  /**
   * Another officer of the same LAO approves: the credits are reserved for the listing in the registry (409
   * {@code insufficient-credits} when the LAO has too few), and it is OPEN. The maker never approves their own
   * listing (403 {@code maker-cannot-approve}).
   */
  public Mono<ListingView> approve(Actor actor, UUID id) {
    return change(actor, id, listing -> {
      requireOfficer(actor, listing);
      requireState(listing, ListingState.PENDING_APPROVAL, "approved");
      if (listing.createdBy().equals(actor.userId())) {
        return Mono.error(new MakerCannotApprove("The officer who drafted listing " + id + " cannot approve it; another officer of the LAO must."));
      }
      if (listing.endsAt() != null && !listing.endsAt().isAfter(clock.instant())) {
        return Mono.error(new InvalidState("Listing " + id + " ends at " + listing.endsAt() + ", which has passed; draft it again with a later end."));
      }
      return ledger.reserveFromLao(listing.laoCode(), listing.quantity(), listing.vintage(), Holder.listing(id), "listing " + id)
          .flatMap(movement -> {
            List<String> projects = movement.ranges().stream().map(SerialRange::projectCode).distinct().sorted().toList();
            BigDecimal price = listing.mode() == ListingMode.AUCTION ? listing.reservePrice() : listing.unitPrice();
            return requireFloor(projects, price)
                .then(store.approve(id, actor.userId(), actor.displayName(), projects))
                .flatMap(approved -> approved ? Mono.empty() : Mono.error(new InvalidState("Listing " + id + " changed while it was being approved.")))
                .then(changes.audit(actor, id, "listing.approved", "listing", id,
                    Map.of("reserved", movement.quantity(), "operationId", movement.operationId(), "projects", projects)));
          });
    });
  }

  /** An officer withdraws the listing: the unsold credits go back to the LAO, waiting bids are rejected. */
  public Mono<ListingView> withdraw(Actor actor, UUID id) {
    return change(actor, id, listing -> {
      requireOfficer(actor, listing);
      if (listing.state().isFinal()) {
        return Mono.error(new InvalidState("Listing " + id + " is " + listing.state() + " and cannot be withdrawn."));
      }
      return end(actor, listing, ListingState.WITHDRAWN, BidState.REJECTED, "listing.withdrawn");
    });
  }

  /** Ends an OPEN (or not yet open) listing: releases what it holds, ends its waiting bids, audits. */
  Mono<Void> end(@Nullable Actor actor, ListingRow listing, ListingState to, BidState bidsBecome, String action) {
    UUID id = listing.id();
    Mono<Long> released = listing.state() == ListingState.OPEN
        ? ledger.release(Holder.listing(id), null).map(movement -> movement.quantity())
        : Mono.just(0L);
    return released.flatMap(quantity -> store.transition(id, listing.state(), to)
        .then(store.liveBids(id).concatMap(bid -> store.updateBid(bid.id(), List.of(BidState.OPEN, BidState.COUNTERED), bidsBecome,
                bid.filledQuantity(), null, null, null, null)
            .flatMap(ended -> changes.publishBid(ended)
                .then(bidsBecome == BidState.REJECTED ? notifier.notifyBidRejected(ended.buyerId(), ended.listingId(), ended.id()) : Mono.empty())))
            .then())
        .then(changes.audit(actor, id, action, "listing", id, Map.of("released", quantity, "from", listing.state().name()))));
  }

  // ---- settlement's SPI: credits of a cancelled trade ----------------------------------------------------

  /**
   * A cancelled trade's credits go back to its listing when the listing is still OPEN (true), in the caller's
   * (settlement's) transaction: the credits move from the trade holder back to the listing holder and the
   * remaining quantity rises. Otherwise false, and settlement releases them to the LAO.
   */
  public Mono<Boolean> returnToListing(UUID listingId, UUID tradeId, long quantity) {
    return store.lockListing(listingId)
        .flatMap(listing -> {
          if (listing.state() != ListingState.OPEN || listing.remaining() + quantity > listing.quantity()) {
            return Mono.just(false);
          }
          return ledger.reassign(Holder.trade(tradeId), quantity, Holder.listing(listingId))
              .then(store.giveBack(listingId, quantity))
              .flatMap(remaining -> changes.audit(null, listingId, "listing.credits_returned", "listing", listingId,
                      Map.of("tradeId", tradeId, "quantity", quantity, "remaining", remaining))
                  .then(store.findListing(listingId))
                  .flatMap(changes::publishListing)
                  .thenReturn(true))
              .defaultIfEmpty(false);
        })
        .defaultIfEmpty(false)
        .as(tx::transactional);
  }

  // ---- scheduler ------------------------------------------------------------------------------------------

  /** Expires one fixed-price or negotiable listing whose end has passed (claimed with SKIP LOCKED). */
  public Mono<Boolean> expireOneDue() {
    return store.claimExpiredListing()
        .flatMap(id -> store.findListing(id)
            .flatMap(listing -> end(null, listing, ListingState.EXPIRED, BidState.EXPIRED, "listing.expired")
                .then(store.refreshBidStats(id)).flatMap(changes::publishListing))
            .thenReturn(true))
        .defaultIfEmpty(false)
        .as(tx::transactional);
  }

  // ---- reads ----------------------------------------------------------------------------------------------

  /** One listing; drafts and listings awaiting approval only for officers of the LAO and DLA administrators. */
  public Mono<ListingView> get(@Nullable Actor actor, UUID id) {
    return store.findListing(id)
        .filter(listing -> PUBLIC_STATES.contains(listing.state()) || listing.state() == ListingState.WITHDRAWN && listing.approvedAt() != null
            || actor != null && (actor.isAdmin() || actor.isOfficerOf(listing.laoCode())))
        .switchIfEmpty(Mono.error(() -> new ListingNotFound(id)))
        .map(ListingRow::view);
  }

  public record Search(@Nullable String province, @Nullable String lao, @Nullable Integer vintage, @Nullable ListingMode mode,
      @Nullable ListingState status, @Nullable BigDecimal minPrice, @Nullable BigDecimal maxPrice, @Nullable String sort, int page, int size) {}

  /** The public catalogue: OPEN listings unless another public status is asked for. */
  public Mono<PageResponse<ListingView>> search(Search s) {
    List<String> states = s.status() == null ? List.of(ListingState.OPEN.name())
        : PUBLIC_STATES.contains(s.status()) ? List.of(s.status().name()) : List.of();
    if (states.isEmpty()) {
      return Mono.just(new PageResponse<>(List.of(), s.page(), s.size(), 0));
    }
    MarketStore.Criteria criteria = new MarketStore.Criteria(s.province(), s.lao(), s.vintage(), s.mode() == null ? null : s.mode().name(),
        states, s.minPrice(), s.maxPrice(), s.sort() == null ? "newest" : s.sort(), (long) s.page() * s.size(), s.size());
    return page(criteria, s.page(), s.size());
  }

  /** Every listing of an LAO in every state, newest first: for its officers and DLA administrators. */
  public Mono<PageResponse<ListingView>> ofLao(Actor actor, String laoCode, @Nullable ListingState status, int page, int size) {
    if (!actor.isOfficerOf(laoCode) && !actor.isAdmin()) {
      return Mono.error(new AccessDenied("Only officers of LAO " + laoCode + " see all its listings."));
    }
    List<String> states = status == null ? java.util.Arrays.stream(ListingState.values()).map(Enum::name).toList() : List.of(status.name());
    MarketStore.Criteria criteria = new MarketStore.Criteria(null, laoCode, null, null, states, null, null, "created", (long) page * size, size);
    return page(criteria, page, size);
  }

  private Mono<PageResponse<ListingView>> page(MarketStore.Criteria criteria, int page, int size) {
    return Mono.zip(store.search(criteria).map(ListingRow::view).collectList(), store.count(criteria))
        .map(result -> new PageResponse<>(result.getT1(), page, size, result.getT2()));
  }

  // ---- internals ------------------------------------------------------------------------------------------

  /** Locks the listing, runs the change, publishes the listing's new state; one transaction. */
  private Mono<ListingView> change(Actor actor, UUID id, java.util.function.Function<ListingRow, Mono<Void>> work) {
    return requireLaoOfficer(actor)
        .then(store.lockListing(id))
        .switchIfEmpty(Mono.error(() -> new ListingNotFound(id)))
        .flatMap(listing -> {
          // another LAO's officer is refused (403) whatever the listing's state, and before the market state (423)
          requireOfficer(actor, listing);
          return changes.requireNotFrozen().then(Mono.defer(() -> work.apply(listing)));
        })
        .then(Mono.defer(() -> store.refreshBidStats(id)))
        .flatMap(updated -> changes.publishListing(updated).thenReturn(updated))
        .as(tx::transactional)
        .map(ListingRow::view);
  }

  Mono<Void> requireFloor(List<String> projects, @Nullable BigDecimal price) {
    if (price == null) {
      return Mono.empty();
    }
    return store.floorFor(projects).flatMap(floor -> price.compareTo(floor) < 0
        ? Mono.error(new PriceBelowFloor("The price " + price.toPlainString() + " THB is below the floor of " + floor.toPlainString()
            + " THB per tCO2e set for project(s) " + String.join(", ", projects) + "."))
        : Mono.empty());
  }

  /** The role check before anything is looked up: only LAO officers change listings. */
  static Mono<Void> requireLaoOfficer(Actor actor) {
    return actor.has(th.dla.carbon.identity.Role.LAO_OFFICER) ? Mono.empty()
        : Mono.error(new AccessDenied("Only LAO officers draft and manage listings."));
  }

  private static void requireOfficer(Actor actor, ListingRow listing) {
    if (!actor.isOfficerOf(listing.laoCode())) {
      throw new AccessDenied("Only an officer of LAO " + listing.laoCode() + " may change this listing.");
    }
  }

  private static void requireState(ListingRow listing, ListingState expected, String verb) {
    if (listing.state() != expected) {
      throw new InvalidState("Listing " + listing.id() + " is " + listing.state() + "; only a " + expected + " listing can be " + verb + ".");
    }
  }

  static Map<String, @Nullable Object> snapshot(ListingRow l) {
    Map<String, @Nullable Object> payload = new LinkedHashMap<>();
    payload.put("laoCode", l.laoCode());
    payload.put("mode", l.mode());
    payload.put("quantity", l.quantity());
    payload.put("unitPrice", l.unitPrice());
    payload.put("minLot", l.minLot());
    payload.put("vintage", l.vintage());
    payload.put("endsAt", l.endsAt());
    payload.put("reservePrice", l.reservePrice());
    payload.put("minIncrement", l.minIncrement());
    return payload;
  }

  private record Valid(String laoCode, long quantity, BigDecimal unitPrice, ListingMode mode, long minLot, @Nullable Integer vintage,
      @Nullable Instant endsAt, @Nullable BigDecimal reservePrice, @Nullable BigDecimal minIncrement, @Nullable String description) {}

  private Valid validate(DraftListing cmd) {
    List<FieldProblem> errors = new ArrayList<>();
    if (cmd.laoCode() == null || !cmd.laoCode().matches("\\d{7}")) {
      errors.add(new FieldProblem("laoCode", "must be a 7-digit DLA code"));
    }
    if (cmd.mode() == null) {
      errors.add(new FieldProblem("mode", "is required (FIXED_PRICE, NEGOTIABLE or AUCTION)"));
    }
    long quantity = cmd.quantity() == null ? 0 : cmd.quantity();
    if (cmd.quantity() == null) {
      errors.add(new FieldProblem("quantity", "is required"));
    } else if (quantity < 1 || quantity > 1_000_000_000L) {
      errors.add(new FieldProblem("quantity", "must be a whole number of tCO2e between 1 and 1,000,000,000"));
    }
    long minLot = cmd.minLot() == null ? 1 : cmd.minLot();
    if (minLot < 1 || quantity >= 1 && minLot > quantity) {
      errors.add(new FieldProblem("minLot", "must be between 1 and the quantity"));
    }
    BigDecimal price = Changes.money(cmd.unitPrice(), "unitPrice", true, errors);
    if (cmd.vintage() != null && (cmd.vintage() < 2000 || cmd.vintage() > 2100)) {
      errors.add(new FieldProblem("vintage", "must be a CE year between 2000 and 2100"));
    }
    Instant now = clock.instant();
    if (cmd.endsAt() != null && !cmd.endsAt().isAfter(now)) {
      errors.add(new FieldProblem("endsAt", "must be in the future"));
    }
    boolean auction = cmd.mode() == ListingMode.AUCTION;
    BigDecimal reserve = null;
    BigDecimal increment = null;
    if (auction) {
      if (cmd.endsAt() == null) {
        errors.add(new FieldProblem("endsAt", "is required for an auction"));
      }
      reserve = Changes.money(cmd.reservePrice(), "reservePrice", true, errors);
      increment = Changes.money(cmd.minIncrement(), "minIncrement", true, errors);
    } else {
      if (cmd.reservePrice() != null) {
        errors.add(new FieldProblem("reservePrice", "applies to auctions only"));
      }
      if (cmd.minIncrement() != null) {
        errors.add(new FieldProblem("minIncrement", "applies to auctions only"));
      }
    }
    String description = cmd.description() == null || cmd.description().isBlank() ? null : cmd.description().strip();
    if (description != null && description.length() > 4000) {
      errors.add(new FieldProblem("description", "must be at most 4000 characters"));
    }
    Changes.failIfAny(errors);
    return new Valid(cmd.laoCode(), quantity, price, cmd.mode(), minLot, cmd.vintage(),
        cmd.endsAt() == null ? null : cmd.endsAt().truncatedTo(java.time.temporal.ChronoUnit.MICROS), reserve, increment, description);
  }
}
