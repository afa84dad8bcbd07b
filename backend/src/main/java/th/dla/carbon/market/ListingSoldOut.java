package th.dla.carbon.market;

import th.dla.carbon.platform.web.ProblemException;
import th.dla.carbon.platform.web.ProblemType;

/** 409 {@code listing-sold-out}: nothing is left to sell. */
public class ListingSoldOut extends ProblemException {
  public ListingSoldOut(String detail) {
    super(ProblemType.LISTING_SOLD_OUT, detail);
  }
}
