package th.dla.carbon.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A listing as the API shows it. {@code bestPrice} is the highest open bid (negotiation, auction). */
public record ListingView(
    UUID id, String laoCode, String laoNameTh, String provinceCode, ListingMode mode, ListingState state,
    long quantity, long remaining, BigDecimal unitPrice, long minLot, @Nullable Integer vintage,
    @Nullable Instant endsAt, @Nullable BigDecimal reservePrice, @Nullable BigDecimal minIncrement,
    @Nullable String description, List<String> projectCodes, @Nullable BigDecimal bestPrice, int bidCount,
    String createdByName, @Nullable String approvedByName, @Nullable Instant submittedAt, @Nullable Instant approvedAt,
    @Nullable Instant closedAt, Instant createdAt) {}
