package th.dla.carbon.market;

import th.dla.carbon.platform.web.ProblemException;
import th.dla.carbon.platform.web.ProblemType;

/** 422 {@code idempotency-key-reused}: the key was used for a request with a different body. */
public class IdempotencyKeyReused extends ProblemException {
  public IdempotencyKeyReused(String detail) {
    super(ProblemType.IDEMPOTENCY_KEY_REUSED, detail);
  }
}
