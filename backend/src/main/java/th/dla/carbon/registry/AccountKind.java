package th.dla.carbon.registry;

/** An LAO's account, a buyer organisation's account, or one of the two system accounts. */
public enum AccountKind {
  LAO,
  BUYER,
  /** where an issuance enters before it is allocated to LAOs (always empty after the issuance's transaction) */
  UNALLOCATED,
  /** where retired credits rest, for ever */
  RETIREMENT
}
