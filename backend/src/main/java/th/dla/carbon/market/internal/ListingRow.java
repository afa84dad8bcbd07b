package th.dla.carbon.market.internal;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import th.dla.carbon.market.ListingMode;
import th.dla.carbon.market.ListingState;
import th.dla.carbon.market.ListingView;

/** One row of market.listing. */
public record ListingRow(
    UUID id, String laoCode, String provinceCode, String laoNameTh, ListingMode mode, ListingState state,
    long quantity, long remaining, BigDecimal unitPrice, long minLot, @Nullable Integer vintage,
    @Nullable Instant endsAt, @Nullable BigDecimal reservePrice, @Nullable BigDecimal minIncrement,
    @Nullable String description, List<String> projectCodes, @Nullable BigDecimal bestPrice, int bidCount,
    UUID createdBy, String createdByName, @Nullable UUID approvedBy, @Nullable String approvedByName,
    @Nullable Instant submittedAt, @Nullable Instant approvedAt, @Nullable Instant closedAt, Instant createdAt) {

  static final String COLUMNS = """
      id, lao_code, province_code, lao_name_th, mode, state, quantity, remaining, unit_price, min_lot, vintage,
      ends_at, reserve_price, min_increment, description, project_codes, best_price, bid_count, created_by,
      created_by_name, approved_by, approved_by_name, submitted_at, approved_at, closed_at, created_at""";

  static ListingRow read(Readable r) {
    Short vintage = r.get("vintage", Short.class);
    String[] projects = r.get("project_codes", String[].class);
    return new ListingRow(
        r.get("id", UUID.class), r.get("lao_code", String.class), r.get("province_code", String.class),
        r.get("lao_name_th", String.class), ListingMode.valueOf(r.get("mode", String.class)),
        ListingState.valueOf(r.get("state", String.class)), r.get("quantity", Long.class), r.get("remaining", Long.class),
        r.get("unit_price", BigDecimal.class), r.get("min_lot", Long.class), vintage == null ? null : vintage.intValue(),
        instant(r, "ends_at"), r.get("reserve_price", BigDecimal.class), r.get("min_increment", BigDecimal.class),
        r.get("description", String.class), projects == null ? List.of() : List.of(projects), r.get("best_price", BigDecimal.class),
        r.get("bid_count", Integer.class), r.get("created_by", UUID.class), r.get("created_by_name", String.class),
        r.get("approved_by", UUID.class), r.get("approved_by_name", String.class), instant(r, "submitted_at"),
        instant(r, "approved_at"), instant(r, "closed_at"), instant(r, "created_at"));
  }

  static @Nullable Instant instant(Readable r, String column) {
    OffsetDateTime value = r.get(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  public ListingView view() {
    return new ListingView(id, laoCode, laoNameTh, provinceCode, mode, state, quantity, remaining, unitPrice, minLot,
        vintage, endsAt, reservePrice, minIncrement, description, projectCodes, bestPrice, bidCount, createdByName,
        approvedByName, submittedAt, approvedAt, closedAt, createdAt);
  }
}
