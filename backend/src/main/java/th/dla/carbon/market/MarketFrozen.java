package th.dla.carbon.market;

import th.dla.carbon.platform.web.ProblemException;
import th.dla.carbon.platform.web.ProblemType;

/** 423 {@code market-frozen}: a DLA administrator froze trading; reads continue. */
public class MarketFrozen extends ProblemException {
  public MarketFrozen(String detail) {
    super(ProblemType.MARKET_FROZEN, detail);
  }
}
