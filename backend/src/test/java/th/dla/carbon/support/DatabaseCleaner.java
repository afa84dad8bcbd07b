package th.dla.carbon.support;

import org.springframework.r2dbc.core.DatabaseClient;

/** Empties the tables a test writes to; reference data loaded by migrations (provinces) is kept. */
public final class DatabaseCleaner {
  private DatabaseCleaner() {}

  public static void clearDirectory(DatabaseClient db) {
    db.sql("TRUNCATE directory.lao, directory.district").then().block();
  }
}
