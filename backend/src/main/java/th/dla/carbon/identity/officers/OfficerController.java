package th.dla.carbon.identity.officers;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import th.dla.carbon.identity.CurrentActor;
import th.dla.carbon.identity.OfficerAppointment;
import th.dla.carbon.identity.OfficerStatus;
import th.dla.carbon.identity.Officers;

@RestController
@Tag(name = "LAO officers", description = "Officer appointments: proposed for an LAO, approved by its provincial office")
class OfficerController {

  record ProposalRequest(
      @Schema(example = "นางสาวสมใจ รักษ์โลก") String fullName,
      @Schema(example = "นักวิชาการสิ่งแวดล้อมชำนาญการ") String position,
      @Schema(example = "02-123-4567 ต่อ 12") String phone,
      @Schema(example = "somjai@bangsrimuang.go.th") String email) {}

  record ReasonRequest(@NotBlank(message = "is required") @Size(max = 1000, message = "must be at most 1000 characters") String reason) {}

  private static final String LAO_CODE = "\\d{7}";
  private static final String PROVINCE_CODE = "\\d{2}";

  private final Officers officers;

  OfficerController(Officers officers) {
    this.officers = officers;
  }

  @PostMapping("/api/v1/laos/{code}/officers")
  @Operation(summary = "Propose an officer for an LAO (its officers or DLA); the provincial office approves")
  Mono<ResponseEntity<OfficerAppointment>> propose(
      @PathVariable @Pattern(regexp = LAO_CODE, message = "must be a 7-digit LAO code") String code,
      @RequestBody ProposalRequest body) {
    return CurrentActor.require()
        .flatMap(actor -> officers.propose(actor, code, new Officers.Proposal(body.fullName(), body.position(), body.phone(), body.email())))
        .map(created -> ResponseEntity.created(URI.create("/api/v1/laos/" + code + "/officers")).body(created));
  }

  @GetMapping("/api/v1/laos/{code}/officers")
  @Operation(summary = "An LAO's officer appointments, every status (its officers, its provincial office, DLA)")
  Mono<List<OfficerAppointment>> ofLao(@PathVariable @Pattern(regexp = LAO_CODE, message = "must be a 7-digit LAO code") String code) {
    return CurrentActor.require().flatMapMany(actor -> officers.ofLao(actor, code)).collectList();
  }

  @GetMapping("/api/v1/provinces/{code}/officer-appointments")
  @Operation(summary = "Officer appointments for the LAOs of a province, e.g. status=PENDING for the approval queue")
  Mono<List<OfficerAppointment>> ofProvince(
      @PathVariable @Pattern(regexp = PROVINCE_CODE, message = "must be a 2-digit province code") String code,
      @RequestParam(required = false) @Nullable OfficerStatus status) {
    return CurrentActor.require().flatMapMany(actor -> officers.ofProvince(actor, code, status)).collectList();
  }

  @PostMapping("/api/v1/officers/{id}/approve")
  @Operation(summary = "Approve: the person gets LAO_OFFICER for the LAO (the provincial office of its province)")
  Mono<OfficerAppointment> approve(@PathVariable UUID id) {
    return CurrentActor.require().flatMap(actor -> officers.approve(actor, id));
  }

  @PostMapping("/api/v1/officers/{id}/reject")
  @Operation(summary = "Reject with a reason (the provincial office of the LAO's province)")
  Mono<OfficerAppointment> reject(@PathVariable UUID id, @Valid @RequestBody ReasonRequest body) {
    return CurrentActor.require().flatMap(actor -> officers.reject(actor, id, body.reason()));
  }

  @GetMapping("/api/v1/provinces/{code}/officer-roster")
  @Operation(summary = "The province's officer roster in the columns of DLA's form, as CSV (UTF-8 with BOM)")
  @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
  Mono<ResponseEntity<Flux<DataBuffer>>> roster(
      @PathVariable @Pattern(regexp = PROVINCE_CODE, message = "must be a 2-digit province code") String code,
      @RequestParam(defaultValue = "csv") @Pattern(regexp = "csv", message = "must be csv") String format) {
    return CurrentActor.require()
        .flatMap(actor -> officers.roster(actor, code))
        .map(roster -> ResponseEntity.ok()
            .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("officer-roster-" + code + ".csv").build().toString())
            .header(HttpHeaders.CACHE_CONTROL, "no-store")
            .body(RosterCsv.write(roster.province(), roster.appointments(), DefaultDataBufferFactory.sharedInstance)));
  }
}
