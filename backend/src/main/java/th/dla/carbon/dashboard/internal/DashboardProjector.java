package th.dla.carbon.dashboard.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import th.dla.carbon.audit.AuditEvent;
import th.dla.carbon.audit.AuditSubscriber;
import th.dla.carbon.dashboard.persistence.AggregateStore;
import th.dla.carbon.dashboard.persistence.AggregateStore.Delta;
import th.dla.carbon.dashboard.persistence.AggregateStore.SaleRow;

/**
 * Keeps the dashboard aggregates in step with the events, in the transaction that makes the change (called by the
 * audit log for every appended event). What each event does:
 * <ul>
 *   <li>{@code issuance.created}: each allocated LAO's credits of the vintage are allocated, held and available;
 *   <li>ledger events of an LAO's account ({@code accountKind = LAO}): reservations for a listing make credits
 *       listed instead of available, a listing's credits reassigned to a trade stop being listed, releases make them
 *       available again, transfers take them out of the LAO's account;
 *   <li>{@code trade.opened}: a sale per vintage of the trade's credits (sold, value, last price, the month's
 *       volume); {@code trade.payment-confirmed}: the LAO's revenue; {@code trade.cancelled}: the sale is undone;
 *   <li>{@code retirement.certified}: retired credits per LAO of origin and vintage, the month's retirements, the
 *       province's retirement list;
 *   <li>{@code bin-report.submitted}: the LAO's latest households and bins.
 * </ul>
 * The sale and retirement rows make a repeated event harmless; everything else is an additive upsert, so the order
 * in which concurrent transactions commit does not change the result.
 */
@Component
class DashboardProjector implements AuditSubscriber {

  private final AggregateStore store;
  private final LaoPlaces places;

  DashboardProjector(AggregateStore store, LaoPlaces places) {
    this.store = store;
    this.places = places;
  }

  @Override
  public Mono<Void> on(AuditEvent event, Instant at) {
    Map<String, @Nullable Object> p = event.payload();
    return switch (event.action()) {
      case "issuance.created" -> issued(p);
      case "credits.reserved", "credits.reassigned", "credits.released", "credits.transferred", "credits.retired" ->
          "LAO".equals(p.get("accountKind")) ? ledger(event.action(), p) : Mono.empty();
      case "trade.opened" -> tradeOpened(UUID.fromString(event.subjectId()), p);
      case "trade.payment-confirmed" -> Flux.from(store.confirmSales(UUID.fromString(event.subjectId())))
          .concatMap(s -> store.add(s.laoCode(), s.vintage(), s.provinceCode(),
              new Delta(0, 0, 0, 0, 0, BigDecimal.ZERO, s.value(), 0)))
          .then();
      case "trade.cancelled" -> tradeCancelled(UUID.fromString(event.subjectId()));
      case "retirement.certified" -> retired(event.subjectId(), p);
      case "bin-report.submitted" -> places.province(event.subjectId())
          .flatMap(province -> store.upsertBins(event.subjectId(), province, number(p.get("windowId")),
              number(p.get("households")), number(p.get("bins"))));
      default -> Mono.empty();
    };
  }

  private Mono<Void> issued(Map<String, @Nullable Object> p) {
    int vintage = (int) number(p.get("vintage"));
    return Flux.fromIterable(list(p.get("allocations")))
        .concatMap(a -> {
          String lao = (String) a.get("laoCode");
          long quantity = number(a.get("last")) - number(a.get("first")) + 1;
          return places.province(lao).flatMap(province -> store.add(lao, vintage, province,
              Delta.credits(quantity, quantity, quantity, 0)));
        })
        .then();
  }

  private Mono<Void> ledger(String action, Map<String, @Nullable Object> p) {
    String holder = holderType(p.get("holder"));
    String toHolder = holderType(p.get("toHolder"));
    // per LAO of origin and vintage: in an LAO's account that is the LAO itself
    Map<String, Long> quantities = new LinkedHashMap<>();
    for (Map<String, Object> range : list(p.get("ranges"))) {
      String key = range.get("originLao") + ":" + number(range.get("vintage"));
      quantities.merge(key, number(range.get("last")) - number(range.get("first")) + 1, Long::sum);
    }
    return Flux.fromIterable(quantities.entrySet())
        .concatMap(e -> {
          String lao = e.getKey().substring(0, e.getKey().indexOf(':'));
          int vintage = Integer.parseInt(e.getKey().substring(e.getKey().indexOf(':') + 1));
          long q = e.getValue();
          Delta delta = switch (action) {
            case "credits.reserved" -> "LISTING".equals(holder) ? Delta.credits(0, 0, -q, q) : Delta.credits(0, 0, -q, 0);
            case "credits.reassigned" -> "LISTING".equals(holder) && "TRADE".equals(toHolder) ? Delta.credits(0, 0, 0, -q)
                : "TRADE".equals(holder) && "LISTING".equals(toHolder) ? Delta.credits(0, 0, 0, q) : null;
            case "credits.released" -> "LISTING".equals(holder) ? Delta.credits(0, 0, q, -q) : Delta.credits(0, 0, q, 0);
            case "credits.transferred" -> Delta.credits(0, -q, 0, 0);
            case "credits.retired" -> Delta.credits(0, -q, -q, 0);
            default -> null;
          };
          return delta == null ? Mono.<Void>empty() : places.province(lao).flatMap(province -> store.add(lao, vintage, province, delta));
        })
        .then();
  }

  private Mono<Void> tradeOpened(UUID tradeId, Map<String, @Nullable Object> p) {
    String lao = (String) p.get("laoCode");
    BigDecimal price = (BigDecimal) p.get("unitPrice");
    Instant createdAt = (Instant) p.get("createdAt");
    Map<?, ?> vintages = (Map<?, ?>) p.get("vintages");
    if (lao == null || price == null || createdAt == null || vintages == null) {
      return Mono.error(new IllegalStateException("trade.opened without laoCode, unitPrice, createdAt or vintages"));
    }
    return places.province(lao).flatMap(province -> Flux.fromIterable(vintages.entrySet())
        .concatMap(e -> {
          int vintage = Integer.parseInt((String) e.getKey());
          long q = number(e.getValue());
          BigDecimal value = price.multiply(BigDecimal.valueOf(q));
          SaleRow sale = new SaleRow(tradeId, vintage, lao, province, createdAt, q, price, value);
          return store.insertSale(sale).flatMap(isNew -> !isNew ? Mono.<Void>empty()
              : store.add(lao, vintage, province, new Delta(0, 0, 0, 0, q, value, BigDecimal.ZERO, 0))
                  .then(store.offerLastTrade(lao, vintage, tradeId, createdAt, price))
                  .then(store.addMonth(province, Months.of(createdAt), q, value, 0)));
        })
        .then());
  }

  private Mono<Void> tradeCancelled(UUID tradeId) {
    return store.cancelSales(tradeId)
        .concatMap(s -> store.add(s.laoCode(), s.vintage(), s.provinceCode(),
                new Delta(0, 0, 0, 0, -s.quantity(), s.value().negate(), BigDecimal.ZERO, 0))
            .then(store.recomputeLastTrade(s.laoCode(), s.vintage(), tradeId))
            .then(store.addMonth(s.provinceCode(), Months.of(s.createdAt()), -s.quantity(), s.value().negate(), 0)))
        .then();
  }

  private Mono<Void> retired(String certificateNo, Map<String, @Nullable Object> p) {
    Instant retiredAt = (Instant) p.get("retiredAt");
    if (retiredAt == null) {
      return Mono.error(new IllegalStateException("retirement.certified without retiredAt"));
    }
    Object vintage = p.get("vintage");
    return store.insertRetirement(certificateNo, (String) p.get("buyerProvince"), (String) p.get("buyerNameTh"),
            number(p.get("quantity")), vintage == null ? null : (int) number(vintage), String.valueOf(p.get("beneficiary")), retiredAt)
        .flatMap(isNew -> {
          if (!isNew) {
            return Mono.empty();
          }
          Map<String, Long> quantities = new LinkedHashMap<>();
          for (Map<String, Object> range : list(p.get("ranges"))) {
            quantities.merge(range.get("originLao") + ":" + number(range.get("vintage")),
                number(range.get("last")) - number(range.get("first")) + 1, Long::sum);
          }
          return Flux.fromIterable(quantities.entrySet())
              .concatMap(e -> {
                String lao = e.getKey().substring(0, e.getKey().indexOf(':'));
                int v = Integer.parseInt(e.getKey().substring(e.getKey().indexOf(':') + 1));
                long q = e.getValue();
                return places.province(lao).flatMap(province -> store.add(lao, v, province,
                        new Delta(0, 0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, q))
                    .then(store.addMonth(province, Months.of(retiredAt), 0, BigDecimal.ZERO, q)));
              })
              .then();
        });
  }

  private static @Nullable String holderType(@Nullable Object holder) {
    if (holder == null) {
      return null;
    }
    String text = holder.toString();
    int colon = text.indexOf(':');
    return colon < 0 ? text : text.substring(0, colon);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(@Nullable Object value) {
    return value == null ? List.of() : (List<Map<String, Object>>) value;
  }

  private static long number(@Nullable Object value) {
    if (value instanceof Number n) {
      return n.longValue();
    }
    if (value instanceof String s) {
      return Long.parseLong(s);
    }
    throw new IllegalStateException("not a number: " + value);
  }
}
