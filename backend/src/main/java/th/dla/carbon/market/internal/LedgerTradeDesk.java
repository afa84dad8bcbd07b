package th.dla.carbon.market.internal;

import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import th.dla.carbon.registry.Holder;
import th.dla.carbon.registry.Ledger;

/**
 * STAND-IN until branch {@code settlement} is merged: moves the credits from the listing to a new trade holder
 * exactly as {@code Trades.open} does (Ledger.reassign), without settlement's trade record. The lead replaces the
 * body with {@code trades.open(new OpenTrade(r.listingId(), r.bidId(), r.laoCode(), r.buyerId(), r.quantity(),
 * r.unitPrice(), Holder.listing(r.listingId()))).map(TradeView::id)} when merging (see docs/architecture.md).
 */
@Component
class LedgerTradeDesk implements TradeDesk {

  private final Ledger ledger;

  LedgerTradeDesk(Ledger ledger) {
    this.ledger = ledger;
  }

  @Override
  public Mono<UUID> open(TradeRequest r) {
    UUID tradeId = UUID.randomUUID();
    return ledger.reassign(Holder.listing(r.listingId()), r.quantity(), Holder.trade(tradeId)).thenReturn(tradeId);
  }
}
