package th.dla.carbon.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The dashboards' response bodies (the contract in docs/api.md). Quantities are whole credits; money is THB with 2
 * decimals; months are {@code "YYYY-MM"} in Asia/Bangkok.
 */
public final class DashboardViews {

  private DashboardViews() {}

  /** {@code GET /api/v1/dashboards/national}. */
  public record NationalDashboard(Instant asOf, DashboardTotals totals, DashboardLaoCounts laos, long verifiedBuyers,
      BigDecimal revenue, List<VintagePrice> prices, List<MonthFigures> monthly, List<ProvinceFigures> provinces,
      TopProvinces topProvinces) {}

  /**
   * Credits by state: {@code issued} (= {@code allocated}) to LAOs, {@code listed} on open listings, {@code sold} in
   * trades not cancelled, {@code retired} by buyers, {@code available} in LAO accounts and not listed.
   */
  public record DashboardTotals(long issued, long allocated, long listed, long sold, long retired, long available) {}

  /** LAOs in the directory ({@code total}), and those holding, listing and having sold credits. */
  public record DashboardLaoCounts(long total, long holding, long listing, long selling) {}

  /** Prices of one vintage: the last trade (not cancelled), the volume-weighted average and the volume traded. */
  public record VintagePrice(int vintage, @Nullable BigDecimal lastPrice, @Nullable Instant lastTradeAt,
      @Nullable BigDecimal vwap, long volume) {}

  /** One month: credits traded (by trade date), their value and average price, credits retired. */
  public record MonthFigures(String month, long volume, BigDecimal value, @Nullable BigDecimal vwap, long retired) {}

  /** One province on the national map. */
  public record ProvinceFigures(String code, String nameTh, String nameEn, String region, int gridCol, int gridRow,
      long issued, long available, long listed, long sold, long retired, BigDecimal revenue,
      long laosHolding, long laosListing, long laosSelling) {}

  /** The five leading provinces by each measure (provinces with nothing are left out). */
  public record TopProvinces(List<TopProvince> sold, List<TopProvince> retired, List<TopProvince> revenue,
      List<TopProvince> available) {}

  public record TopProvince(String code, String nameTh, String nameEn, BigDecimal value) {}

  /** {@code GET /api/v1/dashboards/provinces/{code}}. */
  public record ProvinceDashboard(Instant asOf, DashboardProvince province, DashboardTotals totals, DashboardLaoCounts laos,
      BigDecimal revenue, List<VintagePrice> prices, List<MonthFigures> monthly, List<LaoFigures> laoRows,
      List<DashboardOpenListing> openListings, List<DashboardRetirement> retirements) {}

  public record DashboardProvince(String code, String nameTh, String nameEn, String region) {}

  /**
   * One LAO of the province with credits or a bin report: {@code credits} allocated to it; households and bins of
   * its latest report (0 when it has not reported) and the credits per year they are estimated to earn.
   */
  public record LaoFigures(String code, String nameTh, String type, String district, long credits, long available,
      long listed, long sold, long retired, BigDecimal revenue, long households, long bins, long estimatedCredits) {}

  public record DashboardOpenListing(UUID id, String laoCode, String laoNameTh, String mode, @Nullable Integer vintage,
      long remaining, BigDecimal unitPrice, @Nullable Instant endsAt) {}

  /** A retirement by a buyer organisation located in the province (its address). */
  public record DashboardRetirement(String certificateNo, @Nullable String buyerName, long quantity, @Nullable Integer vintage,
      Instant retiredAt, String beneficiary) {}

  /** {@code GET /api/v1/dashboards/laos/{code}}. */
  public record LaoDashboard(Instant asOf, DashboardLao lao, long households, long bins, long estimatedCredits,
      List<VintageCredits> creditsByVintage, List<DashboardLaoListing> listings, List<DashboardSale> sales) {}

  public record DashboardLao(String code, String nameTh, String type, String provinceCode, String provinceNameTh, String district) {}

  public record VintageCredits(int vintage, long allocated, long available, long listed, long sold, long retired) {}

  public record DashboardLaoListing(UUID id, String mode, String state, @Nullable Integer vintage, long quantity, long remaining,
      BigDecimal unitPrice, @Nullable Instant openedAt, @Nullable Instant endsAt) {}

  /** A sale (a trade not cancelled, one line per vintage of its credits); buyers are never named. */
  public record DashboardSale(LocalDate date, int vintage, long quantity, BigDecimal unitPrice, BigDecimal total) {}

  /** {@code POST /api/v1/admin/dashboards/rebuild}: LAOs, provinces and months with figures after the rebuild. */
  public record DashboardRebuild(Instant rebuiltAt, long laos, long provinces, long months) {}
}
