package th.dla.carbon.market;

import th.dla.carbon.platform.web.ProblemException;
import th.dla.carbon.platform.web.ProblemType;

/** 409 {@code invalid-state}: the listing or bid is not in a state that allows this. */
public class InvalidState extends ProblemException {
  public InvalidState(String detail) {
    super(ProblemType.INVALID_STATE, detail);
  }
}
