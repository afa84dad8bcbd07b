package th.dla.carbon.identity;

import java.util.UUID;
import th.dla.carbon.platform.web.ProblemException;
import th.dla.carbon.platform.web.ProblemType;

/** 403 {@code buyer-not-verified}: the organisation is pending, rejected, suspended, or not registered at all. */
public class BuyerNotVerified extends ProblemException {

  public BuyerNotVerified(UUID buyerId, BuyerStatus status) {
    super(ProblemType.BUYER_NOT_VERIFIED, switch (status) {
      case PENDING -> "The organisation " + buyerId + " is waiting for DLA to verify it; it can trade once verified.";
      case REJECTED -> "The organisation " + buyerId + " was not verified by DLA and cannot trade.";
      case SUSPENDED -> "The organisation " + buyerId + " is suspended by DLA and cannot trade.";
      case VERIFIED -> throw new IllegalArgumentException("verified");
    });
  }

  public BuyerNotVerified(String detail) {
    super(ProblemType.BUYER_NOT_VERIFIED, detail);
  }
}
