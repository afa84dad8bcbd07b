package th.dla.carbon.registry;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A T-VER issuance with its allocation to LAOs, as DLA's admin sends it (JSON, or CSV for the allocation). Every
 * field may be missing here: {@link Issuances} reports each problem with its field or CSV line.
 */
public record IssuanceRequest(@Nullable String projectCode, @Nullable Integer vintage, @Nullable Long serialFirst,
    @Nullable Long serialLast, @Nullable String tgoReference, @Nullable LocalDate issuedOn,
    @Nullable List<AllocationLine> allocations) {

  /**
   * One LAO's share. {@code line} is the CSV line it came from (errors then name {@code "line N"}); null for JSON
   * (errors name {@code "allocations[i].laoCode"}).
   */
  public record AllocationLine(@Nullable String laoCode, @Nullable Long quantity, @Nullable Integer line) {

    public AllocationLine(@Nullable String laoCode, @Nullable Long quantity) {
      this(laoCode, quantity, null);
    }
  }
}
