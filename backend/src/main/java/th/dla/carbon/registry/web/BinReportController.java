package th.dla.carbon.registry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import th.dla.carbon.registry.BinReport;
import th.dla.carbon.registry.WetWasteBins;

@RestController
@Tag(name = "Wet-waste-bin data")
class BinReportController {

  record BinReportBody(
      @NotNull(message = "is required") @Min(value = 0, message = "must be 0 or more") @Max(value = 100_000_000, message = "is too large") Long households,
      @NotNull(message = "is required") @Min(value = 0, message = "must be 0 or more") @Max(value = 100_000_000, message = "is too large") Long bins) {}

  private final WetWasteBins bins;
  private final LaoAccess access;

  BinReportController(WetWasteBins bins, LaoAccess access) {
    this.bins = bins;
    this.access = access;
  }

  @PostMapping("/api/v1/laos/{code}/bin-reports")
  @Operation(summary = "Report households taking part and bins in use, within the reporting window open today (LAO officers)",
      description = "409 reporting-window-closed when no window is open. A second report in the same window replaces the first.")
  Mono<ResponseEntity<BinReport>> submit(@PathVariable @Pattern(regexp = "\\d{7}", message = "must be a 7-digit DLA code") String code,
      @Valid @RequestBody BinReportBody body) {
    return access.report(code)
        .flatMap(granted -> bins.submit(code, body.households(), body.bins(), granted.actor().username()))
        .map(report -> ResponseEntity.created(URI.create("/api/v1/laos/" + code + "/bin-reports")).body(report));
  }

  @GetMapping("/api/v1/laos/{code}/bin-reports")
  @Operation(summary = "The LAO's wet-waste-bin reports, newest period first, each with its carbon estimate and the arithmetic")
  Flux<BinReport> reports(@PathVariable @Pattern(regexp = "\\d{7}", message = "must be a 7-digit DLA code") String code) {
    return access.read(code).flatMapMany(granted -> bins.reports(code));
  }
}
