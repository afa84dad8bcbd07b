package th.dla.carbon.identity;

/**
 * Where a buyer organisation stands with DLA: {@code PENDING → VERIFIED | REJECTED}, {@code VERIFIED ↔ SUSPENDED}.
 * Only {@link #VERIFIED} organisations may bid, buy, pay or retire.
 */
public enum BuyerStatus {
  PENDING,
  VERIFIED,
  REJECTED,
  SUSPENDED
}
