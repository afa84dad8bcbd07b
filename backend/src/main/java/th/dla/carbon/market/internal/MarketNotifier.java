package th.dla.carbon.market.internal;

import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import th.dla.carbon.notification.Audience;
import th.dla.carbon.notification.Notifications;

/**
 * Every point where the market tells someone that their action is required, through the notification module.
 * Called inside the transaction of the change, so a notification exists only if the change commits.
 */
@Component
public class MarketNotifier {

  private final Notifications notifications;

  MarketNotifier(Notifications notifications) {
    this.notifications = notifications;
  }

  public Mono<Void> notifyListingAwaitingApproval(String laoCode, UUID listingId) {
    return notifications.notify(new Audience.LaoOfficers(laoCode), "LISTING_AWAITING_APPROVAL",
        "ประกาศขายคาร์บอนเครดิตรอการอนุมัติ", "A listing is waiting for your approval",
        "/listings/" + listingId, Map.of("listingId", listingId.toString()));
  }

  public Mono<Void> notifyNewBid(String laoCode, UUID listingId, UUID bidId) {
    return notifications.notify(new Audience.LaoOfficers(laoCode), "NEW_BID",
        "มีการเสนอซื้อใหม่", "A new bid arrived", "/listings/" + listingId,
        Map.of("listingId", listingId.toString(), "bidId", bidId.toString()));
  }

  public Mono<Void> notifyCounterOffer(UUID buyerId, UUID listingId, UUID bidId) {
    return notifications.notify(new Audience.BuyerOrganisation(buyerId), "COUNTER_OFFER",
        "อปท. เสนอราคากลับ", "The LAO made a counter-offer", "/me/bids",
        Map.of("listingId", listingId.toString(), "bidId", bidId.toString()));
  }

  public Mono<Void> notifyBidAccepted(UUID buyerId, UUID listingId, UUID bidId) {
    return notifications.notify(new Audience.BuyerOrganisation(buyerId), "BID_ACCEPTED",
        "การเสนอซื้อของท่านได้รับการยอมรับ", "Your bid was accepted", "/me/trades",
        Map.of("listingId", listingId.toString(), "bidId", bidId.toString()));
  }

  public Mono<Void> notifyBidLost(UUID buyerId, UUID listingId, UUID bidId) {
    return notifications.notify(new Audience.BuyerOrganisation(buyerId), "BID_LOST",
        "การประมูลสิ้นสุด: ท่านไม่ได้รับการจัดสรร", "The auction ended without an allocation for you", "/me/bids",
        Map.of("listingId", listingId.toString(), "bidId", bidId.toString()));
  }

  public Mono<Void> notifyBidRejected(UUID buyerId, UUID listingId, UUID bidId) {
    return notifications.notify(new Audience.BuyerOrganisation(buyerId), "BID_REJECTED",
        "การเสนอซื้อของท่านถูกปฏิเสธ", "Your bid was rejected", "/me/bids",
        Map.of("listingId", listingId.toString(), "bidId", bidId.toString()));
  }
}
