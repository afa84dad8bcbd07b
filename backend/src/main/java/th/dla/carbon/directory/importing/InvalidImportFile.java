package th.dla.carbon.directory.importing;

import java.util.List;
import th.dla.carbon.platform.web.FieldProblem;
import th.dla.carbon.platform.web.ProblemException;
import th.dla.carbon.platform.web.ProblemType;

/** The file as a whole cannot be read (wrong columns, broken quoting, not UTF-8): nothing is imported. */
public class InvalidImportFile extends ProblemException {
  public InvalidImportFile(String detail) {
    super(ProblemType.INVALID_IMPORT_FILE, detail, List.of(new FieldProblem("file", detail)));
  }
}
