package th.dla.carbon.registry;

/** The state of a serial block. */
public enum BlockState {
  /** owned and free to list, sell or retire */
  AVAILABLE,
  /** held by a listing or a trade ({@link Holder}); still owned by the same account */
  RESERVED,
  /** retired (cancelled) for good; owned by the RETIREMENT account */
  RETIRED
}
