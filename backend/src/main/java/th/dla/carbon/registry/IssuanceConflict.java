package th.dla.carbon.registry;

import java.util.List;
import th.dla.carbon.platform.web.FieldProblem;
import th.dla.carbon.platform.web.ProblemException;
import th.dla.carbon.platform.web.ProblemType;

/** 409 {@code issuance-conflict}: the TGO reference is recorded with different content. */
public class IssuanceConflict extends ProblemException {
  public IssuanceConflict(String tgoReference, List<FieldProblem> differences) {
    super(ProblemType.ISSUANCE_CONFLICT, "TGO reference " + tgoReference
        + " is already recorded with different content; an issuance cannot be changed by sending it again.", differences);
  }
}
