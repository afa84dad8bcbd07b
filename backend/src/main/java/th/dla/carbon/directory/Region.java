package th.dla.carbon.directory;

/** The six geographic regions of Thailand used by the National Geographical Committee. */
public enum Region {
  NORTH, NORTHEAST, CENTRAL, EAST, WEST, SOUTH
}
