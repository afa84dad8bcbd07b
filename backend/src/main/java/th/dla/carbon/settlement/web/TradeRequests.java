package th.dla.carbon.settlement.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/** Request bodies of the trade endpoints. */
final class TradeRequests {
  private TradeRequests() {}

  record PaymentReport(
      @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String reference,
      @NotNull(message = "is required") OffsetDateTime paidAt) {}

  record PaymentConfirmation(
      @NotBlank(message = "is required") @Size(max = 50, message = "must be at most 50 characters") String receiptNo) {}

  record RegistryTransfer(
      @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String tgoReference,
      @NotNull(message = "is required") OffsetDateTime transferredAt) {}

  record Cancellation(
      @NotBlank(message = "is required") @Size(max = 500, message = "must be at most 500 characters") String reason) {}
}
