package th.dla.carbon.reporting.exports;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import th.dla.carbon.directory.Directory;
import th.dla.carbon.directory.Lao;
import th.dla.carbon.identity.AccessDenied;
import th.dla.carbon.identity.Actor;
import th.dla.carbon.identity.BuyerSummary;
import th.dla.carbon.identity.Buyers;
import th.dla.carbon.identity.Role;
import th.dla.carbon.market.ListingReports;
import th.dla.carbon.platform.pdf.ThaiDates;
import th.dla.carbon.platform.web.FieldProblem;
import th.dla.carbon.platform.web.ProblemException;
import th.dla.carbon.platform.web.ProblemType;
import th.dla.carbon.reporting.committee.CommitteeReports;
import th.dla.carbon.reporting.tables.Column;
import th.dla.carbon.settlement.RetirementReports;
import th.dla.carbon.settlement.TradeReports;

/**
 * Exports of listings, trades and retirements as a stream of rows, scoped to the caller: the public (and anyone
 * signed in without a scope of their own) gets anonymised rows — no buyer names or ids, only the buyer's type, sales
 * only, listings the catalogue shows; a buyer its own trades and retirements with names; an LAO officer its LAOs'
 * rows; a provincial officer its province's; a DLA administrator everything. Asking for a province or an LAO
 * outside one's scope is refused (403) rather than silently emptied.
 *
 * <p>Rows are read from the other modules' report queries page by page as the response is written: memory holds a
 * page, whatever the size of the export. {@code carbon.exports.rows} counts the records read.
 */
@Service
public class Exports {

  public enum Dataset {
    LISTINGS("listings", "ประกาศขาย"), TRADES("trades", "การซื้อขาย"), RETIREMENTS("retirements", "การชดเชยคาร์บอนเครดิต");

    public final String slug;
    public final String nameTh;

    Dataset(String slug, String nameTh) {
      this.slug = slug;
      this.nameTh = nameTh;
    }

    public static Dataset of(String slug) {
      return Arrays.stream(values()).filter(d -> d.slug.equals(slug)).findFirst()
          .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No export named " + slug + "."));
    }
  }

  /** Filters asked for in the query string, all optional: province code, LAO code, Bangkok dates (inclusive). */
  public record Criteria(@Nullable String province, @Nullable String lao, @Nullable String from, @Nullable String to) {}

  /** A table to write: its sheet name, columns, and rows (read lazily). */
  public record Table(String sheetName, List<Column> columns, Flux<List<Object>> rows) {}

  /** Whose rows, and whether buyers are named. {@code null} lists mean "everywhere". */
  record Scope(boolean named, boolean officer, @Nullable List<String> provinces, @Nullable List<String> laos, @Nullable UUID buyerId) {}

  static final int PAGE = 1000;

  private final ListingReports listings;
  private final TradeReports trades;
  private final RetirementReports retirements;
  private final Directory directory;
  private final Buyers buyers;
  private final MeterRegistry meters;

  Exports(ListingReports listings, TradeReports trades, RetirementReports retirements, Directory directory, Buyers buyers,
      MeterRegistry meters) {
    this.listings = listings;
    this.trades = trades;
    this.retirements = retirements;
    this.directory = directory;
    this.buyers = buyers;
    this.meters = meters;
  }

  /** The table, after validating the criteria (400) and the caller's scope (403); rows are read when subscribed. */
  public Table table(@Nullable Actor actor, Dataset dataset, Criteria criteria) {
    List<FieldProblem> problems = new ArrayList<>();
    String province = code(criteria.province(), "province", "\\d{2}", "must be a 2-digit province code", problems);
    String lao = code(criteria.lao(), "lao", "\\d{7}", "must be a 7-digit LAO code", problems);
    LocalDate from = date(criteria.from(), "from", problems);
    LocalDate to = date(criteria.to(), "to", problems);
    if (from != null && to != null && from.isAfter(to)) {
      problems.add(new FieldProblem("from", "must not be after to (" + to + ")"));
    }
    if (!problems.isEmpty()) {
      throw new ProblemException(ProblemType.VALIDATION_FAILED, "Some filters are not valid.", problems);
    }
    Scope scope = scope(actor, dataset, province, lao);
    Instant start = from == null ? null : from.atStartOfDay(ThaiDates.BANGKOK).toInstant();
    Instant end = to == null ? null : to.plusDays(1).atStartOfDay(ThaiDates.BANGKOK).toInstant();
    Counter read = meters.counter("carbon.exports.rows", "dataset", dataset.slug);
    Lookups lookups = new Lookups();
    return switch (dataset) {
      case LISTINGS -> new Table("listings", ListingColumns.COLUMNS, listings
          .stream(new ListingReports.ListingFilter(scope.provinces(), scope.laos(), start, end, !scope.officer()), PAGE)
          .doOnNext(r -> read.increment())
          .map(ListingColumns::row));
      case TRADES -> new Table("trades", TradeColumns.columns(scope.named()), trades
          .stream(new TradeReports.TradeFilter(scope.provinces(), scope.laos(), scope.buyerId(), start, end, scope.named()), PAGE)
          .doOnNext(r -> read.increment())
          .concatMap(r -> Mono.zip(lookups.laoName(r.laoCode()), lookups.buyer(r.buyerId()))
              .map(t -> TradeColumns.row(r, t.getT1(), t.getT2(), scope.named())), 64));
      case RETIREMENTS -> new Table("retirements", RetirementColumns.columns(scope.named()), retirements
          .stream(new RetirementReports.RetirementFilter(scope.provinces(), scope.laos(), scope.buyerId(), start, end), PAGE)
          .doOnNext(r -> read.increment())
          .concatMap(r -> Mono.zip(lookups.laoName(r.originLaoCode()), lookups.buyer(r.buyerId()))
              .map(t -> RetirementColumns.row(r, t.getT1(), t.getT2(), scope.named())), 64));
    };
  }

  /** The caller's scope narrowed by the criteria; a province or LAO outside the caller's own is refused. */
  static Scope scope(@Nullable Actor actor, Dataset dataset, @Nullable String province, @Nullable String lao) {
    List<String> provinces = province == null ? null : List.of(province);
    List<String> laos = lao == null ? null : List.of(lao);
    if (actor != null && actor.isAdmin()) {
      return new Scope(true, true, provinces, laos, null);
    }
    if (actor != null && actor.has(Role.PROVINCE_OFFICER) && !actor.provinceCodes().isEmpty()) {
      Set<String> own = new TreeSet<>(actor.provinceCodes());
      if (province != null && !own.contains(province) || lao != null && !own.contains(lao.substring(1, 3))) {
        throw new AccessDenied("A provincial office exports its own province's rows: " + String.join(", ", own) + ".");
      }
      return new Scope(true, true, provinces == null ? List.copyOf(own) : provinces, laos, null);
    }
    if (actor != null && actor.has(Role.LAO_OFFICER) && !actor.laoCodes().isEmpty()) {
      Set<String> own = new TreeSet<>(actor.laoCodes());
      if (lao != null && !own.contains(lao)) {
        throw new AccessDenied("An LAO officer exports its own LAO's rows: " + String.join(", ", own) + ".");
      }
      return new Scope(true, true, provinces, laos == null ? List.copyOf(own) : laos, null);
    }
    if (actor != null && actor.has(Role.BUYER) && actor.buyerId() != null && dataset != Dataset.LISTINGS) {
      return new Scope(true, false, provinces, laos, actor.buyerId());
    }
    return new Scope(false, false, provinces, laos, null);
  }

  private static @Nullable String code(@Nullable String value, String field, String pattern, String message, List<FieldProblem> problems) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (!value.strip().matches(pattern)) {
      problems.add(new FieldProblem(field, message));
      return null;
    }
    return value.strip();
  }

  private static @Nullable LocalDate date(@Nullable String value, String field, List<FieldProblem> problems) {
    return CommitteeReports.date(value, field, problems);
  }

  /** Names looked up once per export: LAOs and buyers repeat across rows. */
  private final class Lookups {
    private final Map<String, Mono<String>> laos = new ConcurrentHashMap<>();
    private final Map<UUID, Mono<Optional<BuyerSummary>>> buyerSummaries = new ConcurrentHashMap<>();

    Mono<String> laoName(String code) {
      return laos.computeIfAbsent(code, c -> directory.lao(c).map(Lao::fullNameTh).onErrorReturn(c).cache());
    }

    Mono<Optional<BuyerSummary>> buyer(UUID id) {
      return buyerSummaries.computeIfAbsent(id, b -> buyers.summary(b).map(Optional::of).defaultIfEmpty(Optional.empty()).cache());
    }
  }

  static String joined(List<?> values) {
    return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }
}
