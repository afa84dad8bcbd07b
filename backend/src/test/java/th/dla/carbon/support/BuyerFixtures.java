package th.dla.carbon.support;

import java.util.concurrent.atomic.AtomicLong;
import reactor.core.publisher.Mono;
import th.dla.carbon.identity.Actor;
import th.dla.carbon.identity.BuyerStatus;
import th.dla.carbon.identity.Buyers;
import th.dla.carbon.identity.OrganisationType;

/** Buyer organisations registered through identity's real API, in the status a test needs. */
public final class BuyerFixtures {

  /** Tax IDs unique across the test JVM and across runs on the same database. */
  private static final AtomicLong NEXT_TAX_ID = new AtomicLong((System.currentTimeMillis() / 1000) % 1_000_000_000L);

  private BuyerFixtures() {}

  /** A user of a newly registered organisation in the given status. */
  public static Mono<Actor> buyerOf(Buyers buyers, BuyerStatus status) {
    String taxId = taxId(NEXT_TAX_ID.incrementAndGet());
    String username = "buyer." + taxId;
    return buyers.ensureDemoBuyer(new Buyers.DemoBuyer(OrganisationType.BUSINESS, "บริษัท ทดสอบ " + taxId + " จำกัด",
            "Test Buyer " + taxId + " Co., Ltd.", taxId, "1 ถนนทดสอบ", "บางกระสอ", "เมืองนนทบุรี", "12", "11000", "คุณทดสอบ",
            username + "@buyers.example", "02-123-4567", null, username, "Buyer " + taxId, "test-password-" + taxId, status))
        .map(Actors::buyer);
  }

  /** A 13-digit Thai tax ID (juristic person prefix 0105) with its check digit. */
  public static String taxId(long serial) {
    String first12 = "0105" + String.format("%08d", serial % 100_000_000L);
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      sum += (first12.charAt(i) - '0') * (13 - i);
    }
    return first12 + ((11 - sum % 11) % 10);
  }
}
