package th.dla.carbon.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The market controls: the freeze and the price floors per T-VER project. */
public record MarketStatus(boolean frozen, @Nullable String reason, Instant changedAt, Map<String, BigDecimal> priceFloors) {}
