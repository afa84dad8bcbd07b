package th.dla.carbon.market;

import th.dla.carbon.platform.web.ProblemException;
import th.dla.carbon.platform.web.ProblemType;

/** 409 {@code listing-not-open}: the listing is not open for bids. */
public class ListingNotOpen extends ProblemException {
  public ListingNotOpen(String detail) {
    super(ProblemType.LISTING_NOT_OPEN, detail);
  }
}
