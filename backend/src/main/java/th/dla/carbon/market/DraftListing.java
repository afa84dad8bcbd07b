package th.dla.carbon.market;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The command behind {@code POST /api/v1/listings}. */
public record DraftListing(
    String laoCode, Long quantity, BigDecimal unitPrice, ListingMode mode, Long minLot, @Nullable Integer vintage,
    @Nullable Instant endsAt, @Nullable BigDecimal reservePrice, @Nullable BigDecimal minIncrement, @Nullable String description) {}
