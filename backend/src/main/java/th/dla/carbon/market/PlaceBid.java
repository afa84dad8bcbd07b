package th.dla.carbon.market;

import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The command behind {@code POST /api/v1/listings/{id}/bids}; {@code idempotencyKey} from the header. */
public record PlaceBid(UUID listingId, Long quantity, BigDecimal unitPrice, @Nullable String idempotencyKey) {}
