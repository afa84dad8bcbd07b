package th.dla.carbon.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import th.dla.carbon.market.internal.MarketStore;
import th.dla.carbon.support.DatabaseCleaner;
import th.dla.carbon.support.IntegrationTest;

/**
 * The catalogue at 10,000 listings: every filter and sort of the public catalogue reads its page through an index
 * (no sequential scan of market.listing, no sort of the whole table), and answers over HTTP quickly. The plans are
 * printed for docs/architecture.md.
 */
@IntegrationTest
class CatalogueIndexIT {

  @Autowired MarketStore store;
  @Autowired DatabaseClient db;
  @Autowired WebTestClient http;

  private static MarketStore.Criteria criteria(String province, String lao, Integer vintage, String mode, BigDecimal min, BigDecimal max, String sort) {
    return new MarketStore.Criteria(province, lao, vintage, mode, List.of("OPEN"), min, max, sort, 0, 20);
  }

  @Test
  void tenThousandListingsAreSearchedThroughIndexes() {
    DatabaseCleaner.clearMarket(db);
    // 10,000 listings over 77 provinces and 2,000 LAOs, a fifth of them open, the rest in final states
    db.sql("""
        INSERT INTO market.listing (id, lao_code, province_code, lao_name_th, mode, state, quantity, remaining, unit_price, min_lot,
                                    vintage, ends_at, reserve_price, min_increment, created_by, created_by_name, approved_by,
                                    approved_by_name, approved_at, created_at)
        SELECT gen_random_uuid(), lpad((1000000 + i % 2000)::text, 7, '0'), lpad((10 + i % 77)::text, 2, '0'), 'อปท. ' || (i % 2000),
               (ARRAY['FIXED_PRICE','NEGOTIABLE','AUCTION'])[1 + i % 3],
               (ARRAY['OPEN','SOLD_OUT','CLOSED','EXPIRED','WITHDRAWN'])[1 + i % 5],
               100, 50, 150 + (i % 300), 1, 2020 + i % 5,
               CASE WHEN i % 3 = 2 THEN now() + (i || ' minutes')::interval END,
               CASE WHEN i % 3 = 2 THEN 150 END, CASE WHEN i % 3 = 2 THEN 1 END,
               gen_random_uuid(), 'seed', gen_random_uuid(), 'seed', now() - (i || ' minutes')::interval, now() - (i || ' minutes')::interval
        FROM generate_series(1, 10000) AS i""").then().block();
    db.sql("ANALYZE market.listing").then().block();

    List<MarketStore.Criteria> queries = List.of(
        criteria(null, null, null, null, null, null, "newest"),
        criteria(null, null, null, null, null, null, "price_asc"),
        criteria(null, null, null, null, null, null, "price_desc"),
        criteria(null, null, null, null, null, null, "ending_soon"),
        criteria("12", null, null, null, null, null, "newest"),
        criteria("12", null, null, "AUCTION", new BigDecimal("200"), new BigDecimal("300"), "price_asc"),
        criteria(null, "1000012", null, null, null, null, "newest"),
        criteria(null, null, 2024, "FIXED_PRICE", null, null, "price_asc"));
    for (MarketStore.Criteria query : queries) {
      List<String> plan = store.explain(query).collectList().block();
      String text = String.join("\n", plan);
      System.out.println("-- catalogue " + query + "\n" + text);
      assertThat(text).as(text).contains("Index").doesNotContain("Seq Scan on listing");
      assertThat(text).as("the page is read in order, not sorted after reading every match: " + text).doesNotContain("Sort Method: external");
    }

    http.get().uri("/api/v1/listings?size=1").exchange().expectStatus().isOk(); // warm-up: the first request of a fresh JVM
    long started = System.nanoTime();
    http.get().uri("/api/v1/listings?province=12&sort=price_asc&size=50").exchange().expectStatus().isOk()
        .expectBody().jsonPath("$.total").value(total -> assertThat(((Number) total).longValue()).isPositive());
    long millis = (System.nanoTime() - started) / 1_000_000;
    System.out.println("-- one catalogue page over HTTP at 10,000 listings: " + millis + " ms");
    assertThat(millis).as("ms for one catalogue page (a generous bound for a shared, loaded test machine)").isLessThan(1_500);
    DatabaseCleaner.clearMarket(db);
  }
}
