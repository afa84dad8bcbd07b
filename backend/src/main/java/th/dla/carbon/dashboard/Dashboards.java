package th.dla.carbon.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import th.dla.carbon.dashboard.DashboardViews.DashboardLao;
import th.dla.carbon.dashboard.DashboardViews.DashboardLaoCounts;
import th.dla.carbon.dashboard.DashboardViews.DashboardLaoListing;
import th.dla.carbon.dashboard.DashboardViews.DashboardOpenListing;
import th.dla.carbon.dashboard.DashboardViews.DashboardProvince;
import th.dla.carbon.dashboard.DashboardViews.DashboardRebuild;
import th.dla.carbon.dashboard.DashboardViews.DashboardRetirement;
import th.dla.carbon.dashboard.DashboardViews.DashboardSale;
import th.dla.carbon.dashboard.DashboardViews.DashboardTotals;
import th.dla.carbon.dashboard.DashboardViews.LaoDashboard;
import th.dla.carbon.dashboard.DashboardViews.LaoFigures;
import th.dla.carbon.dashboard.DashboardViews.MonthFigures;
import th.dla.carbon.dashboard.DashboardViews.NationalDashboard;
import th.dla.carbon.dashboard.DashboardViews.ProvinceDashboard;
import th.dla.carbon.dashboard.DashboardViews.ProvinceFigures;
import th.dla.carbon.dashboard.DashboardViews.TopProvince;
import th.dla.carbon.dashboard.DashboardViews.TopProvinces;
import th.dla.carbon.dashboard.DashboardViews.VintageCredits;
import th.dla.carbon.dashboard.DashboardViews.VintagePrice;
import th.dla.carbon.dashboard.internal.LaoPlaces;
import th.dla.carbon.dashboard.internal.Months;
import th.dla.carbon.dashboard.internal.Rebuild;
import th.dla.carbon.dashboard.persistence.FigureQueries;
import th.dla.carbon.dashboard.persistence.FigureQueries.BinsRow;
import th.dla.carbon.dashboard.persistence.FigureQueries.Sums;
import th.dla.carbon.directory.Directory;
import th.dla.carbon.directory.DirectoryFacts;
import th.dla.carbon.directory.Lao;
import th.dla.carbon.directory.Province;
import th.dla.carbon.identity.BuyerCounts;
import th.dla.carbon.market.ListingState;
import th.dla.carbon.market.ListingView;
import th.dla.carbon.market.Listings;
import th.dla.carbon.registry.WetWasteBins;

/**
 * The public dashboards. Every figure is read from the module's aggregates (a bounded number of rows whatever the
 * history); lists of current things (open listings) come from the market's public API.
 */
@Service
public class Dashboards {

  static final int MONTHS = 24;
  static final int TOP = 5;
  static final int MAX_RETIREMENTS = 50;
  static final int MAX_SALES = 100;
  static final int MAX_LISTINGS = 100;

  private final FigureQueries figures;
  private final Directory directory;
  private final DirectoryFacts directoryFacts;
  private final LaoPlaces places;
  private final BuyerCounts buyers;
  private final Listings listings;
  private final WetWasteBins bins;
  private final Rebuild rebuild;
  private final Clock clock;

  Dashboards(FigureQueries figures, Directory directory, DirectoryFacts directoryFacts, LaoPlaces places, BuyerCounts buyers,
      Listings listings, WetWasteBins bins, Rebuild rebuild) {
    this.figures = figures;
    this.directory = directory;
    this.directoryFacts = directoryFacts;
    this.places = places;
    this.buyers = buyers;
    this.listings = listings;
    this.bins = bins;
    this.rebuild = rebuild;
    this.clock = Clock.systemUTC();
  }

  public Mono<NationalDashboard> national() {
    Mono<Map<String, Sums>> sums = figures.provinces(null).collectMap(Sums::key);
    return Mono.zip(figures.asOf(null, null), directory.provinces().collectList(), sums, directoryFacts.laoCountsByProvince(),
            buyers.verified(), prices(null, null), monthly(null))
        .map(t -> {
          List<ProvinceFigures> provinces = new ArrayList<>();
          for (Province p : t.getT2()) {
            Sums s = t.getT3().getOrDefault(p.code(), empty(p.code()));
            provinces.add(new ProvinceFigures(p.code(), p.nameTh(), p.nameEn(), p.region().name(), p.gridCol(), p.gridRow(),
                s.allocated(), s.available(), s.listed(), s.sold(), s.retired(), money(s.revenue()),
                s.laosHolding(), s.laosListing(), s.laosSelling()));
          }
          Sums all = total("TH", t.getT3().values());
          long laoTotal = t.getT4().values().stream().mapToLong(Long::longValue).sum();
          Map<String, Province> byCode = new LinkedHashMap<>();
          t.getT2().forEach(p -> byCode.put(p.code(), p));
          TopProvinces top = new TopProvinces(
              top(provinces, f -> BigDecimal.valueOf(f.sold())), top(provinces, f -> BigDecimal.valueOf(f.retired())),
              top(provinces, ProvinceFigures::revenue), top(provinces, f -> BigDecimal.valueOf(f.available())));
          return new NationalDashboard(t.getT1(), totals(all), counts(laoTotal, all), t.getT5(), money(all.revenue()),
              t.getT6(), t.getT7(), provinces, top);
        });
  }

  public Mono<ProvinceDashboard> province(String code) {
    return directory.province(code).flatMap(p -> {
      Mono<Sums> sums = figures.provinces(code).next().defaultIfEmpty(empty(code));
      Mono<Long> laoTotal = directoryFacts.laoCountsByProvince().map(m -> m.getOrDefault(code, 0L));
      Mono<List<DashboardOpenListing>> open = listings.search(new Listings.Search(code, null, null, null, ListingState.OPEN,
              null, null, "newest", 0, MAX_LISTINGS))
          .map(page -> page.items().stream().map(Dashboards::openListing).toList());
      Mono<List<DashboardRetirement>> retirements = figures.retirements(code, MAX_RETIREMENTS)
          .map(r -> new DashboardRetirement(r.certificateNo(), r.buyerName(), r.quantity(), r.vintage(), r.retiredAt(), r.beneficiary()))
          .collectList();
      return Mono.zip(figures.asOf(code, null), sums, laoTotal, prices(code, null), monthly(code), laoRows(code), open, retirements)
          .map(t -> new ProvinceDashboard(t.getT1(), new DashboardProvince(p.code(), p.nameTh(), p.nameEn(), p.region().name()),
              totals(t.getT2()), counts(t.getT3(), t.getT2()), money(t.getT2().revenue()), t.getT4(), t.getT5(), t.getT6(),
              t.getT7(), t.getT8()));
    });
  }

  public Mono<LaoDashboard> lao(String code) {
    return directory.lao(code).flatMap(lao -> directory.province(lao.provinceCode()).flatMap(province -> {
      Mono<BinsRow> binRow = figures.binsOf(code).defaultIfEmpty(new BinsRow(code, 0, 0));
      Mono<List<VintageCredits>> credits = figures.vintages(null, code)
          .map(v -> new VintageCredits(v.vintage(), v.allocated(), v.available(), v.listed(), v.sold(), v.retired())).collectList();
      Mono<List<DashboardLaoListing>> laoListings = Flux.fromIterable(List.of(ListingState.OPEN, ListingState.SOLD_OUT,
              ListingState.CLOSED, ListingState.EXPIRED))
          .concatMap(state -> listings.search(new Listings.Search(null, code, null, null, state, null, null, "newest", 0, MAX_LISTINGS))
              .flatMapIterable(page -> page.items()))
          .sort(Comparator.comparing(ListingView::createdAt).reversed())
          .take(MAX_LISTINGS)
          .map(l -> new DashboardLaoListing(l.id(), l.mode().name(), l.state().name(), l.vintage(), l.quantity(), l.remaining(),
              l.unitPrice(), l.approvedAt(), l.endsAt()))
          .collectList();
      Mono<List<DashboardSale>> sales = figures.sales(code, MAX_SALES)
          .map(s -> new DashboardSale(s.createdAt().atZone(Months.THAILAND).toLocalDate(), s.vintage(), s.quantity(), s.unitPrice(),
              money(s.value())))
          .collectList();
      return Mono.zip(figures.asOf(null, code), binRow, credits, laoListings, sales)
          .map(t -> new LaoDashboard(t.getT1(), new DashboardLao(lao.code(), lao.fullNameTh(), lao.type().name(), lao.provinceCode(),
                  province.nameTh(), lao.district()),
              t.getT2().households(), t.getT2().bins(), bins.estimate(t.getT2().households()).creditsPerYear(), t.getT3(), t.getT4(),
              t.getT5()));
    }));
  }

  /** Recomputes every aggregate from the source modules (see {@link Rebuild}). */
  public Mono<DashboardRebuild> rebuild() {
    return rebuild.run().map(r -> new DashboardRebuild(r.rebuiltAt(), r.laos(), r.provinces(), r.months()));
  }

  // ---- parts ----------------------------------------------------------------------------------------------

  private Mono<List<LaoFigures>> laoRows(String provinceCode) {
    return Mono.zip(figures.laosOf(provinceCode).collectMap(Sums::key), figures.binsOfProvince(provinceCode).collectMap(BinsRow::laoCode))
        .flatMap(t -> {
          java.util.SortedSet<String> codes = new java.util.TreeSet<>(t.getT1().keySet());
          codes.addAll(t.getT2().keySet());
          return Flux.fromIterable(codes)
              .concatMap(lao -> places.lao(lao).map(l -> row(l, t.getT1().get(lao), t.getT2().get(lao))).onErrorResume(e -> Mono.empty()))
              .collectList();
        });
  }

  private LaoFigures row(Lao lao, @Nullable Sums s, @Nullable BinsRow b) {
    Sums sums = s == null ? empty(lao.code()) : s;
    long households = b == null ? 0 : b.households();
    return new LaoFigures(lao.code(), lao.fullNameTh(), lao.type().name(), lao.district(), sums.allocated(), sums.available(),
        sums.listed(), sums.sold(), sums.retired(), money(sums.revenue()), households, b == null ? 0 : b.bins(),
        bins.estimate(households).creditsPerYear());
  }

  private Mono<List<VintagePrice>> prices(@Nullable String provinceCode, @Nullable String laoCode) {
    return figures.vintages(provinceCode, laoCode)
        .map(v -> new VintagePrice(v.vintage(), v.lastPrice(), v.lastTradeAt(), average(v.tradedValue(), v.sold()), v.sold()))
        .collectList();
  }

  private Mono<List<MonthFigures>> monthly(@Nullable String provinceCode) {
    YearMonth current = YearMonth.from(clock.instant().atZone(Months.THAILAND));
    YearMonth first = current.minusMonths(MONTHS - 1);
    return figures.months(provinceCode, first.atDay(1)).collectMap(FigureQueries.MonthRow::month).map(rows -> {
      List<MonthFigures> out = new ArrayList<>(MONTHS);
      for (YearMonth m = first; !m.isAfter(current); m = m.plusMonths(1)) {
        FigureQueries.MonthRow row = rows.get(m.atDay(1));
        long volume = row == null ? 0 : row.volume();
        BigDecimal value = row == null ? BigDecimal.ZERO : row.value();
        out.add(new MonthFigures(m.toString(), volume, money(value), average(value, volume), row == null ? 0 : row.retired()));
      }
      return out;
    });
  }

  private static DashboardOpenListing openListing(ListingView l) {
    return new DashboardOpenListing(l.id(), l.laoCode(), l.laoNameTh(), l.mode().name(), l.vintage(), l.remaining(), l.unitPrice(),
        l.endsAt());
  }

  private static List<TopProvince> top(List<ProvinceFigures> provinces, Function<ProvinceFigures, BigDecimal> measure) {
    return provinces.stream()
        .filter(p -> measure.apply(p).signum() > 0)
        .sorted(Comparator.comparing(measure).reversed().thenComparing(ProvinceFigures::code))
        .limit(TOP)
        .map(p -> new TopProvince(p.code(), p.nameTh(), p.nameEn(), measure.apply(p)))
        .toList();
  }

  private static Sums empty(String key) {
    return new Sums(key, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO, 0, 0, 0);
  }

  private static Sums total(String key, java.util.Collection<Sums> all) {
    ToLongFunction<ToLongFunction<Sums>> sum = f -> all.stream().mapToLong(f).sum();
    return new Sums(key, sum.applyAsLong(Sums::allocated), sum.applyAsLong(Sums::held), sum.applyAsLong(Sums::available),
        sum.applyAsLong(Sums::listed), sum.applyAsLong(Sums::sold), sum.applyAsLong(Sums::retired),
        all.stream().map(Sums::revenue).reduce(BigDecimal.ZERO, BigDecimal::add),
        sum.applyAsLong(Sums::laosHolding), sum.applyAsLong(Sums::laosListing), sum.applyAsLong(Sums::laosSelling));
  }

  private static DashboardTotals totals(Sums s) {
    return new DashboardTotals(s.allocated(), s.allocated(), s.listed(), s.sold(), s.retired(), s.available());
  }

  private static DashboardLaoCounts counts(long total, Sums s) {
    return new DashboardLaoCounts(total, s.laosHolding(), s.laosListing(), s.laosSelling());
  }

  static BigDecimal money(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_EVEN);
  }

  /** Value ÷ volume, THB with 2 decimals (half-even); null when nothing was traded. */
  static @Nullable BigDecimal average(BigDecimal value, long volume) {
    return volume == 0 ? null : value.divide(BigDecimal.valueOf(volume), 2, RoundingMode.HALF_EVEN);
  }

  static LocalDate today(Clock clock) {
    return clock.instant().atZone(Months.THAILAND).toLocalDate();
  }
}
