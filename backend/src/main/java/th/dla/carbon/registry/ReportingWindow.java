package th.dla.carbon.registry;

import java.time.LocalDate;

/**
 * A reporting window opened by DLA: LAOs report their wet-waste-bin figures for {@code periodStart..periodEnd}
 * between {@code opensOn} and {@code closesOn} inclusive (dates in Thailand). {@code open} is true today.
 */
public record ReportingWindow(long id, String title, LocalDate periodStart, LocalDate periodEnd, LocalDate opensOn,
    LocalDate closesOn, boolean open) {}
