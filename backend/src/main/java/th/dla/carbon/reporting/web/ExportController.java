package th.dla.carbon.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import th.dla.carbon.identity.CurrentActor;
import th.dla.carbon.platform.pdf.ThaiDates;
import th.dla.carbon.reporting.exports.ExportWriters;
import th.dla.carbon.reporting.exports.Exports;
import th.dla.carbon.reporting.tables.Xlsx;

@RestController
@Tag(name = "Reports", description = "The provincial committee report and exports of listings, trades and retirements")
class ExportController {

  private final Exports exports;

  ExportController(Exports exports) {
    this.exports = exports;
  }

  @GetMapping("/api/v1/exports/{dataset}")
  @Operation(summary = "Listings, trades or retirements as CSV (UTF-8 with BOM) or XLSX, streamed. Without a token the rows are "
      + "anonymised (buyer type only, no buyer names or ids; sales and public listings only); a buyer gets its own rows, an LAO "
      + "officer its LAO's, a provincial officer its province's, DLA everything. A province or LAO outside the caller's scope is 403.")
  @ApiResponse(responseCode = "200", content = {
      @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
      @Content(mediaType = Xlsx.CONTENT_TYPE, schema = @Schema(type = "string", format = "binary"))})
  Mono<ResponseEntity<Flux<DataBuffer>>> export(
      @PathVariable @Schema(allowableValues = {"listings", "trades", "retirements"})
      @Pattern(regexp = "listings|trades|retirements", message = "must be listings, trades or retirements") String dataset,
      @RequestParam(defaultValue = "csv") @Pattern(regexp = "csv|xlsx", message = "must be csv or xlsx") String format,
      @Parameter(description = "2-digit province code") @RequestParam(required = false) String province,
      @Parameter(description = "7-digit LAO code") @RequestParam(required = false) String lao,
      @Parameter(description = "first day, YYYY-MM-DD (Bangkok)", schema = @Schema(type = "string", format = "date"))
      @RequestParam(required = false) String from,
      @Parameter(description = "last day, YYYY-MM-DD (Bangkok), inclusive", schema = @Schema(type = "string", format = "date"))
      @RequestParam(required = false) String to,
      ServerWebExchange exchange) {
    Exports.Dataset which = Exports.Dataset.of(dataset);
    // the connection's own (direct, pooled) buffers: nothing copied on the way out
    DataBufferFactory buffers = exchange.getResponse().bufferFactory();
    return CurrentActor.get().map(Optional::of).defaultIfEmpty(Optional.empty()).map(actor -> {
      Exports.Table table = exports.table(actor.orElse(null), which, new Exports.Criteria(province, lao, from, to));
      boolean xlsx = "xlsx".equals(format);
      String name = which.slug + "-" + LocalDate.now(ThaiDates.BANGKOK) + (xlsx ? ".xlsx" : ".csv");
      String thaiName = which.nameTh + "-" + LocalDate.now(ThaiDates.BANGKOK) + (xlsx ? ".xlsx" : ".csv");
      return ResponseEntity.ok()
          .contentType(xlsx ? MediaType.parseMediaType(Xlsx.CONTENT_TYPE) : new MediaType("text", "csv", StandardCharsets.UTF_8))
          .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(name, thaiName))
          .header(HttpHeaders.CACHE_CONTROL, "no-store")
          .body(xlsx ? ExportWriters.xlsx(table, buffers) : ExportWriters.csv(table, buffers));
    });
  }
}
