package th.dla.carbon.registry;

import th.dla.carbon.platform.web.ProblemException;
import th.dla.carbon.platform.web.ProblemType;

/** 409 {@code reporting-window-closed}: wet-waste-bin figures are accepted only while DLA has a window open. */
public class ReportingWindowClosed extends ProblemException {
  public ReportingWindowClosed(String detail) {
    super(ProblemType.REPORTING_WINDOW_CLOSED, detail);
  }
}
