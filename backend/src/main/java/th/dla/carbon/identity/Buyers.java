package th.dla.carbon.identity;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import th.dla.carbon.identity.buyers.BuyerAddress;
import th.dla.carbon.identity.buyers.BuyerRegistrations;
import th.dla.carbon.identity.buyers.BuyerRow;
import th.dla.carbon.identity.buyers.BuyerStore;
import th.dla.carbon.identity.buyers.RegistrationRequest;

/**
 * Buyer organisations as other modules need them. The market calls {@link #requireVerified} before every trading
 * action (bid, buy, pay, retire): only a {@link BuyerStatus#VERIFIED} organisation passes; pending, rejected and
 * suspended ones get a 403 problem of type {@code buyer-not-verified}.
 */
@Service
public class Buyers {

  /** A demo organisation with its first user (demo mode only; the password policy does not apply). */
  public record DemoBuyer(OrganisationType type, String nameTh, String nameEn, String taxId, String addressLine,
      String subdistrict, String district, String provinceCode, String postcode, String contactName, String email,
      String phone, @Nullable String tgoAccountNo, String username, String displayName, String password, BuyerStatus status) {}

  private final BuyerStore store;
  private final BuyerRegistrations registrations;

  Buyers(BuyerStore store, BuyerRegistrations registrations) {
    this.store = store;
    this.registrations = registrations;
  }

  /** The organisation when it may trade now; otherwise a {@link BuyerNotVerified} error (403). */
  public Mono<BuyerSummary> requireVerified(UUID buyerId) {
    if (buyerId == null) {
      return Mono.error(new BuyerNotVerified("Only users of a verified buyer organisation can trade."));
    }
    return store.find(buyerId)
        .switchIfEmpty(Mono.error(() -> new BuyerNotVerified("The organisation " + buyerId + " is not registered.")))
        .flatMap(row -> row.status() == BuyerStatus.VERIFIED
            ? Mono.just(summaryOf(row))
            : Mono.error(new BuyerNotVerified(buyerId, row.status())));
  }

  /** The organisation whatever its status (names on documents of past trades), or empty when unknown. */
  public Mono<BuyerSummary> summary(UUID buyerId) {
    return store.find(buyerId).map(Buyers::summaryOf);
  }

  private static BuyerSummary summaryOf(BuyerRow row) {
    return new BuyerSummary(row.id(), row.nameTh(), row.nameEn(), row.type(), row.address().provinceCode());
  }

  /**
   * The caller's organisation when the caller is a buyer and it may trade now: 403 {@code forbidden} for callers
   * who are not buyers, 403 {@code buyer-not-verified} for buyers whose organisation may not trade.
   */
  public Mono<BuyerSummary> requireVerified(Actor actor) {
    if (!actor.has(Role.BUYER) || actor.buyerId() == null) {
      return Mono.error(new AccessDenied("Only users of a buyer organisation can do this."));
    }
    return requireVerified(actor.buyerId());
  }

  /** Demo mode: registers the organisation unless its tax ID is already there. Emits its id. */
  public Mono<UUID> ensureDemoBuyer(DemoBuyer buyer) {
    RegistrationRequest request = new RegistrationRequest(buyer.type(), buyer.nameTh(), buyer.nameEn(), buyer.taxId(),
        new BuyerAddress(buyer.addressLine(), buyer.subdistrict(), buyer.district(), buyer.provinceCode(), buyer.postcode()),
        buyer.contactName(), buyer.email(), buyer.phone(), buyer.tgoAccountNo(), buyer.username(), buyer.password());
    return registrations.registerDemo(request, buyer.displayName(), buyer.status());
  }
}
