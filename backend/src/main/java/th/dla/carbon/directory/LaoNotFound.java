package th.dla.carbon.directory;

import th.dla.carbon.platform.web.ProblemException;
import th.dla.carbon.platform.web.ProblemType;

public class LaoNotFound extends ProblemException {
  public LaoNotFound(String code) {
    super(ProblemType.NOT_FOUND, "LAO " + code + " does not exist");
  }
}
