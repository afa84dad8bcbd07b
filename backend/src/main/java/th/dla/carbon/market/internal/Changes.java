package th.dla.carbon.market.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import th.dla.carbon.audit.AuditEvent;
import th.dla.carbon.audit.AuditLog;
import th.dla.carbon.identity.Actor;
import th.dla.carbon.market.MarketFrozen;
import th.dla.carbon.market.live.ListingEvents;
import th.dla.carbon.platform.web.FieldProblem;
import th.dla.carbon.platform.web.ProblemException;
import th.dla.carbon.platform.web.ProblemType;

/**
 * What every market change does besides its own SQL, inside its transaction: refuse it while the market is frozen,
 * append the audit event to the listing's chain, and publish the live-stream event.
 */
@Component
public class Changes {

  private final MarketStore store;
  private final AuditLog audit;
  private final ListingEvents events;

  Changes(MarketStore store, AuditLog audit, ListingEvents events) {
    this.store = store;
    this.audit = audit;
    this.events = events;
  }

  /** 423 {@code market-frozen} while a DLA administrator has frozen trading (takes a share lock on the control row). */
  public Mono<Void> requireNotFrozen() {
    return store.frozenForShare().flatMap(frozen -> frozen
        ? Mono.error(new MarketFrozen("Trading is frozen by the DLA; listings and bids cannot change until it is unfrozen."))
        : Mono.empty());
  }

  public Mono<Void> audit(@Nullable Actor actor, UUID listingId, String action, String subjectType, UUID subjectId, Map<String, @Nullable Object> payload) {
    return audit.append(new AuditEvent("listing:" + listingId, action, subjectType, subjectId.toString(),
        actor == null ? null : actor.userId(), actor == null ? "system" : actor.displayName(), payload));
  }

  public Mono<Long> publish(UUID listingId, String type, Map<String, ?> data) {
    return events.append(listingId, type, data);
  }

  /** The listing part of the live stream: state, remaining quantity, best price, end. */
  public Mono<Long> publishListing(ListingRow l) {
    Map<String, @Nullable Object> data = new LinkedHashMap<>();
    data.put("listingId", l.id());
    data.put("state", l.state());
    data.put("remaining", l.remaining());
    data.put("bestPrice", l.bestPrice());
    data.put("bidCount", l.bidCount());
    data.put("endsAt", l.endsAt());
    return publish(l.id(), "listing", data);
  }

  public Mono<Long> publishBid(BidRow b) {
    Map<String, @Nullable Object> data = new LinkedHashMap<>();
    data.put("bidId", b.id());
    data.put("bidder", BidRow.bidderLabel(b.bidderNo()));
    data.put("quantity", b.quantity());
    data.put("unitPrice", b.unitPrice());
    data.put("state", b.state());
    data.put("filledQuantity", b.filledQuantity());
    return publish(b.listingId(), "bid", data);
  }

  public Mono<Long> publishTrade(UUID listingId, BidRow b, long quantity, BigDecimal unitPrice) {
    Map<String, @Nullable Object> data = new LinkedHashMap<>();
    data.put("bidId", b.id());
    data.put("bidder", BidRow.bidderLabel(b.bidderNo()));
    data.put("quantity", quantity);
    data.put("unitPrice", unitPrice);
    return publish(listingId, "trade", data);
  }

  // ---- validation helpers ---------------------------------------------------------------------------------

  public static final BigDecimal MAX_PRICE = new BigDecimal("999999999999.99");

  /** A THB amount: positive, at most 2 decimals; adds a field problem otherwise. Returns it at scale 2. */
  public static @Nullable BigDecimal money(@Nullable BigDecimal value, String field, boolean required, List<FieldProblem> errors) {
    if (value == null) {
      if (required) {
        errors.add(new FieldProblem(field, "is required"));
      }
      return null;
    }
    if (value.signum() <= 0) {
      errors.add(new FieldProblem(field, "must be greater than 0"));
      return null;
    }
    if (value.stripTrailingZeros().scale() > 2) {
      errors.add(new FieldProblem(field, "must have at most 2 decimals"));
      return null;
    }
    if (value.compareTo(MAX_PRICE) > 0) {
      errors.add(new FieldProblem(field, "is too large"));
      return null;
    }
    return value.setScale(2, RoundingMode.UNNECESSARY);
  }

  public static void failIfAny(List<FieldProblem> errors) {
    if (!errors.isEmpty()) {
      throw new ProblemException(ProblemType.VALIDATION_FAILED, "The request has " + errors.size() + " invalid field(s).", new ArrayList<>(errors));
    }
  }
}
