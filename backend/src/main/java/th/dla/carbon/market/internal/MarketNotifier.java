package th.dla.carbon.market.internal;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Every point where the market tells someone that their action is required. STAND-IN until branch
 * {@code settlement} (with the notification module) is merged: each method is where
 * {@code notifications.notify(audience, kind, titleTh, titleEn, link, params)} goes, with the audience and kind
 * named in its comment. Called inside the transaction of the change, so a notification exists only if it commits.
 */
@Component
public class MarketNotifier {

  private static final Log log = LogFactory.getLog(MarketNotifier.class);

  /** LaoOfficers(laoCode), LISTING_AWAITING_APPROVAL, link /listings/{id}. */
  public Mono<Void> notifyListingAwaitingApproval(String laoCode, java.util.UUID listingId) {
    return note("LISTING_AWAITING_APPROVAL", laoCode, listingId);
  }

  /** LaoOfficers(laoCode), NEW_BID, link /listings/{id}. */
  public Mono<Void> notifyNewBid(String laoCode, java.util.UUID listingId, java.util.UUID bidId) {
    return note("NEW_BID", laoCode, bidId);
  }

  /** BuyerOrganisation(buyerId), COUNTER_OFFER, link /me/bids. */
  public Mono<Void> notifyCounterOffer(java.util.UUID buyerId, java.util.UUID bidId) {
    return note("COUNTER_OFFER", buyerId, bidId);
  }

  /** BuyerOrganisation(buyerId), BID_ACCEPTED, link /me/trades. */
  public Mono<Void> notifyBidAccepted(java.util.UUID buyerId, java.util.UUID bidId) {
    return note("BID_ACCEPTED", buyerId, bidId);
  }

  /** BuyerOrganisation(buyerId), BID_LOST, link /me/bids. */
  public Mono<Void> notifyBidLost(java.util.UUID buyerId, java.util.UUID bidId) {
    return note("BID_LOST", buyerId, bidId);
  }

  /** BuyerOrganisation(buyerId), BID_REJECTED, link /me/bids. */
  public Mono<Void> notifyBidRejected(java.util.UUID buyerId, java.util.UUID bidId) {
    return note("BID_REJECTED", buyerId, bidId);
  }

  private static Mono<Void> note(String kind, Object audience, Object subject) {
    return Mono.fromRunnable(() -> {
      if (log.isDebugEnabled()) {
        log.debug("notification " + kind + " for " + audience + " about " + subject + " (notification module not merged yet)");
      }
    });
  }
}
