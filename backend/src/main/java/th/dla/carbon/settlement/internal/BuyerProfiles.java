package th.dla.carbon.settlement.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * What settlement needs to know about a buyer organisation. The {@code buyers} branch (identity's
 * {@code Buyers.requireVerified(buyerId) → BuyerSummary(id, nameTh, nameEn, type, provinceCode)}) is not merged on
 * this branch yet.
 *
 * <p><b>For the lead, when merging {@code buyers}:</b> implement {@link #requireVerified} with
 * {@code buyers.requireVerified(buyerId).then()} and {@link #nameTh} with
 * {@code buyers.requireVerified(buyerId).map(b -> Optional.of(b.nameTh()))} (or a non-checking lookup), so payment
 * notices and certificates print the organisation's name instead of its id, and only VERIFIED buyers retire.
 */
@Component
public class BuyerProfiles {

  /** 403 {@code buyer-not-verified} once identity's Buyers is merged; for now every buyer with a token passes. */
  public Mono<Void> requireVerified(UUID buyerId) {
    return Mono.empty();
  }

  /** The organisation's Thai name; empty until identity's Buyers is merged (documents then show the buyer id). */
  public Mono<Optional<String>> nameTh(UUID buyerId) {
    return Mono.just(Optional.empty());
  }
}
