package th.dla.carbon.market.internal;

import java.util.UUID;
import reactor.core.publisher.Mono;
import th.dla.carbon.identity.Actor;

/** Only verified buyer organisations bid: identity's {@code Buyers.requireVerified(buyerId)} (TEAM.md contract). */
public interface BuyerGate {

  /** The buyer organisation the actor bids for, when it is VERIFIED; otherwise a 403 problem. */
  Mono<UUID> requireVerified(Actor actor);
}
