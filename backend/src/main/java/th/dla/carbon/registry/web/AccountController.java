package th.dla.carbon.registry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import th.dla.carbon.identity.AccessDenied;
import th.dla.carbon.identity.CurrentActor;
import th.dla.carbon.identity.Role;
import th.dla.carbon.registry.JournalReason;
import th.dla.carbon.registry.Ledger;
import th.dla.carbon.registry.persistence.AccountQueries.JournalFilter;
import th.dla.carbon.registry.web.RegistryResponses.AccountResponse;
import th.dla.carbon.registry.web.RegistryResponses.HoldingsResponse;
import th.dla.carbon.registry.web.RegistryResponses.Totals;

@RestController
@Tag(name = "Registry accounts")
class AccountController {

  private final Ledger ledger;
  private final AccountViews views;
  private final LaoAccess access;

  AccountController(Ledger ledger, AccountViews views, LaoAccess access) {
    this.ledger = ledger;
    this.views = views;
    this.access = access;
  }

  @GetMapping("/api/v1/laos/{code}/account")
  @Operation(summary = "An LAO's credit account: balances per issuance/vintage, serial blocks, and the journal (filtered, paged)",
      description = "For officers of the LAO, provincial officers of its province, and DLA admins. The journal filters "
          + "(reason, vintage, from, to as dates in UTC) and paging apply to the journal only.")
  Mono<AccountResponse> account(
      @PathVariable @Pattern(regexp = "\\d{7}", message = "must be a 7-digit DLA code") String code,
      @RequestParam(required = false) JournalReason reason,
      @RequestParam(required = false) @Min(value = 2000, message = "must be a CE year") @Max(value = 2100, message = "must be a CE year") Integer vintage,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "0") @Min(value = 0, message = "must be 0 or more") @Max(value = 100_000, message = "is too large") int page,
      @RequestParam(defaultValue = "20") @Min(value = 1, message = "must be between 1 and 200") @Max(value = 200, message = "must be between 1 and 200") int size) {
    JournalFilter filter = new JournalFilter(reason == null ? null : reason.name(), vintage, from, to);
    return access.read(code).flatMap(granted -> ledger.existingLaoAccount(code)
        .map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty())
        .flatMap(account -> views.view(account.orElse(null), filter, page, size)
            .map(view -> new AccountResponse(code, granted.lao().fullNameTh(), granted.lao().provinceCode(),
                account.map(a -> a.id()).orElse(null), Totals.of(view.balances()), view.balances(), view.blocks(), view.journal()))));
  }

  @GetMapping("/api/v1/me/holdings")
  @Operation(summary = "The signed-in buyer organisation's credits: balances per issuance/vintage, blocks and journal")
  Mono<HoldingsResponse> holdings(
      @RequestParam(defaultValue = "0") @Min(value = 0, message = "must be 0 or more") @Max(value = 100_000, message = "is too large") int page,
      @RequestParam(defaultValue = "20") @Min(value = 1, message = "must be between 1 and 200") @Max(value = 200, message = "must be between 1 and 200") int size) {
    return CurrentActor.require().flatMap(actor -> {
      if (!actor.has(Role.BUYER) || actor.buyerId() == null) {
        return Mono.error(new AccessDenied("Holdings belong to buyer organisations; this account acts for none."));
      }
      return ledger.existingBuyerAccount(actor.buyerId())
          .map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty())
          .flatMap(account -> views.view(account.orElse(null), new JournalFilter(null, null, null, null), page, size)
              .map(view -> new HoldingsResponse(actor.buyerId(), account.map(a -> a.id()).orElse(null), Totals.of(view.balances()),
                  view.balances(), view.blocks(), view.journal())));
    });
  }
}
