package th.dla.carbon.settlement;

import java.util.Set;

/**
 * Where a trade is. {@code AWAITING_PAYMENT → PAYMENT_REPORTED → PAYMENT_CONFIRMED → SETTLED}; {@code CANCELLED}
 * from the first two (by a party, or when the payment deadline passes unpaid).
 */
public enum TradeState {
  AWAITING_PAYMENT,
  PAYMENT_REPORTED,
  PAYMENT_CONFIRMED,
  SETTLED,
  CANCELLED;

  /** States a party may still cancel from. */
  public static final Set<TradeState> CANCELLABLE = Set.of(AWAITING_PAYMENT, PAYMENT_REPORTED);
}
