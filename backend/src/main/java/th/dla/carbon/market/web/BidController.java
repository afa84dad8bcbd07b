package th.dla.carbon.market.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import th.dla.carbon.identity.CurrentActor;
import th.dla.carbon.market.BidView;
import th.dla.carbon.market.Bids;
import th.dla.carbon.platform.web.PageResponse;

@RestController
@Tag(name = "Market")
class BidController {

  private final Bids bids;

  BidController(Bids bids) {
    this.bids = bids;
  }

  @PostMapping("/api/v1/bids/{id}/accept")
  @Operation(summary = "Accept a negotiable bid at its price (LAO officer): a trade")
  Mono<BidView> accept(@PathVariable UUID id) {
    return CurrentActor.require().flatMap(actor -> bids.accept(actor, id));
  }

  @PostMapping("/api/v1/bids/{id}/reject")
  @Operation(summary = "Reject a waiting bid (LAO officer)")
  Mono<BidView> reject(@PathVariable UUID id) {
    return CurrentActor.require().flatMap(actor -> bids.reject(actor, id));
  }

  @PostMapping("/api/v1/bids/{id}/counter")
  @Operation(summary = "Counter a negotiable bid with another price (LAO officer): COUNTERED")
  Mono<BidView> counter(@PathVariable UUID id, @RequestBody CounterRequest body) {
    return CurrentActor.require().flatMap(actor -> bids.counter(actor, id, body.unitPrice()));
  }

  @PostMapping("/api/v1/bids/{id}/accept-counter")
  @Operation(summary = "Accept the LAO's counter-offer (the bid's buyer): a trade at the counter price")
  Mono<BidView> acceptCounter(@PathVariable UUID id) {
    return CurrentActor.require().flatMap(actor -> bids.acceptCounter(actor, id));
  }

  @PostMapping("/api/v1/bids/{id}/withdraw")
  @Operation(summary = "Withdraw a waiting bid (the bid's buyer)")
  Mono<BidView> withdraw(@PathVariable UUID id) {
    return CurrentActor.require().flatMap(actor -> bids.withdraw(actor, id));
  }

  @GetMapping("/api/v1/me/bids")
  @Operation(summary = "The caller's organisation's bids, newest first")
  Mono<PageResponse<BidView>> mine(
      @RequestParam(defaultValue = "0") @Min(value = 0, message = "must be 0 or more") @Max(value = 100_000, message = "is too large") int page,
      @RequestParam(defaultValue = "20") @Min(value = 1, message = "must be between 1 and 100") @Max(value = 100, message = "must be between 1 and 100") int size) {
    return CurrentActor.require().flatMap(actor -> bids.mine(actor, page, size));
  }

  record CounterRequest(BigDecimal unitPrice) {}
}
