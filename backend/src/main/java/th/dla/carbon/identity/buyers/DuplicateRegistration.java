package th.dla.carbon.identity.buyers;

import java.util.List;
import th.dla.carbon.platform.web.FieldProblem;
import th.dla.carbon.platform.web.ProblemException;
import th.dla.carbon.platform.web.ProblemType;

/** 409: the tax ID or the username is already registered; {@code errors[0].field} says which. */
public class DuplicateRegistration extends ProblemException {

  private DuplicateRegistration(String detail, FieldProblem field) {
    super(ProblemType.CONFLICT, detail, List.of(field));
  }

  static DuplicateRegistration taxId() {
    return new DuplicateRegistration("An organisation with this tax ID is already registered. If it is yours, contact DLA.",
        new FieldProblem("taxId", "is already registered"));
  }

  static DuplicateRegistration username() {
    return new DuplicateRegistration("The username is taken. Choose another.", new FieldProblem("username", "is taken"));
  }
}
