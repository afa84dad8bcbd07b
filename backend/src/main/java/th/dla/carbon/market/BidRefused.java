package th.dla.carbon.market;

import th.dla.carbon.platform.web.ProblemException;
import th.dla.carbon.platform.web.ProblemType;

/** 409 {@code bid-refused}: the bid breaks a rule of the listing (price, lot, increment, quantity). */
public class BidRefused extends ProblemException {
  public BidRefused(String detail) {
    super(ProblemType.BID_REFUSED, detail);
  }
}
