package th.dla.carbon.settlement.internal;

import java.security.SecureRandom;
import java.time.Year;
import java.time.ZoneId;

/**
 * Retirement certificate numbers: {@code TH-LAO-<CE year>-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX}, 28 base32 characters
 * (RFC 4648 alphabet A–Z, 2–7: no 0/1/8/9 to misread) from {@link SecureRandom} = 140 random bits, so a number
 * cannot be guessed and the public verification page does not let anyone enumerate certificates.
 */
public final class CertificateNumbers {

  private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();
  public static final String PATTERN = "TH-LAO-[0-9]{4}(-[A-Z2-7]{4}){7}";

  private CertificateNumbers() {}

  public static String next() {
    StringBuilder number = new StringBuilder("TH-LAO-").append(Year.now(ZoneId.of("Asia/Bangkok")).getValue());
    byte[] bytes = new byte[28];
    RANDOM.nextBytes(bytes);
    for (int i = 0; i < 28; i++) {
      if (i % 4 == 0) {
        number.append('-');
      }
      number.append(ALPHABET[bytes[i] & 31]);
    }
    return number.toString();
  }
}
