package th.dla.carbon.identity.buyers;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import th.dla.carbon.platform.web.FieldProblem;

/**
 * Thai phone numbers and email addresses, as buyers and LAO officers write them. Phone numbers are kept in one
 * form: mobile {@code 081-234-5678}, Bangkok {@code 02-123-4567}, other landlines {@code 053-123-456}, with an
 * optional extension ({@code ต่อ 12}); {@code +66} is read as the leading 0.
 */
public final class ContactRules {

  private static final Pattern EXTENSION = Pattern.compile("^(.*?)\\s*(?:ต่อ|ext\\.?|x|#)\\s*([0-9]{1,5})$", Pattern.CASE_INSENSITIVE);
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");

  private ContactRules() {}

  /** The phone number in its canonical form, or null when it is not a Thai phone number. */
  public static @Nullable String phone(@Nullable String raw) {
    if (raw == null || raw.isBlank() || raw.length() > 40) {
      return null;
    }
    String number = raw.strip();
    String extension = null;
    Matcher ext = EXTENSION.matcher(number);
    if (ext.matches()) {
      number = ext.group(1);
      extension = ext.group(2);
    }
    if (!number.matches("[0-9+\\-\\s().]+")) {
      return null;
    }
    String digits = number.replaceAll("[^0-9+]", "");
    if (digits.startsWith("+66")) {
      digits = "0" + digits.substring(3);
    } else if (digits.startsWith("66") && digits.length() >= 10) {
      digits = "0" + digits.substring(2);
    }
    if (!digits.matches("0[0-9]+")) {
      return null;
    }
    String formatted;
    if (digits.matches("0[689][0-9]{8}")) {
      formatted = digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6);
    } else if (digits.matches("02[0-9]{7}")) {
      formatted = "02-" + digits.substring(2, 5) + "-" + digits.substring(5);
    } else if (digits.matches("0[3457][0-9]{7}")) {
      formatted = digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6);
    } else {
      return null;
    }
    return extension == null ? formatted : formatted + " ต่อ " + extension;
  }

  /** The address with surrounding spaces removed, or null when it is not an email address. */
  public static @Nullable String email(@Nullable String raw) {
    if (raw == null) {
      return null;
    }
    String email = raw.strip();
    return email.length() <= 254 && EMAIL.matcher(email).matches() ? email : null;
  }

  /** {@link #phone(String)}, or null and a problem for the field. */
  public static @Nullable String phone(@Nullable String raw, String field, List<FieldProblem> problems) {
    String phone = phone(raw);
    if (phone == null) {
      problems.add(new FieldProblem(field, "must be a Thai phone number, e.g. 081-234-5678 or 02-123-4567"));
    }
    return phone;
  }

  /** {@link #email(String)}, or null and a problem for the field. */
  public static @Nullable String email(@Nullable String raw, String field, List<FieldProblem> problems) {
    String email = email(raw);
    if (email == null) {
      problems.add(new FieldProblem(field, "must be an email address"));
    }
    return email;
  }

  /**
   * A name or line of text, trimmed and with runs of white space made one space; null and a problem for the field
   * when it is empty, longer than {@code max} characters or holds control characters.
   */
  public static @Nullable String requiredText(@Nullable String value, String field, int max, List<FieldProblem> problems) {
    String text = value == null ? "" : value.strip().replaceAll("\\s+", " ");
    if (text.isEmpty()) {
      problems.add(new FieldProblem(field, "is required"));
    } else if (text.codePointCount(0, text.length()) > max) {
      problems.add(new FieldProblem(field, "must be at most " + max + " characters"));
    } else if (text.chars().anyMatch(Character::isISOControl)) {
      problems.add(new FieldProblem(field, "must not contain control characters"));
    } else {
      return text;
    }
    return null;
  }
}
