package th.dla.carbon.directory;

import th.dla.carbon.platform.web.ProblemException;
import th.dla.carbon.platform.web.ProblemType;

public class ProvinceNotFound extends ProblemException {
  public ProvinceNotFound(String code) {
    super(ProblemType.NOT_FOUND, "Province " + code + " does not exist");
  }
}
