package th.dla.carbon.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import th.dla.carbon.audit.AuditLog;
import th.dla.carbon.audit.AuditVerification;

@RestController
@Tag(name = "Audit")
class AuditController {

  private final AuditLog auditLog;

  AuditController(AuditLog auditLog) {
    this.auditLog = auditLog;
  }

  @GetMapping("/api/v1/audit/verify")
  @Operation(summary = "Walk every audit hash chain and report the first broken link (public)")
  Mono<AuditVerification> verify() {
    return auditLog.verify();
  }
}
