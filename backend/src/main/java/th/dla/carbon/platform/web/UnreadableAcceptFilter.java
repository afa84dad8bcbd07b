package th.dla.carbon.platform.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * An {@code Accept} header that cannot be parsed ({@code garbage}, {@code *}{@code /*;q=abc}) is disregarded, as RFC 9110
 * allows: the request continues as if it had none. Otherwise Spring cannot negotiate any body, and drops the body of
 * every error response (a 401 or 429 with an empty body).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnreadableAcceptFilter implements WebFilter {

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    String accept = String.join(",", exchange.getRequest().getHeaders().getOrEmpty(HttpHeaders.ACCEPT));
    if (accept.isEmpty() || readable(accept)) {
      return chain.filter(exchange);
    }
    return chain.filter(exchange.mutate().request(request -> request.headers(headers -> headers.remove(HttpHeaders.ACCEPT))).build());
  }

  private static boolean readable(String accept) {
    try {
      MediaType.parseMediaTypes(accept).forEach(MediaType::getQualityValue);
      return true;
    } catch (IllegalArgumentException unreadable) { // InvalidMediaTypeException among them
      return false;
    }
  }
}
