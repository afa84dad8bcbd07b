package th.dla.carbon.reporting.committee;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import th.dla.carbon.directory.Directory;
import th.dla.carbon.directory.Lao;
import th.dla.carbon.directory.LaoNotFound;
import th.dla.carbon.identity.AccessDenied;
import th.dla.carbon.identity.Actor;
import th.dla.carbon.identity.BuyerSummary;
import th.dla.carbon.identity.Buyers;
import th.dla.carbon.identity.Officers;
import th.dla.carbon.market.ListingMode;
import th.dla.carbon.market.ListingReports;
import th.dla.carbon.platform.pdf.ThaiDates;
import th.dla.carbon.platform.web.FieldProblem;
import th.dla.carbon.platform.web.ProblemException;
import th.dla.carbon.platform.web.ProblemType;
import th.dla.carbon.registry.CreditReports;
import th.dla.carbon.settlement.TradeReports;

/**
 * Builds the committee report of a province for a period. Only the provincial office of that province and DLA
 * administrators may (the path rule lets only those roles in; this is the second check, on the province).
 */
@Service
public class CommitteeReports {

  /** The longest period one report covers. */
  public static final int MAX_YEARS = 3;

  public record Period(LocalDate from, LocalDate to) {
    public Instant start() {
      return from.atStartOfDay(ThaiDates.BANGKOK).toInstant();
    }

    /** Exclusive: the start of the day after {@code to}. */
    public Instant end() {
      return to.plusDays(1).atStartOfDay(ThaiDates.BANGKOK).toInstant();
    }
  }

  private final Directory directory;
  private final Officers officers;
  private final Buyers buyers;
  private final ListingReports listings;
  private final TradeReports trades;
  private final CreditReports credits;
  private final Clock clock;

  CommitteeReports(Directory directory, Officers officers, Buyers buyers, ListingReports listings, TradeReports trades,
      CreditReports credits) {
    this.directory = directory;
    this.officers = officers;
    this.buyers = buyers;
    this.listings = listings;
    this.trades = trades;
    this.credits = credits;
    this.clock = Clock.systemUTC();
  }

  /**
   * The period from the query's {@code from} and {@code to} (YYYY-MM-DD, Bangkok dates, inclusive): {@code to}
   * defaults to today, {@code from} to three months before {@code to}. A 400 problem names each wrong field.
   */
  public Period period(@Nullable String from, @Nullable String to) {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate end = date(to, "to", problems);
    LocalDate start = date(from, "from", problems);
    if (!problems.isEmpty()) {
      throw new ProblemException(ProblemType.VALIDATION_FAILED, "The period is not valid.", problems);
    }
    LocalDate today = LocalDate.now(clock.withZone(ThaiDates.BANGKOK));
    LocalDate resolvedTo = end == null ? today : end;
    LocalDate resolvedFrom = start == null ? resolvedTo.minusMonths(3) : start;
    if (resolvedFrom.isAfter(resolvedTo)) {
      problems.add(new FieldProblem("from", "must not be after to (" + resolvedTo + ")"));
    } else if (resolvedFrom.isBefore(resolvedTo.minusYears(MAX_YEARS))) {
      problems.add(new FieldProblem("from", "the period may cover at most " + MAX_YEARS + " years"));
    }
    if (!problems.isEmpty()) {
      throw new ProblemException(ProblemType.VALIDATION_FAILED, "The period is not valid.", problems);
    }
    return new Period(resolvedFrom, resolvedTo);
  }

  /** A YYYY-MM-DD date between 2000 and 2100, or null when absent; a field problem otherwise. */
  public static @Nullable LocalDate date(@Nullable String value, String field, List<FieldProblem> problems) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(value.strip());
      if (date.getYear() < 2000 || date.getYear() > 2100) {
        problems.add(new FieldProblem(field, "must be a date between 2000-01-01 and 2100-12-31"));
        return null;
      }
      return date;
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, "must be a date written YYYY-MM-DD (Christian Era), e.g. 2026-01-31"));
      return null;
    }
  }

  /** The report: 404 for an unknown province, 403 unless the actor oversees it or is a DLA administrator. */
  public Mono<CommitteeReport> report(Actor actor, String provinceCode, Period period) {
    return directory.province(provinceCode).flatMap(province -> {
      if (!actor.isAdmin() && !actor.oversees(provinceCode)) {
        return Mono.error(new AccessDenied("Only the provincial office of province " + provinceCode
            + " and DLA administrators get its committee report."));
      }
      Instant from = period.start();
      Instant to = period.end();
      Mono<Map<String, ListingReports.LaoListingActivity>> activity = listings.activityInProvince(provinceCode, from, to)
          .collectMap(ListingReports.LaoListingActivity::laoCode);
      Mono<Map<String, TradeReports.LaoTradeSummary>> sales = trades.summaryInProvince(provinceCode, from, to)
          .collectMap(TradeReports.LaoTradeSummary::laoCode);
      Mono<Map<String, List<CommitteeReport.Buyer>>> laoBuyers = trades.buyersInProvince(provinceCode, from, to)
          .concatMap(b -> buyerName(b.buyerId()).map(name -> Map.entry(b.laoCode(), new CommitteeReport.Buyer(name, b.quantity(), b.value()))))
          .collectMultimap(Map.Entry::getKey, Map.Entry::getValue)
          .map(m -> m.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> List.copyOf(e.getValue()))));
      Mono<Set<UUID>> distinctBuyers = trades.buyersInProvince(provinceCode, from, to)
          .map(TradeReports.LaoBuyer::buyerId).collect(Collectors.toSet());
      Mono<Map<String, CreditReports.LaoCredits>> held = credits.laosOfProvince(provinceCode)
          .collectMap(CreditReports.LaoCredits::laoCode);
      Mono<List<th.dla.carbon.identity.OfficerAppointment>> roster = officers.roster(actor, provinceCode)
          .flatMap(r -> r.appointments().collectList());
      return Mono.zip(activity, sales, laoBuyers, distinctBuyers, held, roster)
          .flatMap(t -> assemble(province, period, t.getT1(), t.getT2(), t.getT3(), t.getT4().size(), t.getT5(), t.getT6()));
    });
  }

  private Mono<CommitteeReport> assemble(th.dla.carbon.directory.Province province, Period period,
      Map<String, ListingReports.LaoListingActivity> activity, Map<String, TradeReports.LaoTradeSummary> sales,
      Map<String, List<CommitteeReport.Buyer>> laoBuyers, int buyerCount, Map<String, CreditReports.LaoCredits> held,
      List<th.dla.carbon.identity.OfficerAppointment> roster) {
    Set<String> active = new TreeSet<>(activity.keySet());
    active.addAll(sales.keySet());
    Set<String> idle = new TreeSet<>();
    held.values().stream().filter(c -> c.available() > 0 && !activity.containsKey(c.laoCode())).forEach(c -> idle.add(c.laoCode()));
    Set<String> all = new HashSet<>(active);
    all.addAll(idle);
    return Flux.fromIterable(all)
        .concatMap(code -> directory.lao(code)
            .map(Optional::of)
            .onErrorResume(LaoNotFound.class, e -> Mono.just(Optional.empty()))
            .map(lao -> Map.entry(code, lao)))
        .collectMap(Map.Entry::getKey, Map.Entry::getValue)
        .map(laos -> {
          List<CommitteeReport.LaoActivity> rows = new ArrayList<>();
          for (String code : active) {
            Optional<Lao> lao = laos.get(code);
            ListingReports.LaoListingActivity a = activity.get(code);
            TradeReports.LaoTradeSummary s = sales.get(code);
            CreditReports.LaoCredits c = held.get(code);
            rows.add(new CommitteeReport.LaoActivity(code, lao.map(Lao::fullNameTh).orElse(code), lao.map(Lao::district).orElse(""),
                a == null ? List.<ListingMode>of() : a.modes(), a == null ? 0 : a.listingsOpened(), a == null ? 0 : a.quantityListed(),
                a == null ? 0 : a.bidsReceived(), s == null ? 0 : s.trades(), s == null ? 0 : s.quantity(),
                s == null ? BigDecimal.ZERO.setScale(2) : s.value(), s == null ? null : s.minPrice(), s == null ? null : s.avgPrice(),
                s == null ? null : s.maxPrice(), s == null ? null : s.vwap(), s == null ? BigDecimal.ZERO.setScale(2) : s.revenueConfirmed(),
                s == null ? 0 : s.cancelled(), laoBuyers.getOrDefault(code, List.of()), c == null ? 0 : c.available()));
          }
          rows.sort(java.util.Comparator.comparing(CommitteeReport.LaoActivity::value).reversed()
              .thenComparing(CommitteeReport.LaoActivity::code));
          List<CommitteeReport.IdleLao> idleRows = idle.stream().map(code -> {
            Optional<Lao> lao = laos.get(code);
            CreditReports.LaoCredits c = held.get(code);
            return new CommitteeReport.IdleLao(code, lao.map(Lao::fullNameTh).orElse(code), lao.map(Lao::district).orElse(""),
                c.allocated(), c.available());
          }).sorted(java.util.Comparator.comparingLong(CommitteeReport.IdleLao::available).reversed()
              .thenComparing(CommitteeReport.IdleLao::code)).toList();
          long quantity = rows.stream().mapToLong(CommitteeReport.LaoActivity::quantity).sum();
          BigDecimal value = rows.stream().map(CommitteeReport.LaoActivity::value).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
          CommitteeReport.Totals totals = new CommitteeReport.Totals(
              rows.size(),
              (int) rows.stream().filter(r -> r.trades() > 0).count(),
              rows.stream().mapToInt(CommitteeReport.LaoActivity::listingsOpened).sum(),
              rows.stream().mapToLong(CommitteeReport.LaoActivity::quantityListed).sum(),
              rows.stream().mapToInt(CommitteeReport.LaoActivity::bidsReceived).sum(),
              rows.stream().mapToInt(CommitteeReport.LaoActivity::trades).sum(),
              quantity, value,
              quantity == 0 ? null : value.divide(BigDecimal.valueOf(quantity), 2, RoundingMode.HALF_UP),
              rows.stream().map(CommitteeReport.LaoActivity::revenue).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add),
              buyerCount, idleRows.size(), idleRows.stream().mapToLong(CommitteeReport.IdleLao::available).sum(), roster.size());
          return new CommitteeReport(province, period.from(), period.to(), clock.instant(), totals, rows, idleRows, roster);
        });
  }

  private Mono<String> buyerName(UUID buyerId) {
    return buyers.summary(buyerId).map(BuyerSummary::nameTh).defaultIfEmpty("ผู้ซื้อ " + buyerId);
  }


}
