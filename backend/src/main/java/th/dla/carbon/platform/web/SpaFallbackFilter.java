package th.dla.carbon.platform.web;

import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Serves the SPA's {@code index.html} for client-side routes such as {@code /laos/5810401}, so that a reload or a
 * shared link works. API, documentation and actuator paths are never rewritten: an unknown {@code /api/...} path
 * stays a 404 problem response, and a path with a file extension stays a static-file lookup.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class SpaFallbackFilter implements WebFilter {

  private static final List<String> SERVER_PREFIXES =
      List.of("/api", "/v3/", "/swagger-ui", "/webjars", "/actuator", "/.well-known", "/oauth2", "/login");

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    if (isClientRoute(exchange)) {
      return chain.filter(exchange.mutate().request(request -> request.path("/index.html")).build());
    }
    return chain.filter(exchange);
  }

  static boolean isClientRoute(ServerWebExchange exchange) {
    if (exchange.getRequest().getMethod() != HttpMethod.GET && exchange.getRequest().getMethod() != HttpMethod.HEAD) {
      return false;
    }
    String path = exchange.getRequest().getPath().pathWithinApplication().value();
    if (path.equals("/") || path.equals("/index.html")) {
      return path.equals("/");
    }
    for (String prefix : SERVER_PREFIXES) {
      if (path.startsWith(prefix)) {
        return false;
      }
    }
    String lastSegment = path.substring(path.lastIndexOf('/') + 1);
    return !lastSegment.contains(".");
  }
}
