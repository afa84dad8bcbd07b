package th.dla.carbon.market.internal;

import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import th.dla.carbon.market.Listings;
import th.dla.carbon.settlement.ListingCreditsReturn;

/** Settlement's SPI: a cancelled trade's credits go back to its listing while the listing is OPEN. */
@Component
class MarketCreditsReturn implements ListingCreditsReturn {

  private final Listings listings;

  MarketCreditsReturn(Listings listings) {
    this.listings = listings;
  }

  @Override
  public Mono<Boolean> returnToListing(UUID listingId, UUID tradeId, long quantity) {
    return listings.returnToListing(listingId, tradeId, quantity);
  }
}
