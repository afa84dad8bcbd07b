package th.dla.carbon.market;

import th.dla.carbon.platform.web.ProblemException;
import th.dla.carbon.platform.web.ProblemType;

/** 403 {@code maker-cannot-approve}: maker–checker, the officer who drafted a listing never approves it. */
public class MakerCannotApprove extends ProblemException {
  public MakerCannotApprove(String detail) {
    super(ProblemType.MAKER_CANNOT_APPROVE, detail);
  }
}
