package th.dla.carbon.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import th.dla.carbon.platform.web.ProblemType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The error contract of docs/api.md, checked on one response: never a 5xx; every error an
 * {@code application/problem+json} body with our {@code type}, a {@code title}, the HTTP {@code status} and a
 * {@code detail}; and nothing internal (stack traces, SQL, class names) in it.
 */
final class ProblemContract {

  /** What leaks look like: qualified class names, exception names, SQL errors, stack frames. */
  static final Pattern LEAK = Pattern.compile(
      "\\b(?:org|java|javax|jakarta|tools|reactor|io|com|sun|th\\.dla)\\.[a-z]+\\.|Exception|SQLState|SQL state"
          + "|syntax error at or near|duplicate key|violates [a-z ]*constraint|\\tat |\\bR2dbc|PSQL|Caused by");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ProblemContract() {}

  /** Everything wrong with this response; empty when it keeps the contract. */
  static List<String> violations(int status, String contentType, byte[] body) {
    List<String> violations = new ArrayList<>();
    if (status >= 500) {
      violations.add("server error " + status);
    }
    if (status < 400) {
      return violations;
    }
    MediaType type = parse(contentType);
    if (type == null || !type.equalsTypeAndSubtype(MediaType.APPLICATION_PROBLEM_JSON)) {
      violations.add("content type is " + contentType + ", not application/problem+json");
    }
    String text = new String(body, java.nio.charset.StandardCharsets.UTF_8);
    Matcher leak = LEAK.matcher(text);
    if (leak.find()) {
      violations.add("internal detail leaked: '" + leak.group() + "'");
    }
    Map<?, ?> problem;
    try {
      problem = JSON.readValue(body, Map.class);
    } catch (RuntimeException notJson) {
      violations.add("body is not a JSON object");
      return violations;
    }
    if (!(problem.get("type") instanceof String problemType) || !problemType.startsWith(ProblemType.BASE_URI)) {
      violations.add("type " + problem.get("type") + " is not one of ours");
    }
    if (!(problem.get("title") instanceof String title) || title.isBlank()) {
      violations.add("no title");
    }
    if (!(problem.get("status") instanceof Number number) || number.intValue() != status) {
      violations.add("status " + problem.get("status") + " differs from HTTP " + status);
    }
    if (!(problem.get("detail") instanceof String detail) || detail.isBlank()) {
      violations.add("no detail");
    }
    for (String internal : List.of("trace", "stackTrace", "exception", "error")) {
      if (problem.containsKey(internal)) {
        violations.add("property '" + internal + "' (Spring's default error body, not ours)");
      }
    }
    return violations;
  }

  private static MediaType parse(String contentType) {
    try {
      return contentType == null ? null : MediaType.parseMediaType(contentType);
    } catch (RuntimeException invalid) {
      return null;
    }
  }
}
