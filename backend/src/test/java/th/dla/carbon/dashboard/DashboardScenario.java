package th.dla.carbon.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import th.dla.carbon.identity.AccessTokens;
import th.dla.carbon.identity.Actor;
import th.dla.carbon.support.Actors;
import th.dla.carbon.support.Auth;
import th.dla.carbon.support.RegistryFixtures;

/** Market steps over HTTP for the dashboard tests, and reads of the dashboards and their tables. */
final class DashboardScenario {

  final WebTestClient http;
  final AccessTokens tokens;
  final DatabaseClient db;

  DashboardScenario(WebTestClient http, AccessTokens tokens, DatabaseClient db) {
    this.http = http;
    this.tokens = tokens;
    this.db = db;
  }

  Consumer<HttpHeaders> as(Actor actor) {
    return Auth.bearer(tokens, actor);
  }

  Consumer<HttpHeaders> admin() {
    return as(Actors.admin());
  }

  /** Issues {@code quantity} credits of {@code vintage} to the LAO over HTTP. */
  void issue(String laoCode, int vintage, long quantity) {
    long first = RegistryFixtures.freshSerials(quantity);
    http.post().uri("/api/v1/admin/issuances").headers(admin()).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("projectCode", RegistryFixtures.PROJECT, "vintage", vintage, "serialFirst", first,
            "serialLast", first + quantity - 1, "tgoReference", "TGO-DASH-" + UUID.randomUUID(),
            "issuedOn", LocalDate.of(vintage + 1, 3, 1).toString(), "allocations", List.of(Map.of("laoCode", laoCode, "quantity", quantity))))
        .exchange().expectStatus().isCreated();
  }

  /** A fixed-price listing drafted by one officer and approved by another: OPEN; its id. */
  UUID openListing(String laoCode, long quantity, String unitPrice, Integer vintage) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("laoCode", laoCode);
    body.put("mode", "FIXED_PRICE");
    body.put("quantity", quantity);
    body.put("unitPrice", new BigDecimal(unitPrice));
    body.put("minLot", 1);
    if (vintage != null) {
      body.put("vintage", vintage);
    }
    Map<?, ?> draft = http.post().uri("/api/v1/listings").headers(as(Actors.laoOfficer(laoCode))).bodyValue(body).exchange()
        .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    String id = (String) draft.get("id");
    http.post().uri("/api/v1/listings/{id}/submit", id).headers(as(Actors.laoOfficer(laoCode))).exchange().expectStatus().isOk();
    http.post().uri("/api/v1/listings/{id}/approve", id).headers(as(Actors.laoOfficer(laoCode))).exchange().expectStatus().isOk()
        .expectBody().jsonPath("$.state").isEqualTo("OPEN");
    return UUID.fromString(id);
  }

  /** A bid at the listed price, filled at once: the trade's id. */
  UUID buy(Actor buyer, UUID listingId, long quantity, String unitPrice) {
    Map<?, ?> bid = http.post().uri("/api/v1/listings/{id}/bids", listingId).headers(as(buyer))
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .bodyValue(Map.of("quantity", quantity, "unitPrice", new BigDecimal(unitPrice))).exchange()
        .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    assertThat(bid.get("state")).isEqualTo("FILLED");
    return UUID.fromString((String) bid.get("tradeId"));
  }

  void pay(Actor buyer, UUID tradeId) {
    http.post().uri("/api/v1/trades/{id}/payment", tradeId).headers(as(buyer)).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("reference", "PAY-" + tradeId.toString().substring(0, 8), "paidAt", Instant.now().minusSeconds(60).toString()))
        .exchange().expectStatus().isOk();
  }

  void confirm(String laoCode, UUID tradeId) {
    http.post().uri("/api/v1/trades/{id}/confirm-payment", tradeId).headers(as(Actors.laoOfficer(laoCode)))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("receiptNo", "R-" + tradeId)).exchange().expectStatus().isOk();
  }

  void transfer(String laoCode, UUID tradeId) {
    http.post().uri("/api/v1/trades/{id}/registry-transfer", tradeId).headers(as(Actors.laoOfficer(laoCode)))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("tgoReference", "TGO-TR-" + tradeId.toString().substring(0, 8), "transferredAt", Instant.now().toString()))
        .exchange().expectStatus().isOk();
  }

  void cancel(Actor party, UUID tradeId) {
    http.post().uri("/api/v1/trades/{id}/cancel", tradeId).headers(as(party)).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("reason", "changed our mind")).exchange().expectStatus().isOk();
  }

  void withdraw(String laoCode, UUID listingId) {
    http.post().uri("/api/v1/listings/{id}/withdraw", listingId).headers(as(Actors.laoOfficer(laoCode))).exchange()
        .expectStatus().isOk();
  }

  String retire(Actor buyer, long quantity) {
    Map<?, ?> retirement = http.post().uri("/api/v1/retirements").headers(as(buyer)).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("quantity", quantity, "beneficiary", "ผู้รับประโยชน์ทดสอบ", "purpose", "ชดเชยการปล่อยก๊าซเรือนกระจก"))
        .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    return (String) retirement.get("certificateNo");
  }

  Map<String, Object> get(String uri, Object... vars) {
    @SuppressWarnings("unchecked")
    Map<String, Object> body = http.get().uri(uri, vars).exchange().expectStatus().isOk().expectBody(Map.class).returnResult()
        .getResponseBody();
    return body;
  }

  Map<String, Object> national() {
    return get("/api/v1/dashboards/national");
  }

  Map<String, Object> province(String code) {
    return get("/api/v1/dashboards/provinces/{code}", code);
  }

  Map<String, Object> rebuild() {
    @SuppressWarnings("unchecked")
    Map<String, Object> body = http.post().uri("/api/v1/admin/dashboards/rebuild").headers(admin()).exchange().expectStatus().isOk()
        .expectBody(Map.class).returnResult().getResponseBody();
    return body;
  }

  /** Every dashboard table as text, in key order; months and rows with nothing in them left out. */
  List<String> tables() {
    List<String> out = new ArrayList<>();
    out.addAll(rows("""
        SELECT concat_ws('|', lao_code, vintage, province_code, allocated, held, available, listed, sold, traded_value, revenue, retired,
                         last_price, last_trade_at, last_trade_id) AS r
        FROM dashboard.lao_vintage ORDER BY lao_code, vintage"""));
    out.addAll(rows("""
        SELECT concat_ws('|', 'm', province_code, month, volume, value, retired) AS r FROM dashboard.province_month
        WHERE volume <> 0 OR value <> 0 OR retired <> 0 ORDER BY province_code, month"""));
    out.addAll(rows("""
        SELECT concat_ws('|', 's', trade_id, vintage, lao_code, province_code, created_at, quantity, unit_price, value, cancelled, confirmed) AS r
        FROM dashboard.sale ORDER BY trade_id, vintage"""));
    out.addAll(rows("""
        SELECT concat_ws('|', 'r', certificate_no, buyer_province, buyer_name, quantity, vintage, beneficiary, retired_at) AS r
        FROM dashboard.retirement ORDER BY certificate_no"""));
    out.addAll(rows("SELECT concat_ws('|', 'b', lao_code, province_code, window_id, households, bins) AS r FROM dashboard.lao_bins ORDER BY lao_code"));
    return out;
  }

  private List<String> rows(String sql) {
    return db.sql(sql).map(row -> row.get("r", String.class)).all().collectList().block();
  }

  static long number(Map<String, Object> body, String... path) {
    Object value = at(body, path);
    return ((Number) value).longValue();
  }

  static BigDecimal money(Map<String, Object> body, String... path) {
    return new BigDecimal(at(body, path).toString()).setScale(2);
  }

  @SuppressWarnings("unchecked")
  static Object at(Map<String, Object> body, String... path) {
    Object value = body;
    for (String key : path) {
      value = ((Map<String, Object>) value).get(key);
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> find(Map<String, Object> body, String list, String key, Object value) {
    return ((List<Map<String, Object>>) body.get(list)).stream().filter(m -> value.equals(m.get(key))).findFirst()
        .orElseThrow(() -> new AssertionError("no " + key + " = " + value + " in " + list));
  }
}
