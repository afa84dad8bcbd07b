package th.dla.carbon.platform.web;

import java.util.List;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Base of every domain error. Modules subclass it ({@code LaoNotFound}, {@code ListingNotOpen}, ...) so that
 * the reason is named in code, and the single exception handler turns it into {@code application/problem+json}.
 */
public class ProblemException extends ErrorResponseException {

  public ProblemException(ProblemType type, String detail) {
    this(type, detail, List.of());
  }

  public ProblemException(ProblemType type, String detail, List<FieldProblem> errors) {
    super(type.status(), problem(type, detail, errors), null);
  }

  private static ProblemDetail problem(ProblemType type, String detail, List<FieldProblem> errors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
    problem.setType(type.uri());
    problem.setTitle(type.title());
    if (!errors.isEmpty()) {
      problem.setProperty("errors", List.copyOf(errors));
    }
    return problem;
  }

  public static ProblemException notFound(String what, Object id) {
    return new ProblemException(ProblemType.NOT_FOUND, what + " " + id + " does not exist");
  }
}
