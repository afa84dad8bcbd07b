package th.dla.carbon.dashboard.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Months of the dashboards: calendar months in Thailand's time zone, as their first day. */
public final class Months {

  public static final ZoneId THAILAND = ZoneId.of("Asia/Bangkok");

  private Months() {}

  public static LocalDate of(Instant at) {
    return at.atZone(THAILAND).toLocalDate().withDayOfMonth(1);
  }
}
