package th.dla.carbon.market.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import th.dla.carbon.identity.CurrentActor;
import th.dla.carbon.market.MarketControls;
import th.dla.carbon.market.MarketStatus;

@RestController
@RequestMapping("/api/v1/admin/market")
@Tag(name = "Market administration")
class MarketAdminController {

  private final MarketControls controls;

  MarketAdminController(MarketControls controls) {
    this.controls = controls;
  }

  @GetMapping
  @Operation(summary = "The market controls: frozen or not, price floors")
  Mono<MarketStatus> status() {
    return controls.status();
  }

  @PostMapping("/freeze")
  @Operation(summary = "Freeze all trading: listing and bid writes refused with 423 market-frozen; body {reason?} (may be {})")
  Mono<MarketStatus> freeze(@RequestBody FreezeRequest body) {
    return CurrentActor.require().flatMap(actor -> controls.freeze(actor, body.reason()));
  }

  @PostMapping("/unfreeze")
  @Operation(summary = "Resume trading")
  Mono<MarketStatus> unfreeze() {
    return CurrentActor.require().flatMap(controls::unfreeze);
  }

  @PutMapping("/price-floors/{projectCode}")
  @Operation(summary = "Set the minimum unit price (THB per tCO2e) of a project's credits")
  Mono<MarketStatus> setFloor(@PathVariable String projectCode, @RequestBody PriceFloorRequest body) {
    return CurrentActor.require().flatMap(actor -> controls.setPriceFloor(actor, projectCode, body.minUnitPrice()));
  }

  @DeleteMapping("/price-floors/{projectCode}")
  @Operation(summary = "Remove a project's price floor")
  Mono<MarketStatus> removeFloor(@PathVariable String projectCode) {
    return CurrentActor.require().flatMap(actor -> controls.removePriceFloor(actor, projectCode));
  }

  record FreezeRequest(@Nullable String reason) {}

  record PriceFloorRequest(BigDecimal minUnitPrice) {}
}
