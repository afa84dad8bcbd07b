package th.dla.carbon.market.internal;

import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import th.dla.carbon.identity.AccessDenied;
import th.dla.carbon.identity.Actor;
import th.dla.carbon.identity.Role;

/**
 * STAND-IN until branch {@code buyers} reaches main: checks the BUYER role and organisation of the token only. The
 * lead (or the market branch, once main has it) replaces the body with
 * {@code buyers.requireVerified(actor.buyerId()).map(BuyerSummary::id)}, which also refuses unverified organisations
 * (403 {@code buyer-not-verified}).
 */
@Component
class RoleBuyerGate implements BuyerGate {

  @Override
  public Mono<UUID> requireVerified(Actor actor) {
    if (!actor.has(Role.BUYER) || actor.buyerId() == null) {
      return Mono.error(new AccessDenied("Only buyers of a verified organisation may bid."));
    }
    return Mono.just(actor.buyerId());
  }
}
