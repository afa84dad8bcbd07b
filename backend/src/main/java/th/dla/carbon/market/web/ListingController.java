package th.dla.carbon.market.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.net.URI;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import th.dla.carbon.identity.CurrentActor;
import th.dla.carbon.market.BidView;
import th.dla.carbon.market.Bids;
import th.dla.carbon.market.DraftListing;
import th.dla.carbon.market.ListingMode;
import th.dla.carbon.market.ListingState;
import th.dla.carbon.market.ListingView;
import th.dla.carbon.market.Listings;
import th.dla.carbon.market.PlaceBid;
import th.dla.carbon.market.PublicBidView;
import th.dla.carbon.market.live.ListingStream;
import th.dla.carbon.platform.web.PageResponse;

@RestController
@Tag(name = "Market")
class ListingController {

  private final Listings listings;
  private final Bids bids;
  private final ListingStream stream;

  ListingController(Listings listings, Bids bids, ListingStream stream) {
    this.listings = listings;
    this.bids = bids;
    this.stream = stream;
  }

  @PostMapping("/api/v1/listings")
  @Operation(summary = "Draft a listing (LAO officer of that LAO): 201 DRAFT")
  Mono<ResponseEntity<ListingView>> draft(@RequestBody DraftListing body) {
    return CurrentActor.require().flatMap(actor -> listings.draft(actor, body))
        .map(listing -> ResponseEntity.created(URI.create("/api/v1/listings/" + listing.id())).body(listing));
  }

  @GetMapping("/api/v1/listings")
  @Operation(summary = "Public catalogue of listings (OPEN unless status says otherwise)")
  Mono<PageResponse<ListingView>> catalogue(
      @RequestParam(required = false) @Pattern(regexp = "\\d{2}", message = "must be a 2-digit province code") String province,
      @RequestParam(required = false) @Pattern(regexp = "\\d{7}", message = "must be a 7-digit DLA code") String lao,
      @RequestParam(required = false) @Min(value = 2000, message = "must be a CE year") @Max(value = 2100, message = "must be a CE year") Integer vintage,
      @RequestParam(required = false) ListingMode mode,
      @RequestParam(required = false) ListingState status,
      @RequestParam(required = false) BigDecimal minPrice,
      @RequestParam(required = false) BigDecimal maxPrice,
      @RequestParam(defaultValue = "newest") @Pattern(regexp = "price_asc|price_desc|newest|ending_soon", message = "must be price_asc, price_desc, newest or ending_soon") String sort,
      @RequestParam(defaultValue = "0") @Min(value = 0, message = "must be 0 or more") @Max(value = 100_000, message = "is too large") int page,
      @RequestParam(defaultValue = "20") @Min(value = 1, message = "must be between 1 and 100") @Max(value = 100, message = "must be between 1 and 100") int size) {
    return listings.search(new Listings.Search(province, lao, vintage, mode, status, minPrice, maxPrice, sort, page, size));
  }

  @GetMapping("/api/v1/listings/{id}")
  @Operation(summary = "One listing (drafts only for the LAO's officers)")
  Mono<ListingView> listing(@PathVariable UUID id) {
    return CurrentActor.get().map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty())
        .flatMap(actor -> listings.get(actor.orElse(null), id));
  }

  @PostMapping("/api/v1/listings/{id}/submit")
  @Operation(summary = "Send a draft for approval: PENDING_APPROVAL")
  Mono<ListingView> submit(@PathVariable UUID id) {
    return CurrentActor.require().flatMap(actor -> listings.submit(actor, id));
  }

  @PostMapping("/api/v1/listings/{id}/approve")
  @Operation(summary = "Approve (another officer of the same LAO): credits reserved, OPEN")
  Mono<ListingView> approve(@PathVariable UUID id) {
    return CurrentActor.require().flatMap(actor -> listings.approve(actor, id));
  }

  @PostMapping("/api/v1/listings/{id}/withdraw")
  @Operation(summary = "Withdraw: the unsold credits are released, waiting bids rejected")
  Mono<ListingView> withdraw(@PathVariable UUID id) {
    return CurrentActor.require().flatMap(actor -> listings.withdraw(actor, id));
  }

  @GetMapping("/api/v1/listings/{id}/bids")
  @Operation(summary = "Bids on a listing, buyers anonymised (ผู้ซื้อ #n)")
  Flux<PublicBidView> publicBids(@PathVariable UUID id) {
    return CurrentActor.get().map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty())
        .flatMapMany(actor -> bids.ofListing(actor.orElse(null), id));
  }

  @PostMapping("/api/v1/listings/{id}/bids")
  @Operation(summary = "Bid (verified buyer): 201 OPEN, or FILLED/PARTIALLY_FILLED with a trade on a fixed-price listing")
  Mono<ResponseEntity<BidView>> bid(@PathVariable UUID id, @RequestBody BidRequest body,
      @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey) {
    return CurrentActor.require()
        .flatMap(actor -> bids.place(actor, new PlaceBid(id, body.quantity(), body.unitPrice(), idempotencyKey)))
        .map(placed -> ResponseEntity.status(placed.status())
            .location(URI.create("/api/v1/bids/" + placed.bid().id()))
            .header("Idempotent-Replayed", Boolean.toString(placed.replayed()))
            .body(placed.bid()));
  }

  @GetMapping(path = "/api/v1/listings/{id}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  @Operation(summary = "Live updates (Server-Sent Events): bid, listing, trade, closed; resumes after Last-Event-ID")
  Flux<ServerSentEvent<String>> stream(@PathVariable UUID id,
      @RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventId) {
    long after = 0;
    if (lastEventId != null && lastEventId.strip().matches("\\d{1,18}")) {
      after = Long.parseLong(lastEventId.strip());
    }
    long from = after;
    return CurrentActor.get().map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty())
        .flatMap(actor -> listings.get(actor.orElse(null), id))
        .flatMapMany(listing -> stream.stream(id, from));
  }

  @GetMapping("/api/v1/laos/{code}/listings")
  @Operation(summary = "All listings of an LAO in every state (its officers, DLA admins)")
  Mono<PageResponse<ListingView>> ofLao(
      @PathVariable @Pattern(regexp = "\\d{7}", message = "must be a 7-digit DLA code") String code,
      @RequestParam(required = false) ListingState status,
      @RequestParam(defaultValue = "0") @Min(value = 0, message = "must be 0 or more") @Max(value = 100_000, message = "is too large") int page,
      @RequestParam(defaultValue = "20") @Min(value = 1, message = "must be between 1 and 100") @Max(value = 100, message = "must be between 1 and 100") int size) {
    return CurrentActor.require().flatMap(actor -> listings.ofLao(actor, code, status, page, size));
  }

  record BidRequest(Long quantity, BigDecimal unitPrice) {}
}
