package th.dla.carbon.platform.pdf;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as Thai documents write them: Buddhist Era (พ.ศ. = CE + 543), Thai month names, Bangkok time. */
public final class ThaiDates {

  public static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
  private static final String[] MONTHS = {"มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
      "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"};
  private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private ThaiDates() {}

  /** 15 มกราคม พ.ศ. 2569 */
  public static String date(LocalDate date) {
    return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " พ.ศ. " + (date.getYear() + 543);
  }

  /** 15 มกราคม พ.ศ. 2569 (Bangkok date of the instant) */
  public static String date(Instant instant) {
    return date(instant.atZone(BANGKOK).toLocalDate());
  }

  /** 15 มกราคม พ.ศ. 2569 เวลา 14:30 น. */
  public static String dateTime(Instant instant) {
    ZonedDateTime at = instant.atZone(BANGKOK);
    return date(at.toLocalDate()) + " เวลา %02d:%02d น.".formatted(at.getHour(), at.getMinute());
  }

  /** 15 January 2026 (Bangkok date of the instant) */
  public static String englishDate(Instant instant) {
    return ENGLISH.format(instant.atZone(BANGKOK));
  }

  /** A CE year in the Buddhist Era: 2024 → 2567 */
  public static int buddhistYear(int ceYear) {
    return ceYear + 543;
  }
}
