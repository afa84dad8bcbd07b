package th.dla.carbon.settlement;

import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * Implemented by the market. When a trade is cancelled (by a party, or because its payment deadline passed),
 * settlement calls this inside its transaction. If the listing is still open, the market moves the trade's credits
 * back to the listing's holder ({@code Ledger.reassign(Holder.trade(tradeId), quantity, Holder.listing(listingId))}),
 * raises the remaining quantity and emits {@code true}; otherwise it emits {@code false} and settlement releases
 * the credits to the LAO ({@code Ledger.release}). Without an implementation (market not deployed), settlement
 * always releases to the LAO.
 */
public interface ListingCreditsReturn {
  Mono<Boolean> returnToListing(UUID listingId, UUID tradeId, long quantity);
}
