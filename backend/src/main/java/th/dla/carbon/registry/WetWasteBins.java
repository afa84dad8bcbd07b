package th.dla.carbon.registry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import th.dla.carbon.audit.AuditEvent;
import th.dla.carbon.audit.AuditLog;
import th.dla.carbon.directory.Directory;
import th.dla.carbon.platform.web.FieldProblem;
import th.dla.carbon.platform.web.ProblemException;
import th.dla.carbon.platform.web.ProblemType;
import th.dla.carbon.registry.internal.ActingUser;
import th.dla.carbon.registry.persistence.BinStore;

/**
 * Wet-waste-bin data, where the credits come from: DLA opens reporting windows; while one is open, LAO officers
 * report how many households take part and how many bins are in use; the product estimates the creditable
 * reduction as {@code households × factor} tCO2e per year. Dates are taken in Thailand (Asia/Bangkok).
 */
@Service
public class WetWasteBins {

  public static final ZoneId THAILAND = ZoneId.of("Asia/Bangkok");
  public static final String FACTOR_SOURCE = "DLA, October 2022: 2,716,651 households with wet-waste bins reduce "
      + "122,711.5 tCO2e per year; 122,711.5 ÷ 2,716,651 ≈ 0.0452 tCO2e per household per year "
      + "(setting carbon.registry.tco2e-per-household, environment variable CARBON_TCO2E_PER_HOUSEHOLD)";

  private final BinStore store;
  private final Directory directory;
  private final AuditLog audit;
  private final BigDecimal factor;
  private final TransactionalOperator tx;
  private final Clock clock;

  WetWasteBins(BinStore store, Directory directory, AuditLog audit, ReactiveTransactionManager transactionManager,
      @Value("${carbon.registry.tco2e-per-household:0.0452}") BigDecimal factor) {
    if (factor.signum() <= 0) {
      throw new IllegalArgumentException("carbon.registry.tco2e-per-household must be positive, was " + factor);
    }
    this.store = store;
    this.directory = directory;
    this.audit = audit;
    this.factor = factor;
    this.tx = TransactionalOperator.create(transactionManager);
    this.clock = Clock.system(THAILAND);
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public BigDecimal factor() {
    return factor;
  }

  /** Opens a reporting window. Windows may not overlap (409 {@code conflict}). */
  public Mono<ReportingWindow> openWindow(String title, LocalDate periodStart, LocalDate periodEnd, LocalDate opensOn, LocalDate closesOn) {
    List<FieldProblem> errors = new ArrayList<>();
    if (periodEnd.isBefore(periodStart)) {
      errors.add(new FieldProblem("periodEnd", "must not be before periodStart"));
    }
    if (closesOn.isBefore(opensOn)) {
      errors.add(new FieldProblem("closesOn", "must not be before opensOn"));
    }
    if (!errors.isEmpty()) {
      return Mono.error(new ProblemException(ProblemType.VALIDATION_FAILED, "The reporting window is not valid.", errors));
    }
    return store.insertWindow(title.strip(), periodStart, periodEnd, opensOn, closesOn)
        .flatMap(row -> ActingUser.current().flatMap(who -> audit.append(new AuditEvent("registry:reporting-window:" + row.id(),
                "reporting-window.opened", "reporting-window", Long.toString(row.id()), who.id(), who.name(),
                Map.of("title", row.title(), "periodStart", periodStart, "periodEnd", periodEnd, "opensOn", opensOn, "closesOn", closesOn))))
            .thenReturn(window(row)))
        .as(tx::transactional)
        .onErrorMap(DataIntegrityViolationException.class, e -> Issuances.isConstraint(e, "reporting_window_no_overlap")
            ? new ProblemException(ProblemType.CONFLICT, "Another reporting window is open on some of the days " + opensOn + " – " + closesOn + ".",
                List.of(new FieldProblem("opensOn", "overlaps another reporting window")))
            : e);
  }

  public Flux<ReportingWindow> windows() {
    return store.windows().map(this::window);
  }

  /**
   * Records an LAO's figures in the window open today (a second report in the same window replaces the first).
   * 409 {@code reporting-window-closed} when no window is open.
   */
  public Mono<BinReport> submit(String laoCode, long households, long bins, String submittedBy) {
    LocalDate today = today();
    return directory.lao(laoCode)
        .then(store.openOn(today).switchIfEmpty(Mono.defer(() -> store.nextAfter(today)
            .flatMap(next -> Mono.<BinStore.WindowRow>error(new ReportingWindowClosed("No reporting window is open today (" + today
                + "); the next one, \"" + next.title() + "\", opens on " + next.opensOn() + ".")))
            .switchIfEmpty(Mono.error(() -> new ReportingWindowClosed("No reporting window is open today (" + today
                + "); DLA announces when the next one opens."))))))
        .flatMap(window -> store.upsertReport(window.id(), laoCode, households, bins, submittedBy)
            .flatMap(row -> ActingUser.current().flatMap(who -> audit.append(new AuditEvent("registry:bin-reports:" + laoCode,
                    "bin-report.submitted", "lao", laoCode, who.id(), who.name(),
                    Map.of("windowId", window.id(), "households", households, "bins", bins))))
                .thenReturn(report(row)))
            .as(tx::transactional));
  }

  /** The LAO's reports, newest period first. */
  public Flux<BinReport> reports(String laoCode) {
    return directory.lao(laoCode).thenMany(store.reports(laoCode)).map(this::report);
  }

  /** {@code households × factor} tCO2e per year, whole credits rounded down, with the arithmetic in words. */
  public CarbonEstimate estimate(long households) {
    BigDecimal tonnes = factor.multiply(BigDecimal.valueOf(households));
    long credits = tonnes.setScale(0, RoundingMode.FLOOR).longValueExact();
    DecimalFormat grouping = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    String arithmetic = grouping.format(households) + " households × " + factor.toPlainString() + " tCO2e per household per year = "
        + tonnes.toPlainString() + " tCO2e per year, i.e. " + grouping.format(credits) + " whole credits per year";
    return new CarbonEstimate(households, factor, tonnes, credits, arithmetic, FACTOR_SOURCE);
  }

  private ReportingWindow window(BinStore.WindowRow row) {
    LocalDate today = today();
    return new ReportingWindow(row.id(), row.title(), row.periodStart(), row.periodEnd(), row.opensOn(), row.closesOn(),
        !today.isBefore(row.opensOn()) && !today.isAfter(row.closesOn()));
  }

  private BinReport report(BinStore.ReportRow row) {
    return new BinReport(row.id(), row.laoCode(), row.windowId(), row.windowTitle(), row.periodStart(), row.periodEnd(),
        row.households(), row.bins(), row.submittedBy(), row.submittedAt(), estimate(row.households()));
  }

}
