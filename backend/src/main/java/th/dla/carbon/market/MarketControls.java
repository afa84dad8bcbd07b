package th.dla.carbon.market;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import th.dla.carbon.audit.AuditEvent;
import th.dla.carbon.audit.AuditLog;
import th.dla.carbon.identity.AccessDenied;
import th.dla.carbon.identity.Actor;
import th.dla.carbon.market.internal.Changes;
import th.dla.carbon.market.internal.MarketStore;
import th.dla.carbon.platform.web.FieldProblem;

/** DLA administrators' market controls: freeze and unfreeze all trading, and price floors per T-VER project. Audited on stream "market:controls". */
@Service
public class MarketControls {

  private final MarketStore store;
  private final AuditLog audit;
  private final TransactionalOperator tx;

  MarketControls(MarketStore store, AuditLog audit, ReactiveTransactionManager transactionManager) {
    this.store = store;
    this.audit = audit;
    this.tx = TransactionalOperator.create(transactionManager);
  }

  public Mono<MarketStatus> status() {
    return Mono.zip(store.control(), store.priceFloors().collectMap(Map.Entry::getKey, Map.Entry::getValue, LinkedHashMap::new))
        .map(t -> new MarketStatus(t.getT1().frozen(), t.getT1().reason(), t.getT1().changedAt(), t.getT2()));
  }

  /** Freezes trading: listing and bid writes are refused (423 market-frozen); reads and settlement continue. */
  public Mono<MarketStatus> freeze(Actor actor, @Nullable String reason) {
    return set(actor, true, reason);
  }

  public Mono<MarketStatus> unfreeze(Actor actor) {
    return set(actor, false, null);
  }

  private Mono<MarketStatus> set(Actor actor, boolean frozen, @Nullable String reason) {
    requireAdmin(actor);
    String why = reason == null || reason.isBlank() ? null : reason.strip();
    if (why != null && why.length() > 500) {
      Changes.failIfAny(List.of(new FieldProblem("reason", "must be at most 500 characters")));
    }
    Map<String, @Nullable Object> payload = new LinkedHashMap<>();
    payload.put("reason", why);
    return store.setFrozen(frozen, why, actor.userId())
        .flatMap(changed -> changed
            ? audit.append(new AuditEvent("market:controls", frozen ? "market.frozen" : "market.unfrozen", "market", "controls",
                actor.userId(), actor.displayName(), payload))
            : Mono.empty())
        .as(tx::transactional)
        .then(status());
  }

  /** Sets the minimum unit price of credits of a project. */
  public Mono<MarketStatus> setPriceFloor(Actor actor, String projectCode, BigDecimal minUnitPrice) {
    return changeFloor(actor, projectCode, minUnitPrice, true);
  }

  /** Removes a project's price floor. */
  public Mono<MarketStatus> removePriceFloor(Actor actor, String projectCode) {
    return changeFloor(actor, projectCode, null, false);
  }

  private Mono<MarketStatus> changeFloor(Actor actor, String projectCode, @Nullable BigDecimal minUnitPrice, boolean set) {
    requireAdmin(actor);
    List<FieldProblem> errors = new ArrayList<>();
    if (projectCode == null || !projectCode.matches("[A-Z0-9]+(-[A-Z0-9]+)*") || projectCode.length() > 32) {
      errors.add(new FieldProblem("projectCode", "must be a T-VER project code such as DLA-WWB"));
    }
    BigDecimal price = Changes.money(minUnitPrice, "minUnitPrice", set, errors);
    Changes.failIfAny(errors);
    Map<String, @Nullable Object> payload = new LinkedHashMap<>();
    payload.put("projectCode", projectCode);
    payload.put("minUnitPrice", price);
    return store.setPriceFloor(projectCode, price, actor.userId())
        .then(audit.append(new AuditEvent("market:controls", price == null ? "price_floor.removed" : "price_floor.set", "project", projectCode,
            actor.userId(), actor.displayName(), payload)))
        .as(tx::transactional)
        .then(status());
  }

  private static void requireAdmin(Actor actor) {
    if (!actor.isAdmin()) {
      throw new AccessDenied("Only DLA administrators control the market.");
    }
  }
}
