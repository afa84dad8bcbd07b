package th.dla.carbon.registry;

import java.util.UUID;

/**
 * An inclusive range of serial numbers of one issuance ({@code quantity = last - first + 1}) with where it comes
 * from: the project, the vintage (CE year) and the LAO it was allocated to at issuance.
 */
public record SerialRange(UUID issuanceId, String projectCode, int vintage, long first, long last, String originLaoCode) {

  public long quantity() {
    return last - first + 1;
  }

  /** The block's serial, e.g. {@code TVER-DLA-WWB-2023-000000001-000000037} (see {@link SerialNumber}). */
  public String blockSerial() {
    return SerialNumber.block(projectCode, vintage, first, last);
  }
}
