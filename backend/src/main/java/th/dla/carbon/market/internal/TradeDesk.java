package th.dla.carbon.market.internal;

import java.math.BigDecimal;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * Where a filled bid becomes a trade: settlement's {@code Trades.open(OpenTrade)} (TEAM.md contract), called inside
 * the market's transaction so the bid, the listing's quantity and the trade commit together.
 */
public interface TradeDesk {

  record TradeRequest(UUID listingId, UUID bidId, String laoCode, UUID buyerId, long quantity, BigDecimal unitPrice) {}

  /** Opens the trade in the caller's transaction and moves the credits from the listing to it; emits the trade id. */
  Mono<UUID> open(TradeRequest request);
}
