package th.dla.carbon.identity.buyers;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import th.dla.carbon.identity.BuyerStatus;
import th.dla.carbon.identity.CurrentActor;
import th.dla.carbon.platform.web.PageResponse;

@RestController
@RequestMapping("/api/v1/admin/buyers")
@Tag(name = "Buyer administration", description = "DLA verifies, rejects, suspends and reinstates buyer organisations")
class BuyerAdminController {

  record ReasonRequest(@NotBlank(message = "is required") @Size(max = 1000, message = "must be at most 1000 characters") String reason) {}

  private final BuyerAdministration administration;

  BuyerAdminController(BuyerAdministration administration) {
    this.administration = administration;
  }

  @GetMapping
  @Operation(summary = "Buyer organisations, newest first; q matches names, tax ID, email and contact person")
  Mono<PageResponse<BuyerOrganisation>> search(@RequestParam(required = false) @Nullable BuyerStatus status,
      @RequestParam(required = false) @Size(max = 100, message = "must be at most 100 characters") @Nullable String q,
      @RequestParam(defaultValue = "0") @Min(value = 0, message = "must be 0 or more") @Max(value = 100_000, message = "is too large") int page,
      @RequestParam(defaultValue = "20") @Min(value = 1, message = "must be between 1 and 200") @Max(value = 200, message = "must be between 1 and 200") int size) {
    return CurrentActor.require().flatMap(actor -> administration.search(actor, status, q, page, size));
  }

  @GetMapping("/{id}")
  @Operation(summary = "One buyer organisation with its documents")
  Mono<BuyerOrganisation> get(@PathVariable UUID id) {
    return CurrentActor.require().flatMap(actor -> administration.get(actor, id));
  }

  @GetMapping("/{id}/documents/{documentId}")
  @Operation(summary = "A supporting document's file, with the content type read from its bytes")
  @ApiResponse(responseCode = "200", content = {
      @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
      @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")),
      @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary"))})
  Mono<ResponseEntity<Flux<DataBuffer>>> document(@PathVariable UUID id, @PathVariable UUID documentId) {
    return CurrentActor.require()
        .flatMap(actor -> administration.document(actor, id, documentId))
        .map(download -> ResponseEntity.ok()
            .contentType(MediaType.parseMediaType(download.document().type().contentType()))
            .contentLength(download.document().size())
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(download.document().fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
            .header(HttpHeaders.CACHE_CONTROL, "no-store")
            .body(download.content()));
  }

  @PostMapping("/{id}/verify")
  @Operation(summary = "Verify a PENDING organisation: it may trade from now on")
  Mono<BuyerOrganisation> verify(@PathVariable UUID id) {
    return decide(id, BuyerAdministration.Decision.VERIFY, null);
  }

  @PostMapping("/{id}/reject")
  @Operation(summary = "Reject a PENDING organisation, with the reason the organisation will see")
  Mono<BuyerOrganisation> reject(@PathVariable UUID id, @Valid @RequestBody ReasonRequest body) {
    return decide(id, BuyerAdministration.Decision.REJECT, body.reason());
  }

  @PostMapping("/{id}/suspend")
  @Operation(summary = "Suspend a VERIFIED organisation: every trading action is refused until reinstated")
  Mono<BuyerOrganisation> suspend(@PathVariable UUID id, @Valid @RequestBody ReasonRequest body) {
    return decide(id, BuyerAdministration.Decision.SUSPEND, body.reason());
  }

  @PostMapping("/{id}/reinstate")
  @Operation(summary = "Reinstate a SUSPENDED organisation (back to VERIFIED)")
  Mono<BuyerOrganisation> reinstate(@PathVariable UUID id) {
    return decide(id, BuyerAdministration.Decision.REINSTATE, null);
  }

  private Mono<BuyerOrganisation> decide(UUID id, BuyerAdministration.Decision decision, @Nullable String reason) {
    return CurrentActor.require().flatMap(actor -> administration.decide(actor, id, decision, reason));
  }
}
