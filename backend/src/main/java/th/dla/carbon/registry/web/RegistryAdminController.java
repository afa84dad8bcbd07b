package th.dla.carbon.registry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import th.dla.carbon.platform.web.PageResponse;
import th.dla.carbon.platform.web.ProblemException;
import th.dla.carbon.platform.web.ProblemType;
import th.dla.carbon.registry.Issuance;
import th.dla.carbon.registry.IssuancePlan;
import th.dla.carbon.registry.IssuanceRequest;
import th.dla.carbon.registry.Issuances;
import th.dla.carbon.registry.Ledger;
import th.dla.carbon.registry.LedgerVerification;
import th.dla.carbon.registry.ReportingWindow;
import th.dla.carbon.registry.WetWasteBins;

/** DLA administration of the registry: issuances with their allocation, the ledger proof, reporting windows. */
@RestController
@Tag(name = "Registry administration")
class RegistryAdminController {

  /** The JSON issuance of docs/api.md. */
  record IssuanceBody(@Nullable String projectCode, @Nullable Integer vintage, @Nullable Long serialFirst, @Nullable Long serialLast,
      @Nullable String tgoReference, @Nullable LocalDate issuedOn, @Nullable List<AllocationBody> allocations) {

    IssuanceRequest toRequest() {
      return new IssuanceRequest(projectCode, vintage, serialFirst, serialLast, tgoReference, issuedOn,
          allocations == null ? null : allocations.stream()
              .map(a -> a == null ? null : new IssuanceRequest.AllocationLine(a.laoCode(), a.quantity())).toList());
    }
  }

  record AllocationBody(@Nullable String laoCode, @Nullable Long quantity) {}

  record WindowBody(@NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String title,
      @NotNull(message = "is required") LocalDate periodStart, @NotNull(message = "is required") LocalDate periodEnd,
      @NotNull(message = "is required") LocalDate opensOn, @NotNull(message = "is required") LocalDate closesOn) {}

  private final Issuances issuances;
  private final Ledger ledger;
  private final WetWasteBins bins;
  private final IssuanceCsv csv;

  RegistryAdminController(Issuances issuances, Ledger ledger, WetWasteBins bins, IssuanceCsv csv) {
    this.issuances = issuances;
    this.ledger = ledger;
    this.bins = bins;
    this.csv = csv;
  }

  @PostMapping(path = "/api/v1/admin/issuances", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Record a T-VER issuance and its allocation to LAOs (201; 200 for an identical repeat of the TGO reference)")
  Mono<ResponseEntity<Issuance>> create(@RequestBody IssuanceBody body) {
    return issuances.create(body.toRequest()).map(RegistryAdminController::created);
  }

  @PostMapping(path = "/api/v1/admin/issuances", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Record an issuance with its allocation as a CSV upload",
      description = "Multipart form: fields projectCode, vintage, serialFirst, serialLast, tgoReference, issuedOn (yyyy-MM-dd) "
          + "and the file part 'file': UTF-8 CSV with the header lao_code,quantity and one LAO per line, in serial order. "
          + "Errors name the CSV line ('line 4').")
  Mono<ResponseEntity<Issuance>> createFromCsv(ServerWebExchange exchange) {
    return csv.read(exchange).flatMap(upload -> upload.problems().isEmpty()
        ? issuances.create(upload.request()).map(RegistryAdminController::created)
        : issuances.preview(upload.request()).flatMap(plan -> Mono.error(new ProblemException(ProblemType.VALIDATION_FAILED,
            "The issuance was not recorded.", IssuanceCsv.merge(upload.problems(), plan.errors())))));
  }

  @PostMapping(path = "/api/v1/admin/issuances/preview", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Validate an issuance and show the blocks it would allocate, without recording anything")
  Mono<IssuancePlan> preview(@RequestBody IssuanceBody body) {
    return issuances.preview(body.toRequest());
  }

  @PostMapping(path = "/api/v1/admin/issuances/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Preview of the CSV upload variant (same form as POST /api/v1/admin/issuances)")
  Mono<IssuancePlan> previewCsv(ServerWebExchange exchange) {
    return csv.read(exchange).flatMap(upload -> issuances.preview(upload.request()).map(plan -> upload.problems().isEmpty() ? plan
        : new IssuancePlan(false, plan.quantity(), plan.allocated(), plan.blocks(), IssuanceCsv.merge(upload.problems(), plan.errors()),
            plan.existingIssuanceId(), plan.identical())));
  }

  @GetMapping("/api/v1/admin/issuances")
  @Operation(summary = "Issuances, newest vintage first")
  Mono<PageResponse<Issuance>> list(
      @RequestParam(defaultValue = "0") @Min(value = 0, message = "must be 0 or more") @Max(value = 100_000, message = "is too large") int page,
      @RequestParam(defaultValue = "20") @Min(value = 1, message = "must be between 1 and 200") @Max(value = 200, message = "must be between 1 and 200") int size) {
    return issuances.page(page, size);
  }

  @GetMapping("/api/v1/admin/issuances/{id}")
  @Operation(summary = "One issuance with its allocation")
  Mono<Issuance> issuance(@PathVariable UUID id) {
    return issuances.issuance(id);
  }

  @GetMapping("/api/v1/admin/ledger/verify")
  @Operation(summary = "Prove the ledger: blocks tile every issuance exactly and journal totals equal balances")
  Mono<LedgerVerification> verify() {
    return ledger.verify();
  }

  @PostMapping("/api/v1/admin/reporting-windows")
  @Operation(summary = "Open a wet-waste-bin reporting window (windows may not overlap)")
  Mono<ResponseEntity<ReportingWindow>> openWindow(@Valid @RequestBody WindowBody body) {
    return bins.openWindow(body.title(), body.periodStart(), body.periodEnd(), body.opensOn(), body.closesOn())
        .map(window -> ResponseEntity.created(URI.create("/api/v1/reporting-windows")).body(window));
  }

  private static ResponseEntity<Issuance> created(Issuances.Outcome outcome) {
    if (!outcome.created()) {
      return ResponseEntity.ok(outcome.issuance());
    }
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(URI.create("/api/v1/admin/issuances/" + outcome.issuance().id()))
        .body(outcome.issuance());
  }
}
