package th.dla.carbon.identity.buyers;

import org.jspecify.annotations.Nullable;
import th.dla.carbon.identity.OrganisationType;

/**
 * The 13-digit ID a buyer registers with: the juristic person ID (เลขทะเบียนนิติบุคคล, which is also the tax ID,
 * เลขประจำตัวผู้เสียภาษีอากร) of an organisation, or the citizen ID (เลขประจำตัวประชาชน) of an individual. Both end
 * with the same check digit: (11 − (Σ dᵢ·(14−i) for i = 1..12) mod 11) mod 10.
 */
public final class TaxId {

  private TaxId() {}

  /** The digits alone: people write these IDs with spaces or dashes ("0-1055-36112-01-4"). */
  public static String normalize(@Nullable String raw) {
    return raw == null ? "" : raw.replaceAll("[\\s\\-]", "");
  }

  /** Whether 13 ASCII digits end with the right check digit. */
  public static boolean hasValidCheckDigit(String digits) {
    if (digits == null || !digits.matches("[0-9]{13}")) {
      return false;
    }
    return digits.charAt(12) - '0' == checkDigit(digits.substring(0, 12));
  }

  /** The check digit of the first 12 digits. */
  public static int checkDigit(String first12) {
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      sum += (first12.charAt(i) - '0') * (13 - i);
    }
    return (11 - sum % 11) % 10;
  }

  /** Why this ID cannot be used for this kind of organisation, or null when it can. */
  public static @Nullable String problem(@Nullable String raw, @Nullable OrganisationType type) {
    String digits = normalize(raw);
    if (!digits.matches("[0-9]{13}")) {
      return "must be 13 digits";
    }
    if (!hasValidCheckDigit(digits)) {
      return "is not a valid ID: the check digit does not match";
    }
    if (type != null && type.isJuristic() && digits.charAt(0) != '0') {
      return "must be a juristic person ID, which starts with 0";
    }
    if (type == OrganisationType.INDIVIDUAL && (digits.charAt(0) == '0' || digits.charAt(0) == '9')) {
      return "must be a Thai citizen ID, which starts with 1 to 8";
    }
    return null;
  }
}
