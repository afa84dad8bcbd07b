package th.dla.carbon.settlement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.jspecify.annotations.Nullable;
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
import reactor.core.publisher.Mono;
import th.dla.carbon.identity.CurrentActor;
import th.dla.carbon.platform.web.PageResponse;
import th.dla.carbon.settlement.RetirementCertificate;
import th.dla.carbon.settlement.Retirements;
import th.dla.carbon.settlement.documents.Certificates;
import th.dla.carbon.settlement.internal.CertificateNumbers;

@RestController
@Tag(name = "Retirements")
class RetirementController {

  record RetirementRequest(
      @NotNull(message = "is required") @Min(value = 1, message = "must be at least 1") @Max(value = 1_000_000_000L, message = "is too large") Long quantity,
      @Nullable @Min(value = 2000, message = "must be a CE year") @Max(value = 2100, message = "must be a CE year") Integer vintage,
      @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String beneficiary,
      @NotBlank(message = "is required") @Size(max = 500, message = "must be at most 500 characters") String purpose) {}

  private final Retirements retirements;
  private final Certificates certificates;

  RetirementController(Retirements retirements, Certificates certificates) {
    this.retirements = retirements;
    this.certificates = certificates;
  }

  @PostMapping("/api/v1/retirements")
  @Operation(summary = "A buyer retires credits from its holdings and gets a certificate")
  Mono<ResponseEntity<RetirementCertificate>> retire(@Valid @RequestBody RetirementRequest body) {
    return CurrentActor.require()
        .flatMap(actor -> retirements.retire(actor, new Retirements.RetireCommand(body.quantity(), body.vintage(),
            body.beneficiary().strip(), body.purpose().strip())))
        .map(certificate -> ResponseEntity.created(URI.create("/api/v1/retirements/" + certificate.certificateNo())).body(certificate));
  }

  @GetMapping("/api/v1/retirements/{certificateNo}")
  @Operation(summary = "Verify a retirement certificate (public)")
  Mono<RetirementCertificate> certificate(
      @PathVariable @Pattern(regexp = CertificateNumbers.PATTERN, message = "is not a certificate number") String certificateNo) {
    return retirements.certificate(certificateNo);
  }

  @GetMapping(path = "/api/v1/retirements/{certificateNo}/certificate.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  @Operation(summary = "The retirement certificate in Thai and English, as PDF (public)")
  Mono<ResponseEntity<byte[]>> pdf(
      @PathVariable @Pattern(regexp = CertificateNumbers.PATTERN, message = "is not a certificate number") String certificateNo) {
    return retirements.certificate(certificateNo)
        .flatMap(certificates::render)
        .map(pdf -> ResponseEntity.ok()
            .contentType(MediaType.APPLICATION_PDF)
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(certificateNo + ".pdf").build().toString())
            .body(pdf));
  }

  @GetMapping("/api/v1/me/retirements")
  @Operation(summary = "The signed-in buyer's retirement certificates, newest first")
  Mono<PageResponse<RetirementCertificate>> mine(
      @RequestParam(defaultValue = "0") @Min(value = 0, message = "must be 0 or more") @Max(value = 100_000, message = "is too large") int page,
      @RequestParam(defaultValue = "20") @Min(value = 1, message = "must be between 1 and 200") @Max(value = 200, message = "must be between 1 and 200") int size) {
    return CurrentActor.require().flatMap(actor -> retirements.ofBuyer(actor, page, size));
  }
}
