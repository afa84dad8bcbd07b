package th.dla.carbon.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import th.dla.carbon.identity.CurrentActor;
import th.dla.carbon.identity.Role;
import th.dla.carbon.identity.RoleAdministration;
import th.dla.carbon.identity.RoleAdministration.AccountWithRoles;
import th.dla.carbon.platform.web.PageResponse;

/**
 * Accounts and their roles, for DLA administrators ({@code /api/v1/admin/**} needs {@code DLA_ADMIN}). Holding a
 * second LAO or province is granted here only: see {@link RoleAdministration}.
 */
@RestController
@RequestMapping("/api/v1/admin/users")
@Tag(name = "Administration")
class AdminUsersController {

  record RoleGrantRequest(
      @NotNull(message = "is required") Role role,
      @Size(max = 64, message = "must be at most 64 characters") @Nullable String tenant) {}

  private final RoleAdministration administration;

  AdminUsersController(RoleAdministration administration) {
    this.administration = administration;
  }

  @GetMapping
  @Operation(summary = "Accounts with their roles; q matches username, name or email; role keeps holders of that role")
  Mono<PageResponse<AccountWithRoles>> users(
      @RequestParam(required = false) @Size(max = 100, message = "must be at most 100 characters") String q,
      @RequestParam(required = false) Role role,
      @RequestParam(defaultValue = "0") @Min(value = 0, message = "must be 0 or more") @Max(value = 100_000, message = "is too large") int page,
      @RequestParam(defaultValue = "20") @Min(value = 1, message = "must be between 1 and 200") @Max(value = 200, message = "must be between 1 and 200") int size) {
    return administration.users(q, role, page, size);
  }

  @PostMapping("/{id}/roles")
  @Operation(summary = "Grant a role for a tenant: LAO code, province code, buyer organisation id, none for DLA_ADMIN")
  Mono<AccountWithRoles> grant(@PathVariable UUID id, @Valid @RequestBody RoleGrantRequest request, ServerWebExchange exchange) {
    return CurrentActor.require().flatMap(admin ->
        administration.grant(id, request.role(), request.tenant(), admin, ClientAddress.of(exchange)));
  }

  @DeleteMapping("/{id}/roles/{role}")
  @Operation(summary = "Revoke a role for a tenant (tenant omitted for DLA_ADMIN)")
  Mono<AccountWithRoles> revoke(@PathVariable UUID id, @PathVariable Role role,
      @RequestParam(required = false) @Size(max = 64, message = "must be at most 64 characters") String tenant,
      ServerWebExchange exchange) {
    return CurrentActor.require().flatMap(admin ->
        administration.revoke(id, role, tenant, admin, ClientAddress.of(exchange)));
  }
}
