package th.dla.carbon.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import th.dla.carbon.identity.tokens.SigningKeys;

/** Our public keys, so that other services can verify our tokens; and their rotation. */
@RestController
@Tag(name = "Authentication")
class JwksController {

  record RotationResponse(String kid) {}

  private final SigningKeys keys;

  JwksController(SigningKeys keys) {
    this.keys = keys;
  }

  @GetMapping(value = "/.well-known/jwks.json", produces = "application/json")
  @Operation(summary = "JSON Web Key Set of the keys that sign our access tokens")
  Mono<ResponseEntity<Map<String, Object>>> jwks() {
    return keys.published().map(set -> ResponseEntity.ok()
        .cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic())
        .body(set.toJSONObject(true)));
  }

  @PostMapping("/api/v1/admin/signing-keys/rotate")
  @Operation(summary = "Start signing with a new key; the previous one keeps verifying for a day (DLA admin)")
  Mono<RotationResponse> rotate() {
    return keys.rotate().map(RotationResponse::new);
  }
}
