package th.dla.carbon.identity;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;
import th.dla.carbon.platform.web.FieldProblem;
import th.dla.carbon.platform.web.ProblemException;
import th.dla.carbon.platform.web.ProblemType;

/**
 * Passwords for local accounts, following NIST SP 800-63B: long enough, not absurdly long (the hash has a cost),
 * not the username, not one of the passwords every attacker tries first. No composition rules: they make
 * passwords harder to remember, not to guess.
 */
@Component
public class PasswordPolicy {

  static final int MIN_LENGTH = 10;
  static final int MAX_LENGTH = 128;
  private static final Set<String> COMMON = Set.of(
      "password", "password1", "password123", "1234567890", "12345678910", "qwertyuiop", "iloveyou12",
      "0123456789", "1111111111", "abcdefghij", "carbon1234", "changeme123", "admin12345", "welcome123",
      "letmein123", "passw0rd12", "qwerty1234", "asdfghjkl1", "zxcvbnm123", "1q2w3e4r5t");

  public void check(String username, String password) {
    String problem = problem(username, password);
    if (problem != null) {
      throw new ProblemException(ProblemType.VALIDATION_FAILED, "The password does not meet the policy.",
          List.of(new FieldProblem("password", problem)));
    }
  }

  static String problem(String username, String password) {
    if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
      return "must be at least " + MIN_LENGTH + " characters";
    }
    if (!isWellFormed(password)) {
      return "contains characters that are not valid text";
    }
    if (password.length() > MAX_LENGTH) {
      return "must be at most " + MAX_LENGTH + " characters";
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (username != null && !username.isBlank() && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
      return "must not contain the username";
    }
    if (COMMON.contains(lower) || lower.chars().distinct().count() < 4) {
      return "is too easy to guess";
    }
    return null;
  }

  /** False for text with an unpaired UTF-16 surrogate, which no UTF-8 encoder (nor the password hash) accepts. */
  static boolean isWellFormed(String text) {
    return StandardCharsets.UTF_8.newEncoder().canEncode(text);
  }
}
