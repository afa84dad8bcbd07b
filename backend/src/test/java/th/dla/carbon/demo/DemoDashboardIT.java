package th.dla.carbon.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import th.dla.carbon.identity.AccessTokens;
import th.dla.carbon.support.Actors;
import th.dla.carbon.support.Auth;

/**
 * Issue 6 item 9 and acceptance: the demo data gives the dashboards at least a year of activity in several provinces
 * that differ from each other; the figures kept as the demo loader's events happened equal a rebuild from the source
 * modules; loading the demo data again changes nothing.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "carbon.database.url=",
      "carbon.database.embedded.data-dir=",
      "carbon.database.embedded.temporary-name=demo-dashboard",
      "carbon.documents.dir=",
      "carbon.demo.enabled=true"
    })
@AutoConfigureWebTestClient
class DemoDashboardIT {

  @Autowired WebTestClient http;
  @Autowired AccessTokens tokens;
  @Autowired DatabaseClient db;
  @Autowired DemoDataLoader loader;

  @Test
  @SuppressWarnings("unchecked")
  void demoDashboardsShowAYearOfDifferentProvincesAndTheRebuildEqualsTheIncrementalFigures() {
    Map<String, Object> national = http.get().uri("/api/v1/dashboards/national").exchange().expectStatus().isOk()
        .expectBody(Map.class).returnResult().getResponseBody();
    List<Map<String, Object>> provinces = (List<Map<String, Object>>) national.get("provinces");
    List<Map<String, Object>> trading = provinces.stream().filter(p -> ((Number) p.get("sold")).longValue() > 0).toList();
    assertThat(trading).extracting(p -> p.get("code")).contains("12", "81", "50", "40", "90");
    assertThat(trading.stream().map(p -> p.get("sold")).distinct().count()).as("provinces differ").isGreaterThanOrEqualTo(5);
    assertThat(provinces.stream().filter(p -> ((Number) p.get("retired")).longValue() > 0).count()).as("provinces with retired credits (retirements take the lowest serials first)").isGreaterThanOrEqualTo(3);
    List<Map<String, Object>> monthly = (List<Map<String, Object>>) national.get("monthly");
    assertThat(monthly.stream().filter(m -> ((Number) m.get("volume")).longValue() > 0).count())
        .as("months with trades").isGreaterThanOrEqualTo(12);
    assertThat(monthly.stream().filter(m -> m.get("vwap") != null).map(m -> new BigDecimal(m.get("vwap").toString())))
        .allSatisfy(vwap -> assertThat(vwap).isBetween(new BigDecimal("220.00"), new BigDecimal("300.00")));
    Map<String, Object> krabi = http.get().uri("/api/v1/dashboards/provinces/81").exchange().expectStatus().isOk()
        .expectBody(Map.class).returnResult().getResponseBody();
    assertThat((List<?>) krabi.get("laoRows")).hasSizeGreaterThanOrEqualTo(3);
    Map<String, Object> bangkok = http.get().uri("/api/v1/dashboards/provinces/10").exchange().expectStatus().isOk()
        .expectBody(Map.class).returnResult().getResponseBody();
    assertThat((List<?>) bangkok.get("retirements")).as("retirements by the Bangkok demo buyers").isNotEmpty();

    List<String> incremental = tables();
    loader.run(null); // a restart: nothing changes
    assertThat(tables()).containsExactlyElementsOf(incremental);
    http.post().uri("/api/v1/admin/dashboards/rebuild").headers(Auth.bearer(tokens, Actors.admin())).exchange().expectStatus().isOk();
    assertThat(tables()).containsExactlyElementsOf(incremental);
    http.get().uri("/api/v1/admin/ledger/verify").headers(Auth.bearer(tokens, Actors.admin())).exchange().expectStatus().isOk()
        .expectBody().jsonPath("$.ok").isEqualTo(true);
  }

  List<String> tables() {
    List<String> out = new ArrayList<>();
    for (String sql : List.of(
        "SELECT concat_ws('|', lao_code, vintage, province_code, allocated, held, available, listed, sold, traded_value, revenue, retired, "
            + "last_price, last_trade_at, last_trade_id) AS r FROM dashboard.lao_vintage ORDER BY lao_code, vintage",
        "SELECT concat_ws('|', province_code, month, volume, value, retired) AS r FROM dashboard.province_month "
            + "WHERE volume <> 0 OR value <> 0 OR retired <> 0 ORDER BY province_code, month",
        "SELECT concat_ws('|', trade_id, vintage, lao_code, created_at, quantity, unit_price, value, cancelled, confirmed) AS r "
            + "FROM dashboard.sale ORDER BY trade_id, vintage",
        "SELECT concat_ws('|', certificate_no, buyer_province, buyer_name, quantity, vintage, beneficiary, retired_at) AS r "
            + "FROM dashboard.retirement ORDER BY certificate_no",
        "SELECT concat_ws('|', lao_code, window_id, households, bins) AS r FROM dashboard.lao_bins ORDER BY lao_code")) {
      out.addAll(db.sql(sql).map(row -> row.get("r", String.class)).all().collectList().block());
    }
    return out;
  }
}
