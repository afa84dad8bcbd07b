package th.dla.carbon.platform.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The answer to a multipart request closes its connection. A multipart parser that is still reading when the
 * answer goes out (the handler refused the request before the body ended, or the body never ends: an unterminated
 * part) can stay attached to the keep-alive connection, and the client's next request on it then waited until the
 * parser gave up (30 s; docs/reliability.md, fault 13). Closing only after error answers missed the cases where the
 * parse error surfaces after the answer is written. Uploads are rare, so a new connection for the next request costs
 * nothing that matters.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class MultipartConnectionFilter implements WebFilter {

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    if (isMultipart(exchange)) {
      exchange.getResponse().beforeCommit(() -> {
        exchange.getResponse().getHeaders().setConnection("close");
        return Mono.empty();
      });
    }
    return chain.filter(exchange);
  }

  private static boolean isMultipart(ServerWebExchange exchange) {
    try {
      MediaType type = exchange.getRequest().getHeaders().getContentType();
      return type != null && "multipart".equalsIgnoreCase(type.getType());
    } catch (IllegalArgumentException unreadable) { // an unparseable Content-Type: answered as malformed elsewhere
      return false;
    }
  }
}
