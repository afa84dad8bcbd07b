package th.dla.carbon.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An LAO's wet-waste-bin report for one reporting window, with the estimate it implies. */
public record BinReport(long id, String laoCode, long windowId, String windowTitle, LocalDate periodStart, LocalDate periodEnd,
    long households, long bins, String submittedBy, OffsetDateTime submittedAt, CarbonEstimate estimate) {}
