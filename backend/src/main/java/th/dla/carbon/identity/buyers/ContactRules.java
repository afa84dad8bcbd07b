package th.dla.carbon.identity.buyers;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

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
}
