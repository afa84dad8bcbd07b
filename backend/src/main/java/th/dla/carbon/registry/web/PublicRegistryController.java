package th.dla.carbon.registry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import th.dla.carbon.directory.Directory;
import th.dla.carbon.platform.web.FieldProblem;
import th.dla.carbon.platform.web.ProblemException;
import th.dla.carbon.platform.web.ProblemType;
import th.dla.carbon.registry.Balance;
import th.dla.carbon.registry.Issuances;
import th.dla.carbon.registry.Ledger;
import th.dla.carbon.registry.Project;
import th.dla.carbon.registry.ReportingWindow;
import th.dla.carbon.registry.SerialNumber;
import th.dla.carbon.registry.WetWasteBins;
import th.dla.carbon.registry.persistence.AccountQueries;
import th.dla.carbon.registry.persistence.IssuanceStore;
import th.dla.carbon.registry.persistence.LedgerStore;
import th.dla.carbon.registry.web.RegistryResponses.BlockView;
import th.dla.carbon.registry.web.RegistryResponses.CreditSummaryResponse;
import th.dla.carbon.registry.web.RegistryResponses.HistoryEntry;
import th.dla.carbon.registry.web.RegistryResponses.IssuanceSummary;
import th.dla.carbon.registry.web.RegistryResponses.Party;
import th.dla.carbon.registry.web.RegistryResponses.SerialResponse;
import th.dla.carbon.registry.web.RegistryResponses.VintageSummary;

/** What anyone may see: projects, serial look-up, an LAO's aggregate numbers, reporting windows. */
@RestController
@Tag(name = "Registry (public)")
class PublicRegistryController {

  private final Issuances issuances;
  private final Ledger ledger;
  private final WetWasteBins bins;
  private final Directory directory;
  private final IssuanceStore issuanceStore;
  private final LedgerStore ledgerStore;
  private final AccountQueries accountQueries;

  PublicRegistryController(Issuances issuances, Ledger ledger, WetWasteBins bins, Directory directory, IssuanceStore issuanceStore,
      LedgerStore ledgerStore, AccountQueries accountQueries) {
    this.issuances = issuances;
    this.ledger = ledger;
    this.bins = bins;
    this.directory = directory;
    this.issuanceStore = issuanceStore;
    this.ledgerStore = ledgerStore;
    this.accountQueries = accountQueries;
  }

  @GetMapping("/api/v1/projects")
  @Operation(summary = "T-VER projects whose credits the registry holds")
  Flux<Project> projects() {
    return issuances.projects();
  }

  @GetMapping("/api/v1/reporting-windows")
  @Operation(summary = "DLA's wet-waste-bin reporting windows, newest first; 'open' marks the one open today")
  Flux<ReportingWindow> windows() {
    return bins.windows();
  }

  @GetMapping("/api/v1/laos/{code}/credit-summary")
  @Operation(summary = "Public aggregate numbers of an LAO's credits, and its latest wet-waste-bin report with the estimate")
  Mono<CreditSummaryResponse> creditSummary(@PathVariable @Pattern(regexp = "\\d{7}", message = "must be a 7-digit DLA code") String code) {
    return directory.lao(code).then(Mono.zip(
        ledger.existingLaoAccount(code).flatMapMany(account -> ledger.balances(account.id())).collectList(),
        bins.reports(code).next().map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty())))
        .map(t -> {
          List<Balance> balances = t.getT1();
          Map<Integer, long[]> byVintage = new TreeMap<>();
          for (Balance b : balances) {
            long[] sums = byVintage.computeIfAbsent(b.vintage(), v -> new long[5]);
            sums[0] += b.received();
            sums[1] += b.available();
            sums[2] += b.reserved();
            sums[3] += b.sold();
            sums[4] += b.retired();
          }
          List<VintageSummary> vintages = byVintage.entrySet().stream()
              .map(e -> new VintageSummary(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3], e.getValue()[4]))
              .toList();
          return new CreditSummaryResponse(code, vintages.stream().mapToLong(VintageSummary::received).sum(),
              vintages.stream().mapToLong(VintageSummary::available).sum(), vintages.stream().mapToLong(VintageSummary::reserved).sum(),
              vintages.stream().mapToLong(VintageSummary::sold).sum(), vintages.stream().mapToLong(VintageSummary::retired).sum(),
              vintages, t.getT2().orElse(null), bins.estimate(1000));
        });
  }

  @GetMapping("/api/v1/serials/{serial}")
  @Operation(summary = "Trace a serial number: the block holding it today and its history",
      description = "Serial of one credit TVER-<project>-<vintage>-<serial, 9+ digits>, e.g. TVER-DLA-WWB-2023-000000042; "
          + "a block serial TVER-<project>-<vintage>-<first>-<last> means its first credit.")
  Mono<SerialResponse> serial(@PathVariable String serial) {
    SerialNumber parsed = SerialNumber.parse(serial).orElseThrow(() -> new ProblemException(ProblemType.VALIDATION_FAILED,
        "Not a serial number. The format is TVER-<project>-<vintage>-<serial>, e.g. TVER-DLA-WWB-2023-000000042.",
        List.of(new FieldProblem("serial", "must look like TVER-DLA-WWB-2023-000000042"))));
    return issuanceStore.containing(parsed.projectCode(), parsed.serial())
        .filter(issuance -> issuance.vintage() == parsed.vintage())
        .switchIfEmpty(Mono.error(() -> new ProblemException(ProblemType.NOT_FOUND, "No credit " + parsed + " has been issued.")))
        .flatMap(issuance -> Mono.zip(ledgerStore.blockAt(issuance.id(), parsed.serial()),
                accountQueries.history(issuance.id(), parsed.serial()).collectList())
            .flatMap(t -> ledger.account(t.getT1().ownerAccount()).map(owner -> {
              var block = t.getT1();
              List<HistoryEntry> history = t.getT2().stream().map(line -> {
                var e = line.entry();
                return new HistoryEntry(e.at(), e.reason(), e.first(), e.last(),
                    SerialNumber.block(e.projectCode(), e.vintage(), e.first(), e.last()),
                    AccountViews.party(line.fromKind(), line.fromLao()), new Party(line.toKind(), line.toLao()),
                    e.fromState(), e.toState(), e.toHolderType() != null ? e.toHolderType() : e.fromHolderType(),
                    e.toHolderId() != null ? e.toHolderId() : e.fromHolderId(), e.reference());
              }).toList();
              return new SerialResponse(parsed.toString(), issuance.projectCode(), issuance.vintage(), parsed.serial(),
                  new IssuanceSummary(issuance.id(), issuance.tgoReference(), issuance.issuedOn(), issuance.serialFirst(),
                      issuance.serialLast(), issuance.quantity()),
                  block.originLao(),
                  new BlockView(block.first(), block.last(), block.quantity(),
                      SerialNumber.block(block.projectCode(), block.vintage(), block.first(), block.last()), block.state(),
                      new Party(owner.kind().name(), owner.laoCode()), block.holderType()),
                  history);
            })));
  }
}
