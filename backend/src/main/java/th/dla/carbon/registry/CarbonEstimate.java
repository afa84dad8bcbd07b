package th.dla.carbon.registry;

import java.math.BigDecimal;

/**
 * An estimate of the creditable emission reduction of an LAO's wet-waste bins: {@code households × factor}
 * tCO2e per year, with whole credits rounded down. Decimals are strings in JSON, so no client rounds them.
 *
 * @param factor tCO2e per household per year ({@code carbon.registry.tco2e-per-household}, default 0.0452)
 * @param arithmetic the calculation in words, e.g. "1,250 households × 0.0452 tCO2e = 56.5000 tCO2e per year"
 * @param source where the factor comes from
 */
public record CarbonEstimate(long households, BigDecimal factor, BigDecimal tco2ePerYear, long creditsPerYear,
    String arithmetic, String source) {}
