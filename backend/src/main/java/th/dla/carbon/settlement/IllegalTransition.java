package th.dla.carbon.settlement;

import th.dla.carbon.platform.web.ProblemException;
import th.dla.carbon.platform.web.ProblemType;

/** 409 {@code illegal-transition}: the trade is not in a state that allows this step. */
public class IllegalTransition extends ProblemException {
  public IllegalTransition(String detail) {
    super(ProblemType.ILLEGAL_TRANSITION, detail);
  }
}
