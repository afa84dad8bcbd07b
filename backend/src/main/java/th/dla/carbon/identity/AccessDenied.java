package th.dla.carbon.identity;

import th.dla.carbon.platform.web.ProblemException;
import th.dla.carbon.platform.web.ProblemType;

/** The caller is signed in but may not do this to this resource (the service-level, ownership check). */
public class AccessDenied extends ProblemException {
  public AccessDenied(String detail) {
    super(ProblemType.FORBIDDEN, detail);
  }
}
