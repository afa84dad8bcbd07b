package th.dla.carbon.market.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The close of an auction, as a pure function: bids sorted by price (highest first) then arrival; each takes what
 * it asked for while enough remains; the marginal bid takes the rest if that is at least the minimum lot; every
 * other bid loses. Pay-as-bid: each winner pays its own price.
 */
public final class AuctionAllocation {

  public record Offer(UUID bidId, long quantity, java.math.BigDecimal unitPrice, long seq) {}

  public record Fill(UUID bidId, long quantity) {}

  public record Result(List<Fill> fills, List<UUID> lost, long unsold) {}

  private AuctionAllocation() {}

  public static Result allocate(long available, long minLot, List<Offer> offers) {
    List<Offer> ordered = new ArrayList<>(offers);
    ordered.sort(Comparator.comparing(Offer::unitPrice).reversed().thenComparingLong(Offer::seq));
    long remaining = available;
    List<Fill> fills = new ArrayList<>();
    List<UUID> lost = new ArrayList<>();
    for (Offer offer : ordered) {
      long take = Math.min(offer.quantity(), remaining);
      if (take > 0 && (take == offer.quantity() || take >= minLot)) {
        fills.add(new Fill(offer.bidId(), take));
        remaining -= take;
      } else {
        lost.add(offer.bidId());
      }
    }
    return new Result(List.copyOf(fills), List.copyOf(lost), remaining);
  }
}
