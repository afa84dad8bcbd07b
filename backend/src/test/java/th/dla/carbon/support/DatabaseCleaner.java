package th.dla.carbon.support;

import org.springframework.r2dbc.core.DatabaseClient;

/** Empties the tables a test writes to; reference data loaded by migrations (provinces) is kept. */
public final class DatabaseCleaner {
  private DatabaseCleaner() {}

  public static void clearDirectory(DatabaseClient db) {
    db.sql("TRUNCATE directory.lao, directory.district").then().block();
  }

  /** Empties the registry (issuances, blocks, journal, bin data, LAO and buyer accounts); projects and system accounts stay. */
  public static void clearRegistry(DatabaseClient db) {
    db.sql("TRUNCATE registry.journal_entry, registry.block, registry.allocation, registry.issuance, registry.bin_report, registry.reporting_window")
        .then().block();
    db.sql("DELETE FROM registry.account WHERE kind IN ('LAO', 'BUYER')").then().block();
  }

  /** Empties the market (listings, bids, events, idempotency records, price floors) and unfreezes it. */
  public static void clearMarket(DatabaseClient db) {
    db.sql("TRUNCATE market.listing_event, market.listing_bidder, market.bid, market.idempotency_record, market.listing, market.price_floor")
        .then().block();
    db.sql("UPDATE market.control SET frozen = false, reason = NULL").then().block();
  }

  /** Market controls back to normal: trading open, no price floors (other tests may have set them). */
  public static void resetMarketControls(DatabaseClient db) {
    db.sql("DELETE FROM market.price_floor").then().block();
    db.sql("UPDATE market.control SET frozen = false, reason = NULL").then().block();
  }

  /** Empties settlement (trades, LAO revenue, retirements and their serial ranges). */
  public static void clearSettlement(DatabaseClient db) {
    db.sql("TRUNCATE settlement.lao_revenue, settlement.retirement_range, settlement.retirement, settlement.trade").then().block();
  }
}
