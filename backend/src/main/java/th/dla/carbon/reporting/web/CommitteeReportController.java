package th.dla.carbon.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import th.dla.carbon.identity.CurrentActor;
import th.dla.carbon.reporting.committee.CommitteeReport;
import th.dla.carbon.reporting.committee.CommitteeReportPdf;
import th.dla.carbon.reporting.committee.CommitteeReportTables;
import th.dla.carbon.reporting.committee.CommitteeReports;
import th.dla.carbon.reporting.tables.Xlsx;

@RestController
@Tag(name = "Reports", description = "The provincial committee report and exports of listings, trades and retirements")
class CommitteeReportController {

  private final CommitteeReports reports;
  private final CommitteeReportPdf pdf;
  private final CommitteeReportTables tables;

  CommitteeReportController(CommitteeReports reports, CommitteeReportPdf pdf, CommitteeReportTables tables) {
    this.reports = reports;
    this.pdf = pdf;
    this.tables = tables;
  }

  @GetMapping("/api/v1/provinces/{code}/committee-report")
  @Operation(summary = "The province's report to its solid-waste committee: each LAO's trading channel and activity, LAOs "
      + "with credits but no listing, the officer roster (provincial office of that province, DLA admin). Period at most "
      + CommitteeReports.MAX_YEARS + " years; to defaults to today (Bangkok), from to three months before to.")
  @ApiResponse(responseCode = "200", content = {
      @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
      @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
      @Content(mediaType = Xlsx.CONTENT_TYPE, schema = @Schema(type = "string", format = "binary"))})
  Mono<ResponseEntity<byte[]>> committeeReport(
      @PathVariable @Pattern(regexp = "\\d{2}", message = "must be a 2-digit province code") String code,
      @Parameter(description = "first day, YYYY-MM-DD (Bangkok)", schema = @Schema(type = "string", format = "date"))
      @RequestParam(required = false) String from,
      @Parameter(description = "last day, YYYY-MM-DD (Bangkok), inclusive", schema = @Schema(type = "string", format = "date"))
      @RequestParam(required = false) String to,
      @RequestParam(defaultValue = "pdf") @Pattern(regexp = "pdf|csv|xlsx", message = "must be pdf, csv or xlsx") String format) {
    return CurrentActor.require().flatMap(actor -> {
      CommitteeReports.Period period = reports.period(from, to);
      return reports.report(actor, code, period).flatMap(report -> switch (format) {
        case "csv" -> Mono.just(file(report, "csv", new MediaType("text", "csv", StandardCharsets.UTF_8), CommitteeReportTables.csv(report)));
        case "xlsx" -> tables.xlsx(report).map(bytes -> file(report, "xlsx", MediaType.parseMediaType(Xlsx.CONTENT_TYPE), bytes));
        default -> pdf.render(report).map(bytes -> file(report, "pdf", MediaType.APPLICATION_PDF, bytes));
      });
    });
  }

  private static ResponseEntity<byte[]> file(CommitteeReport report, String extension, MediaType type, byte[] body) {
    String span = report.from() + "_" + report.to();
    return ResponseEntity.ok()
        .contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(
            "committee-report-" + report.province().code() + "-" + span + "." + extension,
            "รายงานคณะกรรมการ-จังหวัด" + report.province().nameTh() + "-" + span + "." + extension))
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(body);
  }
}
