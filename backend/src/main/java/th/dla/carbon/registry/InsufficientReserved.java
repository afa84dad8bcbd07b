package th.dla.carbon.registry;

import th.dla.carbon.platform.web.ProblemException;
import th.dla.carbon.platform.web.ProblemType;

/** 409 {@code insufficient-reserved}: the holder holds fewer reserved credits than the operation needs. */
public class InsufficientReserved extends ProblemException {
  public InsufficientReserved(Holder holder, long requested, long held) {
    super(ProblemType.INSUFFICIENT_RESERVED,
        holder + " holds " + held + " reserved credits; the operation needs " + requested + ".");
  }
}
