package th.dla.carbon.market;

import java.util.UUID;
import th.dla.carbon.platform.web.ProblemException;
import th.dla.carbon.platform.web.ProblemType;

/** 404: no such bid, or not one the caller may act on. */
public class BidNotFound extends ProblemException {
  public BidNotFound(UUID id) {
    super(ProblemType.NOT_FOUND, "Bid " + id + " does not exist");
  }
}
