package th.dla.carbon.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import th.dla.carbon.market.internal.AuctionAllocation;
import th.dla.carbon.market.internal.AuctionAllocation.Fill;
import th.dla.carbon.market.internal.AuctionAllocation.Offer;

/** The close of an auction by price then time, pay-as-bid, computed by hand. */
class AuctionAllocationTest {

  private static Offer offer(UUID id, long quantity, String price, long seq) {
    return new Offer(id, quantity, new BigDecimal(price), seq);
  }

  @Test
  void highestPricesWinFirstAndTheMarginalBidTakesTheRestWhenItIsAtLeastTheMinimumLot() {
    UUID a = UUID.randomUUID(), b = UUID.randomUUID(), c = UUID.randomUUID(), d = UUID.randomUUID();
    // 100 credits, lot 10: D 25 @215, C 50 @210 → 75 sold, B gets the last 25 of its 30, A loses
    var result = AuctionAllocation.allocate(100, 10, List.of(offer(a, 40, "200", 1), offer(b, 30, "205", 2), offer(c, 50, "210", 3), offer(d, 25, "215", 4)));
    assertThat(result.fills()).containsExactly(new Fill(d, 25), new Fill(c, 50), new Fill(b, 25));
    assertThat(result.lost()).containsExactly(a);
    assertThat(result.unsold()).isZero();
  }

  @Test
  void aMarginalRemainderBelowTheMinimumLotIsNotSoldAndTheBidLoses() {
    UUID a = UUID.randomUUID(), b = UUID.randomUUID();
    var result = AuctionAllocation.allocate(100, 20, List.of(offer(a, 90, "300", 1), offer(b, 30, "250", 2)));
    assertThat(result.fills()).containsExactly(new Fill(a, 90));
    assertThat(result.lost()).containsExactly(b);
    assertThat(result.unsold()).isEqualTo(10);
  }

  @Test
  void equalPricesAreServedInOrderOfArrival() {
    UUID early = UUID.randomUUID(), late = UUID.randomUUID();
    var result = AuctionAllocation.allocate(50, 1, List.of(offer(late, 40, "250.00", 9), offer(early, 40, "250", 3)));
    assertThat(result.fills()).containsExactly(new Fill(early, 40), new Fill(late, 10));
  }

  @Test
  void withoutBidsEverythingStaysUnsold() {
    var result = AuctionAllocation.allocate(70, 5, List.of());
    assertThat(result.fills()).isEmpty();
    assertThat(result.unsold()).isEqualTo(70);
  }
}
