package th.dla.carbon.reporting.tables;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writing cells with fastexcel: text as inline strings (no shared-strings table growing with the export), numbers
 * as numbers, money with two decimals, times as Bangkok date-times.
 */
public final class Xlsx {

  public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

  private Xlsx() {}

  public static void header(Worksheet sheet, int row, List<Column> columns) {
    for (int c = 0; c < columns.size(); c++) {
      sheet.inlineString(row, c, columns.get(c).header());
      sheet.style(row, c).bold().fillColor("E3F1EA").wrapText(true).set();
      sheet.width(c, columns.get(c).width());
    }
  }

  public static void row(Worksheet sheet, int row, List<Column> columns, List<?> values) {
    for (int c = 0; c < columns.size() && c < values.size(); c++) {
      cell(sheet, row, c, columns.get(c).kind(), values.get(c));
    }
  }

  public static void cell(Worksheet sheet, int row, int col, Column.Kind kind, Object value) {
    if (value == null) {
      return;
    }
    if (value instanceof BigDecimal decimal) {
      sheet.value(row, col, decimal);
      if (kind == Column.Kind.MONEY) {
        sheet.style(row, col).format("#,##0.00").set();
      }
    } else if (value instanceof Number number) {
      sheet.value(row, col, number);
      if (kind == Column.Kind.INTEGER) {
        sheet.style(row, col).format("#,##0").set();
      }
    } else if (value instanceof Instant instant) {
      sheet.value(row, col, instant.atZone(BANGKOK).toLocalDateTime());
      sheet.style(row, col).format("yyyy-mm-dd hh:mm:ss").set();
    } else if (value instanceof LocalDate date) {
      sheet.value(row, col, date);
      sheet.style(row, col).format("yyyy-mm-dd").set();
    } else {
      sheet.inlineString(row, col, value.toString());
    }
  }

  /** Writes what was added so far to the stream and lets it go. */
  public static void flush(Worksheet sheet) {
    try {
      sheet.flush();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
