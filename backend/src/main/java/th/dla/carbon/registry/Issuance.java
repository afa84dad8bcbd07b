package th.dla.carbon.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An issuance as recorded, with its allocation blocks in the order given. */
public record Issuance(UUID id, String projectCode, int vintage, long serialFirst, long serialLast, long quantity,
    String tgoReference, LocalDate issuedOn, OffsetDateTime createdAt, List<Allocation> allocations) {

  /** One LAO's contiguous block of the issuance. */
  public record Allocation(String laoCode, String laoNameTh, long quantity, long serialFirst, long serialLast, String blockSerial) {}
}
