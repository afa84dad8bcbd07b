package th.dla.carbon.registry;

import th.dla.carbon.platform.web.ProblemException;
import th.dla.carbon.platform.web.ProblemType;

/** 409 {@code conflict}: a holder already holds credits of another account. */
public class HolderConflict extends ProblemException {
  public HolderConflict(Holder holder) {
    super(ProblemType.CONFLICT, holder + " already holds credits of another account; a holder holds credits of one account only.");
  }
}
