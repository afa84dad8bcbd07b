package th.dla.carbon.market.internal;

import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import th.dla.carbon.identity.Actor;
import th.dla.carbon.identity.BuyerSummary;
import th.dla.carbon.identity.Buyers;

/** Only users of a VERIFIED buyer organisation bid: 403 {@code forbidden} for non-buyers, 403 {@code buyer-not-verified} otherwise. */
@Component
class VerifiedBuyerGate implements BuyerGate {

  private final Buyers buyers;

  VerifiedBuyerGate(Buyers buyers) {
    this.buyers = buyers;
  }

  @Override
  public Mono<UUID> requireVerified(Actor actor) {
    return buyers.requireVerified(actor).map(BuyerSummary::id);
  }
}
