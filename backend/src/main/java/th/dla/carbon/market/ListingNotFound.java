package th.dla.carbon.market;

import java.util.UUID;
import th.dla.carbon.platform.web.ProblemException;
import th.dla.carbon.platform.web.ProblemType;

/** 404: no such listing (or one the caller may not see, such as another LAO's draft). */
public class ListingNotFound extends ProblemException {
  public ListingNotFound(UUID id) {
    super(ProblemType.NOT_FOUND, "Listing " + id + " does not exist");
  }
}
