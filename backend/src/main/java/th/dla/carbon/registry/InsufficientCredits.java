package th.dla.carbon.registry;

import th.dla.carbon.platform.web.ProblemException;
import th.dla.carbon.platform.web.ProblemType;

/** 409 {@code insufficient-credits}: the account has fewer available credits (of the vintage) than asked for. */
public class InsufficientCredits extends ProblemException {
  public InsufficientCredits(long requested, long available) {
    super(ProblemType.INSUFFICIENT_CREDITS,
        "Requested " + requested + " credits but only " + available + " are available.");
  }
}
