package th.dla.carbon.market;

/** How a listing sells. */
public enum ListingMode {
  /** A bid at or above the price executes at once. */
  FIXED_PRICE,
  /** Bids at any price wait for the LAO to accept, reject or counter. */
  NEGOTIABLE,
  /** Bids above the reserve compete until the end; pay-as-bid allocation by price then time. */
  AUCTION
}
