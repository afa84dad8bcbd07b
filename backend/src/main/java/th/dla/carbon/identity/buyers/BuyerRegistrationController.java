package th.dla.carbon.identity.buyers;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Encoding;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.Part;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import th.dla.carbon.identity.CurrentActor;

@RestController
@Tag(name = "Buyers", description = "Buyer registration (KYB) and the buyer's own organisation")
class BuyerRegistrationController {

  /** The multipart form, for the API documentation only. */
  record RegistrationForm(
      RegistrationRequest registration,
      @ArraySchema(arraySchema = @Schema(description = "0 to 5 files: PDF, JPEG or PNG, at most 5 MB each (the type is read from the bytes)"),
          schema = @Schema(type = "string", format = "binary")) List<String> documents) {}

  private final BuyerRegistrations registrations;
  private final BuyerAdministration administration;

  BuyerRegistrationController(BuyerRegistrations registrations, BuyerAdministration administration) {
    this.registrations = registrations;
    this.administration = administration;
  }

  @PostMapping(path = "/api/v1/buyers/registrations", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Register a buyer organisation and its first user (public); it starts PENDING until DLA verifies it",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
          mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
          schema = @Schema(implementation = RegistrationForm.class),
          encoding = @Encoding(name = "registration", contentType = MediaType.APPLICATION_JSON_VALUE))))
  Mono<ResponseEntity<BuyerOrganisation>> register(
      @RequestPart("registration") Mono<RegistrationRequest> registration,
      @RequestPart(value = "documents", required = false) Flux<Part> documents) {
    return registration
        .flatMap(request -> registrations.register(request, documents == null ? Flux.empty() : documents))
        .map(created -> ResponseEntity.created(URI.create("/api/v1/admin/buyers/" + created.id())).body(created));
  }

  @GetMapping("/api/v1/me/organisation")
  @Operation(summary = "The buyer organisation the signed-in buyer acts for, with its verification status")
  Mono<BuyerOrganisation> mine() {
    return CurrentActor.require().flatMap(administration::own);
  }
}
