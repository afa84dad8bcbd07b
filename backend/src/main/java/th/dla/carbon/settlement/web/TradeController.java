package th.dla.carbon.settlement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import th.dla.carbon.identity.CurrentActor;
import th.dla.carbon.platform.web.FieldProblem;
import th.dla.carbon.platform.web.PageResponse;
import th.dla.carbon.platform.web.ProblemException;
import th.dla.carbon.platform.web.ProblemType;
import th.dla.carbon.settlement.TradeState;
import th.dla.carbon.settlement.Trades;
import th.dla.carbon.settlement.documents.PaymentNotices;
import th.dla.carbon.settlement.persistence.TradeStore.Slip;
import th.dla.carbon.platform.storage.DocumentStorage;

@RestController
@Tag(name = "Trades")
class TradeController {

  private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  private final Trades trades;
  private final DocumentStorage storage;
  private final PaymentNotices notices;
  private final int slipMaxBytes;

  TradeController(Trades trades, DocumentStorage storage, PaymentNotices notices,
      @Value("${carbon.settlement.slip-max-bytes:5242880}") int slipMaxBytes) {
    this.trades = trades;
    this.storage = storage;
    this.notices = notices;
    this.slipMaxBytes = slipMaxBytes;
  }

  @GetMapping("/api/v1/me/trades")
  @Operation(summary = "The signed-in buyer's trades, newest first")
  Mono<PageResponse<TradeResponse>> mine(
      @RequestParam(defaultValue = "0") @Min(value = 0, message = "must be 0 or more") @Max(value = 100_000, message = "is too large") int page,
      @RequestParam(defaultValue = "20") @Min(value = 1, message = "must be between 1 and 200") @Max(value = 200, message = "must be between 1 and 200") int size) {
    return CurrentActor.require().flatMap(actor -> trades.ofBuyer(actor, page, size)).map(p -> p.map(TradeResponse::of));
  }

  @GetMapping("/api/v1/laos/{code}/trades")
  @Operation(summary = "An LAO's trades (its officers, its provincial officers, DLA administrators)")
  Mono<PageResponse<TradeResponse>> ofLao(
      @PathVariable @Pattern(regexp = "\\d{7}", message = "must be a 7-digit DLA code") String code,
      @RequestParam(required = false) @Nullable TradeState state,
      @RequestParam(defaultValue = "0") @Min(value = 0, message = "must be 0 or more") @Max(value = 100_000, message = "is too large") int page,
      @RequestParam(defaultValue = "20") @Min(value = 1, message = "must be between 1 and 200") @Max(value = 200, message = "must be between 1 and 200") int size) {
    return CurrentActor.require().flatMap(actor -> trades.ofLao(actor, code, state, page, size)).map(p -> p.map(TradeResponse::of));
  }

  @GetMapping("/api/v1/trades/{id}")
  @Operation(summary = "One trade (its buyer and the selling LAO's officers)")
  Mono<TradeResponse> trade(@PathVariable UUID id) {
    return CurrentActor.require().flatMap(actor -> trades.trade(actor, id)).map(TradeResponse::of);
  }

  @PostMapping(path = "/api/v1/trades/{id}/payment", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "The buyer reports its payment → PAYMENT_REPORTED")
  Mono<TradeResponse> reportPayment(@PathVariable UUID id, @Valid @RequestBody TradeRequests.PaymentReport body) {
    return report(id, body, null);
  }

  @PostMapping(path = "/api/v1/trades/{id}/payment", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "The buyer reports its payment with the transfer slip (parts: payment as JSON, slip as PDF/JPEG/PNG) → PAYMENT_REPORTED")
  Mono<TradeResponse> reportPaymentWithSlip(@PathVariable UUID id,
      @Valid @RequestPart("payment") TradeRequests.PaymentReport payment,
      @RequestPart(name = "slip", required = false) @Nullable FilePart slip) {
    return report(id, payment, slip);
  }

  private Mono<TradeResponse> report(UUID id, TradeRequests.PaymentReport body, @Nullable FilePart slip) {
    Instant paidAt = body.paidAt().toInstant();
    if (paidAt.isAfter(Instant.now().plus(CLOCK_SKEW))) {
      return Mono.error(new ProblemException(ProblemType.VALIDATION_FAILED, "paidAt is in the future.",
          List.of(new FieldProblem("paidAt", "must not be in the future"))));
    }
    return CurrentActor.require().flatMap(actor -> trades.tradeForParty(actor, id)
        .then(slip == null ? Mono.<Slip>empty() : storeSlip(slip))
        .map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty())
        .flatMap(stored -> trades.reportPayment(actor, id, body.reference().strip(), paidAt, stored.orElse(null))))
        .map(TradeResponse::of);
  }

  private Mono<Slip> storeSlip(FilePart part) {
    return DataBufferUtils.join(part.content(), slipMaxBytes)
        .map(buffer -> {
          byte[] bytes = new byte[buffer.readableByteCount()];
          buffer.read(bytes);
          DataBufferUtils.release(buffer);
          return bytes;
        })
        .flatMap(bytes -> {
          String type = SniffedType.of(bytes);
          if (type == null) {
            return Mono.error(new ProblemException(ProblemType.UNSUPPORTED_DOCUMENT,
                "The slip must be a PDF, JPEG or PNG file.", List.of(new FieldProblem("slip", "must be a PDF, JPEG or PNG file"))));
          }
          String name = part.filename() == null || part.filename().isBlank() ? "slip" : part.filename().strip();
          String fileName = name.length() > 200 ? name.substring(0, 200) : name;
          String key = UUID.randomUUID().toString();
          return storage.write(key, bytes).thenReturn(new Slip(key, type, fileName, bytes.length));
        });
  }

  @GetMapping("/api/v1/trades/{id}/slip")
  @Operation(summary = "The payment slip the buyer uploaded (the two parties)")
  Mono<ResponseEntity<byte[]>> slip(@PathVariable UUID id) {
    return CurrentActor.require().flatMap(actor -> trades.tradeForParty(actor, id))
        .flatMap(trade -> trade.slipKey() == null ? Mono.error(ProblemException.notFound("Slip of trade", id))
            : storage.readAll(trade.slipKey())
                .onErrorResume(NoSuchFileException.class, missing -> Mono.empty())
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound("Slip of trade", id)))
                .map(bytes -> ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(trade.slipContentType()))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(trade.slipFileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                    .header("X-Content-Type-Options", "nosniff")
                    .body(bytes)));
  }

  @PostMapping("/api/v1/trades/{id}/confirm-payment")
  @Operation(summary = "An officer of the LAO confirms the payment with its receipt number → PAYMENT_CONFIRMED")
  Mono<TradeResponse> confirm(@PathVariable UUID id, @Valid @RequestBody TradeRequests.PaymentConfirmation body) {
    return CurrentActor.require().flatMap(actor -> trades.confirmPayment(actor, id, body.receiptNo().strip())).map(TradeResponse::of);
  }

  @PostMapping("/api/v1/trades/{id}/registry-transfer")
  @Operation(summary = "An officer of the LAO records the TGO transfer; the credits become the buyer's → SETTLED")
  Mono<TradeResponse> transfer(@PathVariable UUID id, @Valid @RequestBody TradeRequests.RegistryTransfer body) {
    OffsetDateTime at = body.transferredAt();
    if (at.toInstant().isAfter(Instant.now().plus(CLOCK_SKEW))) {
      return Mono.error(new ProblemException(ProblemType.VALIDATION_FAILED, "transferredAt is in the future.",
          List.of(new FieldProblem("transferredAt", "must not be in the future"))));
    }
    return CurrentActor.require()
        .flatMap(actor -> trades.recordTransfer(actor, id, body.tgoReference().strip(), at.toInstant()))
        .map(TradeResponse::of);
  }

  @PostMapping("/api/v1/trades/{id}/cancel")
  @Operation(summary = "Either party cancels before the payment is confirmed → CANCELLED; the credits return")
  Mono<TradeResponse> cancel(@PathVariable UUID id, @Valid @RequestBody TradeRequests.Cancellation body) {
    return CurrentActor.require().flatMap(actor -> trades.cancel(actor, id, body.reason().strip())).map(TradeResponse::of);
  }

  @GetMapping(path = "/api/v1/trades/{id}/payment-notice.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  @Operation(summary = "The payment notice (ใบแจ้งชำระเงิน) in Thai, as PDF (the two parties)")
  Mono<ResponseEntity<byte[]>> paymentNotice(@PathVariable UUID id) {
    return CurrentActor.require().flatMap(actor -> trades.tradeForParty(actor, id))
        .flatMap(notices::render)
        .map(pdf -> ResponseEntity.ok()
            .contentType(MediaType.APPLICATION_PDF)
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("payment-notice-" + id + ".pdf").build().toString())
            .body(pdf));
  }
}
