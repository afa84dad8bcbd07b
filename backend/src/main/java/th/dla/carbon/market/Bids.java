package th.dla.carbon.market;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import th.dla.carbon.identity.AccessDenied;
import th.dla.carbon.identity.Actor;
import th.dla.carbon.market.internal.AuctionAllocation;
import th.dla.carbon.market.internal.BidRow;
import th.dla.carbon.market.internal.BuyerGate;
import th.dla.carbon.market.internal.Changes;
import th.dla.carbon.market.internal.ListingAdmission;
import th.dla.carbon.market.internal.ListingRow;
import th.dla.carbon.market.internal.MarketNotifier;
import th.dla.carbon.market.internal.MarketStore;
import th.dla.carbon.market.internal.TradeDesk;
import th.dla.carbon.platform.web.FieldProblem;
import th.dla.carbon.platform.web.PageResponse;
import th.dla.carbon.registry.Holder;
import th.dla.carbon.registry.Ledger;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bids in the three modes, the LAO's answers to negotiable bids, the close of auctions and the expiry of bids.
 *
 * <p>Concurrency: every change of a listing's bids runs in one transaction that first locks the listing row; the
 * quantity sold is taken with a conditional UPDATE ({@code remaining >= q AND state = 'OPEN'}), and the credits
 * move through the ledger (which locks the LAO's account) to a trade opened in the same transaction. Nothing can
 * be sold twice or more than was listed, whatever the interleaving.
 */
@Service
public class Bids {

  private static final List<BidState> WAITING = List.of(BidState.OPEN, BidState.COUNTERED);

  private final MarketStore store;
  private final Changes changes;
  private final Listings listings;
  private final TradeDesk trades;
  private final BuyerGate buyers;
  private final Ledger ledger;
  private final MarketNotifier notifier;
  private final ListingAdmission admission;
  private final JsonMapper json;
  private final TransactionalOperator tx;
  private final Duration bidTtl;
  private final Duration antiSniping;
  private final Clock clock = Clock.systemUTC();

  Bids(MarketStore store, Changes changes, Listings listings, TradeDesk trades, BuyerGate buyers, Ledger ledger,
      MarketNotifier notifier, ListingAdmission admission, JsonMapper json, ReactiveTransactionManager transactionManager,
      @Value("${carbon.market.bid-ttl:72h}") Duration bidTtl,
      @Value("${carbon.market.auction.anti-sniping:5m}") Duration antiSniping) {
    this.store = store;
    this.changes = changes;
    this.listings = listings;
    this.trades = trades;
    this.buyers = buyers;
    this.ledger = ledger;
    this.notifier = notifier;
    this.admission = admission;
    this.json = json;
    this.tx = TransactionalOperator.create(transactionManager);
    this.bidTtl = bidTtl;
    this.antiSniping = antiSniping;
  }

  // ---- placing a bid --------------------------------------------------------------------------------------

  /** Thrown inside the transaction when a concurrent request with the same key committed first. */
  private static final class KeyTaken extends RuntimeException {
    KeyTaken() {
      super(null, null, false, false);
    }
  }

  /**
   * A verified buyer bids. With an {@code Idempotency-Key}, the first answer is stored with the bid (same
   * transaction) and given again for the same body; another body with that key is a 422.
   */
  public Mono<PlacedBid> place(Actor actor, PlaceBid cmd) {
    return buyers.requireVerified(actor).flatMap(buyerId -> {
      List<FieldProblem> errors = new ArrayList<>();
      if (cmd.quantity() == null || cmd.quantity() < 1) {
        errors.add(new FieldProblem("quantity", "must be a whole number of at least 1"));
      }
      BigDecimal price = Changes.money(cmd.unitPrice(), "unitPrice", true, errors);
      if (cmd.idempotencyKey() != null && (cmd.idempotencyKey().isBlank() || cmd.idempotencyKey().length() > 200)) {
        errors.add(new FieldProblem("Idempotency-Key", "must be 1 to 200 characters"));
      }
      Changes.failIfAny(errors);
      long quantity = cmd.quantity();
      String key = cmd.idempotencyKey();
      String hash = hash(cmd.listingId() + "|" + quantity + "|" + price.toPlainString());
      Mono<PlacedBid> fresh = admission.run(cmd.listingId(),
          Mono.defer(() -> placeInTransaction(actor, buyerId, cmd.listingId(), quantity, price, key, hash)));
      if (key == null) {
        return fresh;
      }
      return replay(buyerId, key, hash)
          .switchIfEmpty(fresh.onErrorResume(KeyTaken.class, taken -> replay(buyerId, key, hash)));
    });
  }

  private Mono<PlacedBid> replay(UUID buyerId, String key, String hash) {
    return store.findIdempotent(buyerId, key).map(record -> {
      if (!record.requestHash().equals(hash)) {
        throw new IdempotencyKeyReused("Idempotency-Key " + key + " was used for a different bid; use a new key for a new bid.");
      }
      return new PlacedBid(record.status(), json.readValue(record.response(), BidView.class), true);
    });
  }

  private Mono<PlacedBid> placeInTransaction(Actor actor, UUID buyerId, UUID listingId, long quantity, BigDecimal price,
      @Nullable String key, String hash) {
    return changes.requireNotFrozen()
        .then(store.lockListing(listingId))
        .filter(listing -> Listings.PUBLIC_STATES.contains(listing.state()) || listing.state() == ListingState.WITHDRAWN)
        .switchIfEmpty(Mono.error(() -> new ListingNotFound(listingId)))
        // a request with the same key that held this lock before us has committed: answer with its response
        .flatMap(listing -> key == null ? Mono.just(listing)
            : store.findIdempotent(buyerId, key).flatMap(found -> Mono.<ListingRow>error(new KeyTaken())).defaultIfEmpty(listing))
        .flatMap(listing -> {
          if (listing.state() == ListingState.SOLD_OUT) {
            return Mono.error(new ListingSoldOut("Listing " + listingId + " is sold out."));
          }
          if (listing.state() != ListingState.OPEN) {
            return Mono.error(new ListingNotOpen("Listing " + listingId + " is " + listing.state() + " and takes no bids."));
          }
          if (quantity < listing.minLot()) {
            return Mono.error(new BidRefused("The minimum lot of this listing is " + listing.minLot() + " tCO2e."));
          }
          return store.bidderNo(listingId, buyerId).flatMap(bidderNo -> switch (listing.mode()) {
            case FIXED_PRICE -> fixedPrice(actor, buyerId, bidderNo, listing, quantity, price);
            case NEGOTIABLE -> waiting(actor, buyerId, bidderNo, listing, quantity, price, clock.instant().plus(bidTtl));
            case AUCTION -> auctionBid(actor, buyerId, bidderNo, listing, quantity, price);
          });
        })
        .flatMap(bid -> {
          PlacedBid placed = new PlacedBid(201, bid.view(), false);
          if (key == null) {
            return Mono.just(placed);
          }
          return store.saveIdempotent(buyerId, key, new MarketStore.Idempotent(hash, 201, json.writeValueAsString(placed.bid())))
              .flatMap(saved -> saved ? Mono.just(placed) : Mono.error(new KeyTaken()));
        })
        .flatMap(placed -> store.refreshBidStats(listingId).flatMap(changes::publishListing).thenReturn(placed))
        .as(tx::transactional);
  }

  /** Fixed price: at or above the price, executes at once for min(quantity, remaining) at the listing's price. */
  private Mono<BidRow> fixedPrice(Actor actor, UUID buyerId, int bidderNo, ListingRow listing, long quantity, BigDecimal price) {
    if (price.compareTo(listing.unitPrice()) < 0) {
      return Mono.error(new BidRefused("This listing sells at " + listing.unitPrice().toPlainString() + " THB per tCO2e; the bid offers "
          + price.toPlainString() + "."));
    }
    long fill = Math.min(quantity, listing.remaining());
    UUID bidId = UUID.randomUUID();
    BidState state = fill == quantity ? BidState.FILLED : BidState.PARTIALLY_FILLED;
    return listings.requireFloor(listing.projectCodes(), listing.unitPrice())
        .then(store.takeRemaining(listing.id(), fill))
        .switchIfEmpty(Mono.error(() -> new ListingSoldOut("Listing " + listing.id() + " has no credits left for this bid.")))
        .flatMap(remaining -> trades.open(new TradeDesk.TradeRequest(listing.id(), bidId, listing.laoCode(), buyerId, fill, listing.unitPrice()))
            .flatMap(tradeId -> store.insertBid(new MarketStore.NewBid(bidId, listing.id(), buyerId, bidderNo, actor.userId(), quantity, price,
                state, fill, listing.unitPrice(), tradeId, null)))
            .flatMap(bid -> changes.audit(actor, listing.id(), "bid.filled", "bid", bidId, bidPayload(bid))
                .then(changes.publishBid(bid))
                .then(changes.publishTrade(listing.id(), bid, fill, listing.unitPrice()))
                .then(remaining == 0 ? soldOut(listing) : Mono.empty())
                .thenReturn(bid))); // the buyer has the answer; settlement notifies them of the trade to pay
  }

  private Mono<Void> soldOut(ListingRow listing) {
    return store.transition(listing.id(), ListingState.OPEN, ListingState.SOLD_OUT)
        .then(changes.audit(null, listing.id(), "listing.sold_out", "listing", listing.id(), Map.of()));
  }

  /** Negotiation: any price; waits for the LAO until it expires. */
  private Mono<BidRow> waiting(Actor actor, UUID buyerId, int bidderNo, ListingRow listing, long quantity, BigDecimal price, @Nullable Instant expiresAt) {
    if (quantity > listing.remaining()) {
      return Mono.error(new BidRefused("Only " + listing.remaining() + " tCO2e remain on this listing."));
    }
    UUID bidId = UUID.randomUUID();
    return store.insertBid(new MarketStore.NewBid(bidId, listing.id(), buyerId, bidderNo, actor.userId(), quantity, price,
            BidState.OPEN, 0, null, null, expiresAt))
        .flatMap(bid -> changes.audit(actor, listing.id(), "bid.placed", "bid", bidId, bidPayload(bid))
            .then(changes.publishBid(bid))
            .then(notifier.notifyNewBid(listing.laoCode(), listing.id(), bidId))
            .thenReturn(bid));
  }

  /** Auction: at least the reserve, beating the best bid by the increment; a late bid extends the end. */
  private Mono<BidRow> auctionBid(Actor actor, UUID buyerId, int bidderNo, ListingRow listing, long quantity, BigDecimal price) {
    Instant now = clock.instant();
    if (listing.endsAt() == null || !listing.endsAt().isAfter(now)) {
      return Mono.error(new ListingNotOpen("The auction ended at " + listing.endsAt() + "."));
    }
    if (price.compareTo(listing.reservePrice()) < 0) {
      return Mono.error(new BidRefused("The reserve price of this auction is " + listing.reservePrice().toPlainString() + " THB per tCO2e."));
    }
    if (listing.bestPrice() != null && price.compareTo(listing.bestPrice().add(listing.minIncrement())) < 0) {
      return Mono.error(new BidRefused("A bid must beat the best bid of " + listing.bestPrice().toPlainString() + " THB by at least "
          + listing.minIncrement().toPlainString() + " THB: at least " + listing.bestPrice().add(listing.minIncrement()).toPlainString() + "."));
    }
    Mono<Void> extend = Mono.empty();
    if (listing.endsAt().minus(antiSniping).isBefore(now)) {
      Instant later = listing.endsAt().plus(antiSniping);
      extend = store.extendEnd(listing.id(), later)
          .then(changes.audit(null, listing.id(), "auction.extended", "listing", listing.id(), Map.of("from", listing.endsAt(), "to", later)));
    }
    return extend.then(waiting(actor, buyerId, bidderNo, listing, quantity, price, null));
  }

  // ---- the LAO's answers (negotiation) and the buyer's ---------------------------------------------------

  /** An officer of the LAO accepts a negotiable bid at its price: a trade. */
  public Mono<BidView> accept(Actor actor, UUID bidId) {
    return onBid(actor, bidId, Side.LAO, (listing, bid) -> {
      requireNegotiable(listing, bid);
      requireBidState(bid, BidState.OPEN, "accepted");
      return fill(actor, listing, bid, bid.unitPrice(), List.of(BidState.OPEN), "bid.accepted");
    });
  }

  /** An officer of the LAO rejects a waiting bid. */
  public Mono<BidView> reject(Actor actor, UUID bidId) {
    return onBid(actor, bidId, Side.LAO, (listing, bid) -> {
      requireNegotiable(listing, bid);
      return finish(actor, listing, bid, BidState.REJECTED, "bid.rejected")
          .flatMap(ended -> notifier.notifyBidRejected(ended.buyerId(), ended.listingId(), ended.id()).thenReturn(ended));
    });
  }

  /** An officer of the LAO answers with another price; the bid waits for the buyer (COUNTERED). */
  public Mono<BidView> counter(Actor actor, UUID bidId, BigDecimal unitPrice) {
    return Listings.requireLaoOfficer(actor).then(Mono.defer(() -> counterChecked(actor, bidId, unitPrice)));
  }

  private Mono<BidView> counterChecked(Actor actor, UUID bidId, BigDecimal unitPrice) {
    List<FieldProblem> errors = new ArrayList<>();
    BigDecimal price = Changes.money(unitPrice, "unitPrice", true, errors);
    Changes.failIfAny(errors);
    return onBid(actor, bidId, Side.LAO, (listing, bid) -> {
      requireNegotiable(listing, bid);
      requireBidState(bid, BidState.OPEN, "countered");
      return store.updateBid(bid.id(), List.of(BidState.OPEN), BidState.COUNTERED, 0, null, null, price, clock.instant().plus(bidTtl))
          .flatMap(countered -> changes.audit(actor, listing.id(), "bid.countered", "bid", bid.id(), Map.of("counterPrice", price))
              .then(changes.publishBid(countered))
              .then(notifier.notifyCounterOffer(bid.buyerId(), listing.id(), bid.id()))
              .thenReturn(countered));
    });
  }

  /** The buyer accepts the LAO's counter-offer: a trade at the counter price. */
  public Mono<BidView> acceptCounter(Actor actor, UUID bidId) {
    return onBid(actor, bidId, Side.BUYER, (listing, bid) -> {
      requireBidState(bid, BidState.COUNTERED, "accepted at the counter price");
      return fill(actor, listing, bid, bid.counterPrice(), List.of(BidState.COUNTERED), "bid.counter_accepted");
    });
  }

  /** The buyer withdraws a waiting bid (negotiation; auction bids are binding). */
  public Mono<BidView> withdraw(Actor actor, UUID bidId) {
    return onBid(actor, bidId, Side.BUYER, (listing, bid) -> {
      if (listing.mode() == ListingMode.AUCTION) {
        return Mono.error(new InvalidState("Auction bids are binding and cannot be withdrawn."));
      }
      if (!WAITING.contains(bid.state())) {
        return Mono.error(new InvalidState("Bid " + bid.id() + " is " + bid.state() + " and cannot be withdrawn."));
      }
      return finish(actor, listing, bid, BidState.WITHDRAWN, "bid.withdrawn");
    });
  }

  private Mono<BidRow> fill(Actor actor, ListingRow listing, BidRow bid, BigDecimal price, List<BidState> from, String action) {
    if (listing.state() != ListingState.OPEN) {
      return Mono.error(new ListingNotOpen("Listing " + listing.id() + " is " + listing.state() + "."));
    }
    if (bid.quantity() > listing.remaining()) {
      return Mono.error(new BidRefused("Only " + listing.remaining() + " tCO2e remain on this listing; the bid asks for " + bid.quantity() + "."));
    }
    return listings.requireFloor(listing.projectCodes(), price)
        .then(store.takeRemaining(listing.id(), bid.quantity()))
        .switchIfEmpty(Mono.error(() -> new ListingSoldOut("Listing " + listing.id() + " has too few credits left.")))
        .flatMap(remaining -> trades.open(new TradeDesk.TradeRequest(listing.id(), bid.id(), listing.laoCode(), bid.buyerId(), bid.quantity(), price))
            .flatMap(tradeId -> store.updateBid(bid.id(), from, BidState.FILLED, bid.quantity(), price, tradeId, bid.counterPrice(), null))
            .switchIfEmpty(Mono.error(() -> new InvalidState("Bid " + bid.id() + " changed meanwhile.")))
            .flatMap(filled -> changes.audit(actor, listing.id(), action, "bid", bid.id(), bidPayload(filled))
                .then(changes.publishBid(filled))
                .then(changes.publishTrade(listing.id(), filled, filled.filledQuantity(), price))
                .then(remaining == 0 ? soldOut(listing) : Mono.empty())
                .then(notifier.notifyBidAccepted(filled.buyerId(), filled.listingId(), filled.id()))
                .thenReturn(filled)));
  }

  private Mono<BidRow> finish(@Nullable Actor actor, ListingRow listing, BidRow bid, BidState to, String action) {
    return store.updateBid(bid.id(), WAITING, to, bid.filledQuantity(), null, null, null, null)
        .switchIfEmpty(Mono.error(() -> new InvalidState("Bid " + bid.id() + " is " + bid.state() + "; only a waiting bid can be " + to.name().toLowerCase() + ".")))
        .flatMap(ended -> changes.audit(actor, listing.id(), action, "bid", bid.id(), Map.of("from", bid.state().name()))
            .then(changes.publishBid(ended))
            .thenReturn(ended));
  }

  private enum Side { LAO, BUYER }

  private Mono<BidView> onBid(Actor actor, UUID bidId, Side side, java.util.function.BiFunction<ListingRow, BidRow, Mono<BidRow>> work) {
    Mono<Void> role = side == Side.LAO ? Listings.requireLaoOfficer(actor)
        : actor.has(th.dla.carbon.identity.Role.BUYER) && actor.buyerId() != null ? Mono.empty()
        : Mono.error(new AccessDenied("Only the buyer who placed a bid acts on it."));
    return role.then(store.findBid(bidId))
        .switchIfEmpty(Mono.error(() -> new BidNotFound(bidId)))
        .flatMap(found -> store.lockListing(found.listingId())
            .flatMap(listing -> store.findBid(bidId).flatMap(bid -> {
              // another LAO's officer or another organisation's buyer: refused (403), before the market state (423)
              boolean allowed = side == Side.LAO ? actor.isOfficerOf(listing.laoCode()) : actor.actsFor(bid.buyerId());
              if (!allowed) {
                return Mono.error(new AccessDenied(side == Side.LAO
                    ? "Only an officer of the listing's LAO may answer a bid."
                    : "Only the buyer who placed a bid acts on it."));
              }
              return changes.requireNotFrozen().then(Mono.defer(() -> work.apply(listing, bid)));
            }))
            .flatMap(bid -> store.refreshBidStats(bid.listingId()).flatMap(changes::publishListing).thenReturn(bid))
            .as(tx::transactional))
        .map(BidRow::view);
  }

  private static void requireNegotiable(ListingRow listing, BidRow bid) {
    if (listing.mode() != ListingMode.NEGOTIABLE) {
      throw new InvalidState("Only bids on negotiable listings are answered by the LAO; this listing is " + listing.mode() + ".");
    }
  }

  private static void requireBidState(BidRow bid, BidState expected, String verb) {
    if (bid.state() != expected) {
      throw new InvalidState("Bid " + bid.id() + " is " + bid.state() + "; only a " + expected + " bid can be " + verb + ".");
    }
  }

  // ---- scheduler: auctions and expiry ---------------------------------------------------------------------

  /**
   * Closes one auction whose end has passed, in one transaction: claims it ({@code FOR UPDATE SKIP LOCKED}, so
   * another instance takes another one), allocates by price then time, opens a trade per winning bid, marks the
   * rest LOST, releases what is unsold and flips the listing to SOLD_OUT or CLOSED. A failure anywhere rolls all of
   * it back and the listing stays OPEN and due, so the next tick does the same close again, once.
   */
  public Mono<Boolean> closeOneDueAuction() {
    return store.claimDueAuction()
        .flatMap(id -> store.findListing(id).flatMap(this::close).thenReturn(true))
        .defaultIfEmpty(false)
        .as(tx::transactional);
  }

  private Mono<Void> close(ListingRow listing) {
    return store.liveBids(listing.id()).collectList().flatMap(bids -> {
      Map<UUID, BidRow> byId = new LinkedHashMap<>();
      bids.forEach(b -> byId.put(b.id(), b));
      AuctionAllocation.Result result = AuctionAllocation.allocate(listing.remaining(), listing.minLot(),
          bids.stream().map(b -> new AuctionAllocation.Offer(b.id(), b.quantity(), b.unitPrice(), b.seq())).toList());
      Mono<Void> winners = Flux.fromIterable(result.fills()).concatMap(f -> {
        BidRow bid = byId.get(f.bidId());
        BidState state = f.quantity() == bid.quantity() ? BidState.FILLED : BidState.PARTIALLY_FILLED;
        return store.takeRemaining(listing.id(), f.quantity())
            .switchIfEmpty(Mono.error(() -> new IllegalStateException("auction " + listing.id() + " oversold")))
            .then(trades.open(new TradeDesk.TradeRequest(listing.id(), bid.id(), listing.laoCode(), bid.buyerId(), f.quantity(), bid.unitPrice())))
            .flatMap(tradeId -> store.updateBid(bid.id(), WAITING, state, f.quantity(), bid.unitPrice(), tradeId, null, null))
            .flatMap(won -> changes.audit(null, listing.id(), "bid.won", "bid", bid.id(), bidPayload(won))
                .then(changes.publishBid(won))
                .then(changes.publishTrade(listing.id(), won, f.quantity(), bid.unitPrice()))
                .then(notifier.notifyBidAccepted(won.buyerId(), won.listingId(), won.id())));
      }).then();
      Mono<Void> losers = Flux.fromIterable(result.lost()).concatMap(bidId ->
          store.updateBid(bidId, WAITING, BidState.LOST, 0, null, null, null, null)
              .flatMap(lost -> changes.audit(null, listing.id(), "bid.lost", "bid", bidId, Map.of())
                  .then(changes.publishBid(lost))
                  .then(notifier.notifyBidLost(lost.buyerId(), lost.listingId(), bidId)))).then();
      ListingState end = result.unsold() == 0 ? ListingState.SOLD_OUT : ListingState.CLOSED;
      Map<String, @Nullable Object> summary = new LinkedHashMap<>();
      summary.put("allocation", result.fills().stream().map(f -> Map.of("bidId", f.bidId(), "quantity", f.quantity())).toList());
      summary.put("lost", result.lost());
      summary.put("unsold", result.unsold());
      return winners.then(losers)
          .then(result.unsold() > 0 ? ledger.release(Holder.listing(listing.id()), null).then() : Mono.empty())
          .then(store.transition(listing.id(), ListingState.OPEN, end))
          .flatMap(flipped -> flipped ? Mono.<Void>empty() : Mono.error(new IllegalStateException("auction " + listing.id() + " was not open")))
          .then(changes.audit(null, listing.id(), "auction.closed", "listing", listing.id(), summary))
          .then(store.refreshBidStats(listing.id()))
          .flatMap(closed -> changes.publishListing(closed)
              .then(changes.publish(listing.id(), "closed", Map.of("state", end, "sold", listing.remaining() - result.unsold(), "unsold", result.unsold()))))
          .then();
    });
  }

  /** Expires the waiting bids of one listing whose time is up (claimed with SKIP LOCKED). */
  public Mono<Boolean> expireBidsOfOneListing() {
    return store.claimListingWithExpiredBid()
        .flatMap(listingId -> store.expiredBids(listingId)
            .concatMap(bid -> store.updateBid(bid.id(), WAITING, BidState.EXPIRED, bid.filledQuantity(), null, null, null, null)
                .flatMap(expired -> changes.audit(null, listingId, "bid.expired", "bid", bid.id(), Map.of())
                    .then(changes.publishBid(expired))))
            .then(store.refreshBidStats(listingId)).flatMap(changes::publishListing)
            .thenReturn(true))
        .defaultIfEmpty(false)
        .as(tx::transactional);
  }

  // ---- reads ----------------------------------------------------------------------------------------------

  public Mono<PageResponse<BidView>> mine(Actor actor, int page, int size) {
    if (actor.buyerId() == null || !actor.actsFor(actor.buyerId())) {
      return Mono.error(new AccessDenied("Only buyers have bids."));
    }
    UUID buyer = actor.buyerId();
    return Mono.zip(store.bidsOfBuyer(buyer, (long) page * size, size).map(BidRow::view).collectList(), store.countBidsOfBuyer(buyer))
        .map(result -> new PageResponse<>(result.getT1(), page, size, result.getT2()));
  }

  /** The bids of a public listing, newest first, buyers anonymised. */
  public Flux<PublicBidView> ofListing(@Nullable Actor actor, UUID listingId) {
    return listings.get(actor, listingId).thenMany(store.bidsOfListing(listingId)).map(BidRow::publicView);
  }

  private static Map<String, @Nullable Object> bidPayload(BidRow bid) {
    Map<String, @Nullable Object> payload = new LinkedHashMap<>();
    payload.put("buyerId", bid.buyerId());
    payload.put("quantity", bid.quantity());
    payload.put("unitPrice", bid.unitPrice());
    payload.put("state", bid.state());
    payload.put("filledQuantity", bid.filledQuantity());
    payload.put("tradePrice", bid.tradePrice());
    payload.put("tradeId", bid.tradeId());
    return payload;
  }

  static String hash(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
