package th.dla.carbon.identity;

/** What a person may do. Every role but {@link #DLA_ADMIN} is held for one tenant (see {@link Actor}). */
public enum Role {
  /** Staff of a registered buyer organisation: bids, pays, holds and retires credits. */
  BUYER,
  /** Officer of one LAO (อปท.): manages its credits and listings, maker or checker. */
  LAO_OFFICER,
  /** Provincial office (สถจ.): oversees the province's LAOs, approves their officers, reports to the committee. */
  PROVINCE_OFFICER,
  /** Department of Local Administration (สถ.): reference data, issuances, buyer verification, market rules. */
  DLA_ADMIN
}
