package th.dla.carbon.registry;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stable text form of serial numbers (documented in docs/api.md):
 * <ul>
 *   <li>one credit: {@code TVER-<projectCode>-<vintage>-<serial>}, e.g. {@code TVER-DLA-WWB-2023-000000042};
 *   <li>a block: {@code TVER-<projectCode>-<vintage>-<first>-<last>}, e.g. {@code TVER-DLA-WWB-2023-000000001-000000037}.
 * </ul>
 * The vintage is the CE year (4 digits); serials are written with at least 9 digits, zero-padded (more digits
 * when a serial exceeds 999,999,999). Project codes are upper-case letters and digits in hyphen-separated
 * groups; a serial is parsed from the right, so hyphens in the project code are unambiguous.
 */
public record SerialNumber(String projectCode, int vintage, long serial) {

  private static final Pattern CREDIT = Pattern.compile("TVER-([A-Z0-9]+(?:-[A-Z0-9]+)*)-(\\d{4})-(\\d{9,18})");
  private static final Pattern BLOCK = Pattern.compile("TVER-([A-Z0-9]+(?:-[A-Z0-9]+)*)-(\\d{4})-(\\d{9,18})-(\\d{9,18})");

  public static String credit(String projectCode, int vintage, long serial) {
    return "TVER-%s-%04d-%09d".formatted(projectCode, vintage, serial);
  }

  public static String block(String projectCode, int vintage, long first, long last) {
    return "TVER-%s-%04d-%09d-%09d".formatted(projectCode, vintage, first, last);
  }

  /**
   * Parses one credit's serial; a block serial is accepted too and means its first credit. Empty when the text
   * is not a serial.
   */
  public static Optional<SerialNumber> parse(String text) {
    if (text == null || text.length() > 120) {
      return Optional.empty();
    }
    String upper = text.strip().toUpperCase(java.util.Locale.ROOT);
    Matcher block = BLOCK.matcher(upper);
    if (block.matches()) {
      return Optional.of(new SerialNumber(block.group(1), Integer.parseInt(block.group(2)), Long.parseLong(block.group(3))));
    }
    Matcher credit = CREDIT.matcher(upper);
    if (credit.matches()) {
      return Optional.of(new SerialNumber(credit.group(1), Integer.parseInt(credit.group(2)), Long.parseLong(credit.group(3))));
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return credit(projectCode, vintage, serial);
  }
}
