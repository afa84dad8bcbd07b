package th.dla.carbon.modularityfixture.market;

import th.dla.carbon.modularityfixture.registry.persistence.BlockRow;

/** Deliberately wrong: reads the registry's internal row type instead of using its API. */
public class ListingService {
  public long quantity(BlockRow row) {
    return row.last() - row.first() + 1;
  }
}
