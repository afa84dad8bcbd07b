package th.dla.carbon.reporting.tables;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;

/**
 * CSV as Excel opens it correctly in Thai: UTF-8 with a byte-order mark, RFC 4180 quoting, CRLF line ends. Text
 * that a spreadsheet would evaluate (a leading {@code = + - @}, tab or carriage return) is prefixed with {@code '};
 * numbers are written as numbers.
 */
public final class Csv {

  public static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final CSVFormat FORMAT = CSVFormat.RFC4180;

  private Csv() {}

  public static String line(List<?> values) {
    Object[] cells = values.stream().map(Csv::cell).toArray();
    return FORMAT.format(cells) + "\r\n";
  }

  public static String line(Object... values) {
    return line(java.util.Arrays.asList(values));
  }

  public static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static Object cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof Number) {
      return value.toString();
    }
    String text = value.toString();
    return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }
}
