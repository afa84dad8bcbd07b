package th.dla.carbon.market;

import th.dla.carbon.platform.web.ProblemException;
import th.dla.carbon.platform.web.ProblemType;

/** 409 {@code price-below-floor}: the price is below the floor a DLA administrator set for the project. */
public class PriceBelowFloor extends ProblemException {
  public PriceBelowFloor(String detail) {
    super(ProblemType.PRICE_BELOW_FLOOR, detail);
  }
}
