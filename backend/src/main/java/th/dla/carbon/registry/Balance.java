package th.dla.carbon.registry;

import java.util.UUID;

/**
 * An account's position in one issuance. {@code received} counts credits that came in from another account
 * (allocation to an LAO, a purchase by a buyer); {@code sold} the credits transferred out to another account,
 * {@code retired} those this account retired. Always: {@code received - sold - retired = available +
 * reservedForListings + reservedForTrades}.
 */
public record Balance(UUID issuanceId, String projectCode, int vintage, long received, long available,
    long reservedForListings, long reservedForTrades, long sold, long retired) {

  public long reserved() {
    return reservedForListings + reservedForTrades;
  }

  /** credits the account holds today (available or reserved) */
  public long held() {
    return available + reserved();
  }
}
