package th.dla.carbon.demo;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.UUID;
import reactor.core.publisher.Mono;
import th.dla.carbon.identity.Actor;
import th.dla.carbon.identity.Users;
import th.dla.carbon.market.Bids;
import th.dla.carbon.market.ListingMode;
import th.dla.carbon.market.ListingView;
import th.dla.carbon.market.Listings;
import th.dla.carbon.market.PlaceBid;
import th.dla.carbon.settlement.IllegalTransition;
import th.dla.carbon.settlement.RetirementCertificate;
import th.dla.carbon.settlement.Retirements;
import th.dla.carbon.settlement.Trades;

/**
 * Demo deals at every stage of settlement, made through the market's and settlement's public API (so they obey
 * the same rules as real ones), after {@link DemoMarket} opened the demo listings:
 * <ul>
 *   <li>buyer.greenbank buys 40 credits of ทม.บางศรีเมือง's fixed-price listing; the trade is paid, confirmed with
 *       the LAO's receipt, transferred at TGO (SETTLED), and 15 of the credits are retired with a certificate;</li>
 *   <li>buyer.cleanenergy buys 10 credits of ทต.อ่าวนาง's fixed-price listing and reports its payment
 *       (PAYMENT_REPORTED: the Krabi officers have a payment to confirm);</li>
 *   <li>the bid {@link DemoMarket} placed for buyer.greenbank stays AWAITING_PAYMENT.</li>
 * </ul>
 * Idempotent: bids carry fixed Idempotency-Keys (a restart gets the same bid and trade back), a step the trade has
 * already passed is refused as an illegal transition and skipped, and the retirement is made only when the buyer has
 * none.
 */
final class DemoSettlement {

  static final String BENEFICIARY = "ธนาคารกรีนแบงก์ จำกัด (มหาชน)";
  static final String PURPOSE = "ชดเชยการปล่อยก๊าซเรือนกระจกปี 2568 ของสำนักงานใหญ่ธนาคารกรีนแบงก์";

  /** What was made: the demo certificate's number (for the start-up notice). */
  record Outcome(String certificateNo, String summary) {}

  private DemoSettlement() {}

  static Mono<Outcome> ensure(Users users, Listings listings, Bids bids, Trades trades, Retirements retirements) {
    Mono<Actor> greenBank = DemoMarket.buyer(users, "buyer.greenbank");
    Mono<Actor> cleanEnergy = DemoMarket.buyer(users, "buyer.cleanenergy");
    Mono<Actor> bsmMaker = DemoMarket.staff(users, "lao.bangsrimuang.maker");
    Mono<Actor> bsmChecker = DemoMarket.staff(users, "lao.bangsrimuang.checker");
    Instant paidAt = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);

    Mono<UUID> settled = Mono.zip(greenBank, bsmMaker, bsmChecker).flatMap(actors ->
        demoFixedListing(listings, actors.getT2(), DemoAccounts.BANGSRIMUANG)
            .flatMap(listing -> bids.place(actors.getT1(), new PlaceBid(listing.id(), 40L, listing.unitPrice(), "demo-settled")))
            .map(placed -> placed.bid().tradeId())
            .flatMap(tradeId -> skipIfPassed(trades.reportPayment(actors.getT1(), tradeId, "KTB-DEMO-25680115-0001", paidAt, null))
                .then(skipIfPassed(trades.confirmPayment(actors.getT3(), tradeId, "บศม 0001/2569")))
                .then(skipIfPassed(trades.recordTransfer(actors.getT2(), tradeId, "TGO-TR-DEMO-2569-0001",
                    paidAt.plus(1, ChronoUnit.DAYS))))
                .thenReturn(tradeId)));

    Mono<RetirementCertificate> retired = greenBank.flatMap(buyer -> retirements.ofBuyer(buyer, 0, 1)
        .flatMap(page -> page.items().isEmpty()
            ? retirements.retire(buyer, new Retirements.RetireCommand(15, null, BENEFICIARY, PURPOSE))
            : Mono.just(page.items().get(0))));

    Mono<UUID> reported = Mono.zip(cleanEnergy, DemoMarket.staff(users, "lao.krabi.maker")).flatMap(actors ->
        demoFixedListing(listings, actors.getT2(), DemoAccounts.AO_NANG_KRABI)
            .flatMap(listing -> bids.place(actors.getT1(), new PlaceBid(listing.id(), 10L, listing.unitPrice(), "demo-payment-reported")))
            .map(placed -> placed.bid().tradeId())
            .flatMap(tradeId -> skipIfPassed(trades.reportPayment(actors.getT1(), tradeId, "SCB-DEMO-25680120-0042", paidAt, null))
                .thenReturn(tradeId)));

    return settled.then(retired).flatMap(certificate -> reported.thenReturn(new Outcome(certificate.certificateNo(),
        "1 settled trade (buyer.greenbank, 40 tCO2e), certificate " + certificate.certificateNo() + " for "
            + certificate.quantity() + " tCO2e retired, 1 trade with its payment reported (buyer.cleanenergy)")));
  }

  /** The LAO's oldest fixed-price demo listing (the one DemoMarket opened). */
  private static Mono<ListingView> demoFixedListing(Listings listings, Actor officer, String laoCode) {
    return listings.ofLao(officer, laoCode, null, 0, 200)
        .flatMap(page -> Mono.justOrEmpty(page.items().stream()
            .filter(listing -> listing.mode() == ListingMode.FIXED_PRICE)
            .filter(listing -> DemoMarket.LISTINGS.stream().anyMatch(demo -> demo.description().equals(listing.description())))
            .min(Comparator.comparing(ListingView::createdAt))))
        .switchIfEmpty(Mono.error(() -> new IllegalStateException("No demo fixed-price listing of LAO " + laoCode)));
  }

  /** A step the trade has already gone through (a restart) is refused as an illegal transition: nothing to do. */
  private static Mono<Void> skipIfPassed(Mono<?> step) {
    return step.then().onErrorResume(IllegalTransition.class, passed -> Mono.empty());
  }
}
