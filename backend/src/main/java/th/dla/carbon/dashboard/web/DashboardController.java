package th.dla.carbon.dashboard.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import th.dla.carbon.dashboard.DashboardViews.DashboardRebuild;
import th.dla.carbon.dashboard.DashboardViews.LaoDashboard;
import th.dla.carbon.dashboard.DashboardViews.NationalDashboard;
import th.dla.carbon.dashboard.DashboardViews.ProvinceDashboard;
import th.dla.carbon.dashboard.Dashboards;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public dashboards. Each answer carries a strong {@code ETag} (a hash of the body) and
 * {@code Cache-Control: public, max-age=30}; a request whose {@code If-None-Match} names the current tag gets 304.
 */
@RestController
@Tag(name = "Dashboards")
class DashboardController {

  static final CacheControl CACHE = CacheControl.maxAge(Duration.ofSeconds(30)).cachePublic();

  private final Dashboards dashboards;
  private final JsonMapper json;

  DashboardController(Dashboards dashboards, JsonMapper json) {
    this.dashboards = dashboards;
    this.json = json;
  }

  @GetMapping("/api/v1/dashboards/national")
  @Operation(summary = "National dashboard (public): credits by state, LAOs, buyers, revenue, prices, months, the 77 provinces")
  Mono<ResponseEntity<NationalDashboard>> national(@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
    return dashboards.national().map(body -> cached(body, ifNoneMatch));
  }

  @GetMapping("/api/v1/dashboards/provinces/{code}")
  @Operation(summary = "Provincial dashboard (public): the province's figures, its LAOs, open listings and retirements; 404 for an unknown province")
  Mono<ResponseEntity<ProvinceDashboard>> province(@PathVariable String code,
      @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
    return dashboards.province(code).map(body -> cached(body, ifNoneMatch));
  }

  @GetMapping("/api/v1/dashboards/laos/{code}")
  @Operation(summary = "LAO profile figures (public): bins and households, credits by vintage, listings, sales; 404 for an unknown LAO")
  Mono<ResponseEntity<LaoDashboard>> lao(@PathVariable String code,
      @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
    return dashboards.lao(code).map(body -> cached(body, ifNoneMatch));
  }

  @PostMapping("/api/v1/admin/dashboards/rebuild")
  @Operation(summary = "Recompute every dashboard aggregate from the source modules (DLA administrator)")
  Mono<DashboardRebuild> rebuild() {
    return dashboards.rebuild();
  }

  private <T> ResponseEntity<T> cached(T body, String ifNoneMatch) {
    String etag = "\"" + hash(json.writeValueAsBytes(body)) + "\"";
    if (ifNoneMatch != null && matches(ifNoneMatch, etag)) {
      return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(CACHE).build();
    }
    return ResponseEntity.ok().eTag(etag).cacheControl(CACHE).body(body);
  }

  static boolean matches(String ifNoneMatch, String etag) {
    for (String candidate : ifNoneMatch.split(",")) {
      String tag = candidate.strip();
      if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
        return true;
      }
    }
    return false;
  }

  static String hash(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
