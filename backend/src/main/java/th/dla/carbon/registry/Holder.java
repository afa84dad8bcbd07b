package th.dla.carbon.registry;

import java.util.Objects;
import java.util.UUID;

/**
 * What holds a reservation. All credits held by one holder belong to one account (the listing's LAO); the
 * ledger refuses to reserve for a holder from a second account.
 */
public record Holder(HolderType type, UUID id) {

  public Holder {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
  }

  public static Holder listing(UUID listingId) {
    return new Holder(HolderType.LISTING, listingId);
  }

  public static Holder trade(UUID tradeId) {
    return new Holder(HolderType.TRADE, tradeId);
  }

  @Override
  public String toString() {
    return type + ":" + id;
  }
}
