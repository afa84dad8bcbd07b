package th.dla.carbon.settlement.internal;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import th.dla.carbon.identity.BuyerSummary;
import th.dla.carbon.identity.Buyers;

/** What settlement needs to know about a buyer organisation, from identity's {@link Buyers}. */
@Component
public class BuyerProfiles {

  private final Buyers buyers;

  BuyerProfiles(Buyers buyers) {
    this.buyers = buyers;
  }

  /** 403 {@code buyer-not-verified} unless the organisation may trade now (retirement is a trading action). */
  public Mono<Void> requireVerified(UUID buyerId) {
    return buyers.requireVerified(buyerId).then();
  }

  /** Who retires or buys, for the audit record: the Thai name and the province of the address (either may be null). */
  public record Profile(@Nullable String nameTh, @Nullable String provinceCode) {}

  /** The organisation's name and province; both null for an unknown organisation. */
  public Mono<Profile> summary(UUID buyerId) {
    return buyers.summary(buyerId).map(b -> new Profile(b.nameTh(), b.provinceCode())).defaultIfEmpty(new Profile(null, null));
  }

  /** The organisation's Thai name for documents; empty for an unknown organisation (documents then show its id). */
  public Mono<Optional<String>> nameTh(UUID buyerId) {
    return buyers.summary(buyerId).map(BuyerSummary::nameTh).map(Optional::of).defaultIfEmpty(Optional.empty());
  }
}
