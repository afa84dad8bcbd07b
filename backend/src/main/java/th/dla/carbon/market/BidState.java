package th.dla.carbon.market;

/** {@code OPEN → (FILLED | PARTIALLY_FILLED | REJECTED | WITHDRAWN | LOST | EXPIRED)}; {@code COUNTERED} while a counter-offer waits. */
public enum BidState {
  OPEN,
  COUNTERED,
  FILLED,
  PARTIALLY_FILLED,
  REJECTED,
  WITHDRAWN,
  LOST,
  EXPIRED
}
