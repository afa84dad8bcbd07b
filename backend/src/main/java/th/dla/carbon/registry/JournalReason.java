package th.dla.carbon.registry;

/** Why a journal entry moved a serial range. */
public enum JournalReason {
  /** an issuance entered the registry (into the UNALLOCATED account) */
  ISSUANCE,
  /** UNALLOCATED → an LAO account */
  ALLOCATION,
  /** AVAILABLE → RESERVED for a holder, same account */
  RESERVATION,
  /** RESERVED for one holder → RESERVED for another (a listing's credits to a trade) */
  REASSIGNMENT,
  /** RESERVED → AVAILABLE, same account */
  RELEASE,
  /** RESERVED in one account → AVAILABLE in another (settlement) */
  TRANSFER,
  /** AVAILABLE → RETIRED, into the RETIREMENT account */
  RETIREMENT
}
