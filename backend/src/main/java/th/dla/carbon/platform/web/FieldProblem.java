package th.dla.carbon.platform.web;

/** One entry of a problem's {@code errors} list: which input was wrong and why, in words for a person. */
public record FieldProblem(String field, String message) {}
