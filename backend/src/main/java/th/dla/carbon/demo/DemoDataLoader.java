package th.dla.carbon.demo;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.stereotype.Component;
import th.dla.carbon.directory.DirectoryImport;
import th.dla.carbon.directory.ImportReport;
import th.dla.carbon.identity.Buyers;
import th.dla.carbon.identity.Officers;
import th.dla.carbon.identity.Users;
import th.dla.carbon.market.Bids;
import th.dla.carbon.market.Listings;
import th.dla.carbon.registry.Issuances;
import th.dla.carbon.registry.WetWasteBins;
import th.dla.carbon.settlement.Retirements;
import th.dla.carbon.settlement.Trades;

/**
 * Loads the demo directory (real LAOs of Nonthaburi, Krabi and a few other provinces) through the same import
 * that DLA's file goes through, then the demo accounts, the demo credits (DemoRegistry), listings (DemoMarket) and deals at each stage of
 * settlement with a retirement certificate (DemoSettlement), and 18 months of market history in seven provinces for the
 * dashboards (DemoHistory). Idempotent: a restart finds everything unchanged.
 */
@Component
@ConditionalOnBooleanProperty("carbon.demo.enabled")
class DemoDataLoader implements ApplicationRunner {

  static final String DEMO_LAOS = "demo/demo-laos.csv";
  private static final Log log = LogFactory.getLog(DemoDataLoader.class);

  private final DirectoryImport directoryImport;
  private final Users users;
  private final Buyers buyers;
  private final Officers officers;
  private final Issuances issuances;
  private final WetWasteBins bins;
  private final Listings listings;
  private final Bids bids;
  private final Trades trades;
  private final Retirements retirements;
  private volatile @Nullable String certificateNo;

  DemoDataLoader(DirectoryImport directoryImport, Users users, Buyers buyers, Officers officers, Issuances issuances,
      WetWasteBins bins, Listings listings, Bids bids, Trades trades, Retirements retirements) {
    this.trades = trades;
    this.retirements = retirements;
    this.listings = listings;
    this.bids = bids;
    this.directoryImport = directoryImport;
    this.users = users;
    this.buyers = buyers;
    this.officers = officers;
    this.issuances = issuances;
    this.bins = bins;
  }

  @Override
  public void run(ApplicationArguments args) {
    ImportReport report = directoryImport
        .importDlaCsv(DataBufferUtils.read(new ClassPathResource(DEMO_LAOS), DefaultDataBufferFactory.sharedInstance, 16 * 1024))
        .block();
    if (report == null || !report.rejected().isEmpty()) {
      throw new IllegalStateException("Demo directory has rejected lines: " + (report == null ? "no report" : report.rejected()));
    }
    log.info("Demo directory: %d LAOs (%d new, %d updated, %d unchanged)"
        .formatted(report.laosInFile(), report.inserted(), report.updated(), report.unchanged()));
    DemoAccounts.ensure(users)
        .flatMap(staff -> DemoAccounts.ensureBuyers(buyers).then(DemoAccounts.ensureAppointments(officers, users, staff)))
        .block();
    log.info("Demo accounts ready: " + DemoAccounts.STAFF.size() + " staff accounts, " + DemoAccounts.BUYERS.size()
        + " buyer organisations, " + DemoAccounts.APPOINTMENTS.size() + " officer appointments; password '" + DemoAccounts.PASSWORD + "'");
    log.info("Demo registry: " + DemoRegistry.ensure(issuances, bins).block());
    log.info("Demo market: " + DemoMarket.ensure(users, listings, bids, DemoMarket.greenBank(users)).block());
    DemoSettlement.Outcome settlement = DemoSettlement.ensure(users, listings, bids, trades, retirements).block();
    certificateNo = settlement.certificateNo();
    log.info("Demo settlement: " + settlement.summary());
    log.info("Demo market history: " + DemoHistory.ensure(users, issuances, listings, bids, trades, retirements).block());
  }

  /** The demo retirement certificate's number, once the demo data is loaded (for the start-up notice). */
  @Nullable String certificateNo() {
    return certificateNo;
  }
}
