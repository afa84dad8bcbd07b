package th.dla.carbon.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import th.dla.carbon.identity.Actor;
import th.dla.carbon.identity.Buyers;
import th.dla.carbon.identity.Users;
import th.dla.carbon.market.Bids;
import th.dla.carbon.market.DraftListing;
import th.dla.carbon.market.ListingMode;
import th.dla.carbon.market.ListingView;
import th.dla.carbon.market.Listings;
import th.dla.carbon.market.PlaceBid;

/**
 * Demo listings of each mode from the demo LAOs (their credits come from {@link DemoRegistry}), drafted by the
 * maker and approved by the checker through the market's API, with a few bids by the verified demo buyer. Loaded
 * once: nothing happens when the LAO already has listings.
 */
final class DemoMarket {

  record DemoListing(String laoCode, ListingMode mode, long quantity, String unitPrice, long minLot, int vintage,
      @Nullable String reservePrice, @Nullable String minIncrement, String description) {}

  static final List<DemoListing> LISTINGS = List.of(
      new DemoListing(DemoAccounts.BANGSRIMUANG, ListingMode.FIXED_PRICE, 200, "250.00", 10, 2023, null, null,
          "คาร์บอนเครดิตจากโครงการถังขยะเปียกลดโลกร้อน ทม.บางศรีเมือง ปี พ.ศ. 2566 ราคาคงที่"),
      new DemoListing(DemoAccounts.BANGSRIMUANG, ListingMode.NEGOTIABLE, 300, "280.00", 20, 2024, null, null,
          "เปิดรับข้อเสนอราคาสำหรับเครดิตปี พ.ศ. 2567"),
      new DemoListing(DemoAccounts.AO_NANG_KRABI, ListingMode.AUCTION, 150, "240.00", 10, 2024, "240.00", "5.00",
          "ประมูลคาร์บอนเครดิต ทต.อ่าวนาง ปี พ.ศ. 2567 (pay-as-bid)"),
      new DemoListing(DemoAccounts.AO_NANG_KRABI, ListingMode.FIXED_PRICE, 100, "265.00", 5, 2024, null, null,
          "คาร์บอนเครดิต ทต.อ่าวนาง ราคาคงที่"));

  private DemoMarket() {}

  /**
   * @param buyer the verified demo buyer who places the demo bids; empty when buyer organisations are not there yet
   */
  static Mono<String> ensure(Users users, Listings listings, Bids bids, Mono<Actor> buyer) {
    Mono<Actor> admin = staff(users, "dla.admin");
    return admin.flatMap(a -> listings.ofLao(a, DemoAccounts.BANGSRIMUANG, null, 0, 1))
        .flatMap(existing -> existing.total() > 0 ? Mono.just("listings already there")
            : Flux.fromIterable(LISTINGS).concatMap(demo -> open(users, listings, demo)).collectList()
                .flatMap(open -> buyer.flatMap(b -> placeBids(bids, b, open)).defaultIfEmpty("no verified demo buyer yet, no bids")
                    .map(bidNote -> open.size() + " open listings; " + bidNote)));
  }

  private static Mono<ListingView> open(Users users, Listings listings, DemoListing demo) {
    String prefix = demo.laoCode().equals(DemoAccounts.BANGSRIMUANG) ? "lao.bangsrimuang." : "lao.krabi.";
    Instant endsAt = demo.mode() == ListingMode.AUCTION ? Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES) : null;
    DraftListing draft = new DraftListing(demo.laoCode(), demo.quantity(), new BigDecimal(demo.unitPrice()), demo.mode(), demo.minLot(),
        demo.vintage(), endsAt, demo.reservePrice() == null ? null : new BigDecimal(demo.reservePrice()),
        demo.minIncrement() == null ? null : new BigDecimal(demo.minIncrement()), demo.description());
    return Mono.zip(staff(users, prefix + "maker"), staff(users, prefix + "checker"))
        .flatMap(officers -> listings.draft(officers.getT1(), draft)
            .flatMap(listing -> listings.submit(officers.getT1(), listing.id()))
            .flatMap(listing -> listings.approve(officers.getT2(), listing.id())));
  }

  private static Mono<String> placeBids(Bids bids, Actor buyer, List<ListingView> open) {
    UUID fixed = open.get(0).id();
    UUID negotiable = open.get(1).id();
    UUID auction = open.get(2).id();
    return bids.place(buyer, new PlaceBid(fixed, 20L, new BigDecimal("250.00"), "demo-fixed"))
        .then(bids.place(buyer, new PlaceBid(negotiable, 50L, new BigDecimal("260.00"), "demo-negotiable")))
        .then(bids.place(buyer, new PlaceBid(auction, 30L, new BigDecimal("245.00"), "demo-auction")))
        .thenReturn("3 bids by " + buyer.username());
  }

  /** buyer.greenbank, the verified demo buyer (registered by DemoAccounts.ensureBuyers, which runs first). */
  static Mono<Actor> greenBank(Users users) {
    return buyer(users, "buyer.greenbank");
  }

  /** A demo buyer's user as an actor; empty when its organisation is not registered yet. */
  static Mono<Actor> buyer(Users users, String username) {
    Buyers.DemoBuyer demo = DemoAccounts.BUYERS.stream().filter(b -> b.username().equals(username)).findFirst().orElseThrow();
    return users.ensureDemoAccount(new Users.NewLocalAccount(demo.username(), demo.displayName(), null, false, demo.password()))
        .flatMap(users::actor)
        .filter(actor -> actor.buyerId() != null);
  }

  /** A demo staff account as an actor (the accounts exist: DemoAccounts ran first). */
  static Mono<Actor> staff(Users users, String username) {
    DemoAccounts.DemoAccount account = DemoAccounts.STAFF.stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow();
    return users.ensureDemoAccount(new Users.NewLocalAccount(account.username(), account.displayName(),
            account.username() + "@demo.carbon.local", true, DemoAccounts.PASSWORD))
        .flatMap(users::actor);
  }
}
