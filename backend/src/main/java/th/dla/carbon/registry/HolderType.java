package th.dla.carbon.registry;

/** What can hold reserved credits: an open listing, or a trade waiting for settlement. */
public enum HolderType {
  LISTING,
  TRADE
}
