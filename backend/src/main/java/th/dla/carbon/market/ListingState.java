package th.dla.carbon.market;

/** {@code DRAFT → PENDING_APPROVAL → OPEN → (SOLD_OUT | CLOSED | WITHDRAWN | EXPIRED)}. */
public enum ListingState {
  DRAFT,
  PENDING_APPROVAL,
  OPEN,
  SOLD_OUT,
  CLOSED,
  WITHDRAWN,
  EXPIRED;

  public boolean isFinal() {
    return this == SOLD_OUT || this == CLOSED || this == WITHDRAWN || this == EXPIRED;
  }
}
