package th.dla.carbon.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import th.dla.carbon.identity.Actor;
import th.dla.carbon.identity.Role;
import th.dla.carbon.identity.Users;
import th.dla.carbon.market.Bids;
import th.dla.carbon.market.DraftListing;
import th.dla.carbon.market.ListingMode;
import th.dla.carbon.market.Listings;
import th.dla.carbon.market.PlaceBid;
import th.dla.carbon.platform.BusinessTime;
import th.dla.carbon.registry.IssuanceRequest;
import th.dla.carbon.registry.IssuanceRequest.AllocationLine;
import th.dla.carbon.registry.Issuances;
import th.dla.carbon.settlement.Retirements;
import th.dla.carbon.settlement.Trades;

/**
 * Eighteen months of demo market history, so the dashboards, the map and the charts show provinces that differ:
 * an issuance of vintage 2022 (พ.ศ. 2565) to LAOs of seven provinces, then, month after month, fixed-price listings
 * that buyer.cleanenergy buys, pays, has confirmed and transferred, and part of which it retires — different
 * volumes and prices (220–300 THB) per LAO, slowly rising. Everything goes through the real services; only the
 * dates are the past ones: the demo loader runs each trade and retirement under {@link BusinessTime#at(Instant)},
 * the documented demo-only way to date a record (payment deadlines and listing dates stay real).
 *
 * <p>Deterministic (a fixed seed) and idempotent: it runs only when its issuance is new (TGO reference
 * {@value #TGO_REFERENCE}), so a restart changes nothing. It leaves the demo LAO ทม.บางศรีเมือง, buyer.greenbank
 * and the trades DemoSettlement made alone (DemoModeBrowserIT counts them).
 */
final class DemoHistory {

  static final String TGO_REFERENCE = "TGO-DEMO-WWB-2565-HIST";
  static final int VINTAGE = 2022;
  static final int MONTHS = 18;
  static final long FIRST_SERIAL = 100_001;
  static final ZoneId THAILAND = ZoneId.of("Asia/Bangkok");

  /** An LAO's history: credits allocated, monthly chance of a sale, sale size and price level. */
  record Seller(String laoCode, long allocated, double monthlyChance, int minQuantity, int maxQuantity, int basePrice) {}

  static final List<Seller> SELLERS = List.of(
      new Seller("3120101", 3_000, 0.70, 20, 80, 262),  // เทศบาลนครนนทบุรี
      new Seller("4120201", 800, 0.30, 10, 30, 250),    // เทศบาลเมืองบางกรวย, นนทบุรี
      new Seller("4810102", 1_500, 0.50, 15, 50, 245),  // เทศบาลเมืองกระบี่
      new Seller("5810103", 1_200, 0.40, 10, 40, 256),  // เทศบาลตำบลอ่าวนาง, กระบี่
      new Seller("3500101", 2_500, 0.60, 20, 70, 271),  // เทศบาลนครเชียงใหม่
      new Seller("3400101", 1_200, 0.40, 10, 40, 236),  // เทศบาลนครขอนแก่น
      new Seller("3901101", 1_500, 0.45, 15, 45, 241),  // เทศบาลนครหาดใหญ่, สงขลา
      new Seller("3200101", 600, 0.25, 10, 25, 229),    // เทศบาลนครบ้านสวน, ชลบุรี
      new Seller("3300101", 600, 0.20, 10, 30, 233));   // เทศบาลนครนครราชสีมา

  /** One planned sale. */
  record Sale(int n, Seller seller, Instant at, long quantity, BigDecimal unitPrice, boolean transferred, long retire) {}

  private DemoHistory() {}

  static Mono<String> ensure(Users users, Issuances issuances, Listings listings, Bids bids, Trades trades, Retirements retirements) {
    List<AllocationLine> lines = SELLERS.stream().map(s -> new AllocationLine(s.laoCode(), s.allocated())).toList();
    long total = SELLERS.stream().mapToLong(Seller::allocated).sum();
    return issuances.create(new IssuanceRequest(DemoRegistry.PROJECT, VINTAGE, FIRST_SERIAL, FIRST_SERIAL + total - 1, TGO_REFERENCE,
            LocalDate.of(2023, 3, 15), lines))
        .flatMap(outcome -> !outcome.created() ? Mono.just("market history already there")
            : DemoMarket.buyer(users, "buyer.cleanenergy")
                .flatMap(buyer -> {
                  List<Sale> plan = plan(Instant.now());
                  return Flux.fromIterable(plan).concatMap(sale -> sell(listings, bids, trades, retirements, buyer, sale)).then()
                      .thenReturn(plan.size() + " trades over " + MONTHS + " months in " + SELLERS.size() + " LAOs, "
                          + plan.stream().filter(s -> s.retire() > 0).count() + " retirements");
                })
                .defaultIfEmpty("no buyer.cleanenergy, no market history"));
  }

  /** The sales, oldest first: deterministic for a given day. */
  static List<Sale> plan(Instant now) {
    Random random = new Random(2568);
    LocalDate today = now.atZone(THAILAND).toLocalDate();
    List<Sale> sales = new ArrayList<>();
    int n = 0;
    for (int monthsAgo = MONTHS - 1; monthsAgo >= 0; monthsAgo--) {
      LocalDate month = today.minusMonths(monthsAgo).withDayOfMonth(1);
      for (Seller seller : SELLERS) {
        boolean sells = random.nextDouble() < seller.monthlyChance();
        int day = 1 + random.nextInt(27);
        long quantity = seller.minQuantity() + random.nextInt(seller.maxQuantity() - seller.minQuantity() + 1);
        // prices drift up about 1.2 THB a month, with ±8 THB of noise, rounded to 50 satang, within 220–300
        double price = seller.basePrice() - 1.2 * monthsAgo + (random.nextDouble() * 16 - 8);
        BigDecimal unitPrice = BigDecimal.valueOf(Math.round(Math.min(300, Math.max(220, price)) * 2) / 2.0).setScale(2, RoundingMode.UNNECESSARY);
        boolean retires = random.nextInt(3) == 0;
        long retire = retires ? Math.max(1, quantity * (30 + random.nextInt(40)) / 100) : 0;
        Instant at = month.withDayOfMonth(Math.min(day, month.lengthOfMonth())).atTime(10 + random.nextInt(6), random.nextInt(60))
            .atZone(THAILAND).toInstant();
        // this month's sales only up to two days ago; the last ones are paid and confirmed but not yet transferred
        if (!sells || at.isAfter(now.minus(2, ChronoUnit.DAYS))) {
          continue;
        }
        boolean transferred = at.isBefore(now.minus(20, ChronoUnit.DAYS));
        sales.add(new Sale(++n, seller, at, quantity, unitPrice, transferred, transferred && retires ? retire : 0));
      }
    }
    return sales;
  }

  private static Mono<Void> sell(Listings listings, Bids bids, Trades trades, Retirements retirements, Actor buyer, Sale sale) {
    String lao = sale.seller().laoCode();
    Actor maker = officer(lao, "maker");
    Actor checker = officer(lao, "checker");
    DraftListing draft = new DraftListing(lao, sale.quantity(), sale.unitPrice(), ListingMode.FIXED_PRICE, 1L, VINTAGE, null, null, null,
        "คาร์บอนเครดิตถังขยะเปียก ปี พ.ศ. 2565 (ประวัติตลาดจำลอง demo)");
    Instant paidAt = sale.at().plus(1, ChronoUnit.DAYS);
    return listings.draft(maker, draft)
        .flatMap(listing -> listings.submit(maker, listing.id()))
        .flatMap(listing -> listings.approve(checker, listing.id()))
        .flatMap(listing -> bids.place(buyer, new PlaceBid(listing.id(), sale.quantity(), sale.unitPrice(), "demo-history-" + sale.n()))
            .contextWrite(BusinessTime.at(sale.at())))
        .map(placed -> placed.bid().tradeId())
        .flatMap(tradeId -> trades.reportPayment(buyer, tradeId, "DEMO-HIST-PAY-" + sale.n(), paidAt, null)
            .then(trades.confirmPayment(checker, tradeId, "HIST " + sale.n() + "/" + (sale.at().atZone(THAILAND).getYear() + 543)))
            .then(sale.transferred()
                ? trades.recordTransfer(maker, tradeId, "TGO-TR-DEMO-HIST-" + sale.n(), paidAt.plus(2, ChronoUnit.DAYS)).then()
                : Mono.empty()))
        .then(sale.retire() == 0 ? Mono.empty()
            : retirements.retire(buyer, new Retirements.RetireCommand(sale.retire(), VINTAGE, "กรมส่งเสริมพลังงานสะอาด (จำลอง)",
                    "ชดเชยการปล่อยก๊าซเรือนกระจกจากการใช้ไฟฟ้าของหน่วยงาน (demo)"))
                .contextWrite(BusinessTime.at(sale.at().plus(10, ChronoUnit.DAYS)))
                .then());
  }

  /** The demo history's officers of an LAO: a maker and a checker (no sign-in account; they only act here). */
  static Actor officer(String laoCode, String role) {
    UUID id = UUID.nameUUIDFromBytes(("demo-history-" + role + "-" + laoCode).getBytes(StandardCharsets.UTF_8));
    return new Actor(id, "demo.history." + role + "." + laoCode, "เจ้าหน้าที่ " + role + " (demo history) " + laoCode,
        Set.of(Role.LAO_OFFICER), Set.of(laoCode), Set.of(), null);
  }
}
