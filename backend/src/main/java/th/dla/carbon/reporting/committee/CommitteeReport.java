package th.dla.carbon.reporting.committee;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import th.dla.carbon.directory.Province;
import th.dla.carbon.identity.OfficerAppointment;
import th.dla.carbon.market.ListingMode;

/**
 * The provincial committee report for a period {@code [from, to]} (Bangkok dates, inclusive): each LAO's trading
 * channel and activity, the LAOs holding credits without a listing, and the roster of responsible officers.
 */
public record CommitteeReport(Province province, LocalDate from, LocalDate to, Instant generatedAt, Totals totals,
    List<LaoActivity> laos, List<IdleLao> idle, List<OfficerAppointment> officers) {

  /** An LAO with listings open in the period, trades made in it or revenue received in it. */
  public record LaoActivity(String code, String nameTh, String district, List<ListingMode> modes, int listingsOpened,
      long quantityListed, int bidsReceived, int trades, long quantity, BigDecimal value, @Nullable BigDecimal minPrice,
      @Nullable BigDecimal avgPrice, @Nullable BigDecimal maxPrice, @Nullable BigDecimal vwap, BigDecimal revenue,
      int cancelled, List<Buyer> buyers, long available) {}

  /** A buyer of an LAO in the period (trades not cancelled). */
  public record Buyer(String name, long quantity, BigDecimal value) {}

  /** An LAO holding credits that had no listing open at any time in the period. */
  public record IdleLao(String code, String nameTh, String district, long allocated, long available) {}

  public record Totals(int laosActive, int laosTrading, int listingsOpened, long quantityListed, int bidsReceived,
      int trades, long quantity, BigDecimal value, @Nullable BigDecimal vwap, BigDecimal revenue, int buyers,
      int laosIdle, long idleCredits, int officers) {}

  public static String modeTh(ListingMode mode) {
    return switch (mode) {
      case FIXED_PRICE -> "ราคาคงที่";
      case NEGOTIABLE -> "ต่อรองราคา";
      case AUCTION -> "ประมูล";
    };
  }

  /** The trading channel as the committee asks for it: this system, and the ways of selling used. */
  public static String channelTh(List<ListingMode> modes) {
    if (modes.isEmpty()) {
      return "ระบบบัญชีคาร์บอนเครดิตของ อปท.";
    }
    return "ระบบบัญชีคาร์บอนเครดิตของ อปท. (" + String.join(", ", modes.stream().map(CommitteeReport::modeTh).toList()) + ")";
  }
}
