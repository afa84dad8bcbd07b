package th.dla.carbon.settlement.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Amounts in Thai words as written on Thai financial documents (บาทถ้วน / สตางค์): 1,234,567.50 →
 * หนึ่งล้านสองแสนสามหมื่นสี่พันห้าร้อยหกสิบเจ็ดบาทห้าสิบสตางค์. Rules: 10 is สิบ (not หนึ่งสิบ), 20 is ยี่สิบ, a final 1
 * after higher digits is เอ็ด (11 สิบเอ็ด, 21 ยี่สิบเอ็ด, 101 หนึ่งร้อยเอ็ด, 1,000,001 หนึ่งล้านเอ็ด), millions repeat
 * (10¹² = หนึ่งล้านล้าน).
 */
public final class ThaiBahtText {

  private static final String[] DIGITS = {"ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"};
  private static final String[] PLACES = {"", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน"};
  private static final long MILLION = 1_000_000L;

  private ThaiBahtText() {}

  /** The amount in baht and satang (rounded half-up to 2 decimals); negative amounts are refused. */
  public static String of(BigDecimal amount) {
    if (amount.signum() < 0) {
      throw new IllegalArgumentException("negative amount " + amount);
    }
    BigDecimal rounded = amount.setScale(2, RoundingMode.HALF_UP);
    long baht = rounded.toBigInteger().longValueExact();
    int satang = rounded.subtract(BigDecimal.valueOf(baht)).movePointRight(2).intValueExact();
    if (baht == 0 && satang == 0) {
      return "ศูนย์บาทถ้วน";
    }
    StringBuilder text = new StringBuilder();
    if (baht > 0) {
      text.append(number(baht)).append("บาท");
    }
    text.append(satang == 0 ? "ถ้วน" : number(satang) + "สตางค์");
    return text.toString();
  }

  /** A whole number (≥ 0) in Thai words: 21 → ยี่สิบเอ็ด. */
  public static String number(long n) {
    if (n < 0) {
      throw new IllegalArgumentException("negative number " + n);
    }
    if (n == 0) {
      return DIGITS[0];
    }
    return words(n);
  }

  private static String words(long n) {
    if (n >= MILLION) {
      long high = n / MILLION;
      long low = n % MILLION;
      return words(high) + "ล้าน" + (low == 0 ? "" : group((int) low, true));
    }
    return group((int) n, false);
  }

  /** Below a million. {@code afterHigher}: higher groups were written, so a lone final 1 is เอ็ด too. */
  private static String group(int n, boolean afterHigher) {
    StringBuilder text = new StringBuilder();
    String digits = Integer.toString(n);
    int length = digits.length();
    for (int i = 0; i < length; i++) {
      int digit = digits.charAt(i) - '0';
      int place = length - 1 - i;
      if (digit == 0) {
        continue;
      }
      if (place == 1) {
        text.append(digit == 1 ? "" : digit == 2 ? "ยี่" : DIGITS[digit]).append("สิบ");
      } else if (place == 0 && digit == 1 && (n > 1 || afterHigher)) {
        text.append("เอ็ด");
      } else {
        text.append(DIGITS[digit]).append(PLACES[place]);
      }
    }
    return text.toString();
  }
}
