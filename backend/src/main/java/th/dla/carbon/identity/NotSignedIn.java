package th.dla.carbon.identity;

import th.dla.carbon.platform.web.ProblemException;
import th.dla.carbon.platform.web.ProblemType;

/** A service needs to know who is calling and nobody is signed in. */
public class NotSignedIn extends ProblemException {
  public NotSignedIn() {
    super(ProblemType.UNAUTHORIZED, "Sign in to do this.");
  }
}
