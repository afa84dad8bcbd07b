package th.dla.carbon.market.internal;

import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import th.dla.carbon.registry.Holder;
import th.dla.carbon.settlement.OpenTrade;
import th.dla.carbon.settlement.TradeView;
import th.dla.carbon.settlement.Trades;

/** A filled bid becomes a trade in settlement, in the market's transaction; the credits move listing → trade there. */
@Component
class SettlementTradeDesk implements TradeDesk {

  private final Trades trades;

  SettlementTradeDesk(Trades trades) {
    this.trades = trades;
  }

  @Override
  public Mono<UUID> open(TradeRequest r) {
    return trades.open(new OpenTrade(r.listingId(), r.bidId(), r.laoCode(), r.buyerId(), r.quantity(), r.unitPrice(),
            Holder.listing(r.listingId())))
        .map(TradeView::id);
  }
}
