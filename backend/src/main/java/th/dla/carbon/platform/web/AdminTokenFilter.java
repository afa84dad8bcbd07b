package th.dla.carbon.platform.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Guards {@code /api/v1/admin/**} with a shared secret ({@code CARBON_ADMIN_TOKEN}, header {@code X-Admin-Token})
 * until the identity module's DLA-admin sign-in replaces it. With no token configured, administration is closed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class AdminTokenFilter implements WebFilter {

  public static final String HEADER = "X-Admin-Token";

  private final byte[] expected;
  private final ProblemResponseWriter problems;

  AdminTokenFilter(@Value("${carbon.admin-token:}") String token, ProblemResponseWriter problems) {
    this.expected = token.getBytes(StandardCharsets.UTF_8);
    this.problems = problems;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    if (!exchange.getRequest().getPath().pathWithinApplication().value().startsWith("/api/v1/admin/")) {
      return chain.filter(exchange);
    }
    String presented = exchange.getRequest().getHeaders().getFirst(HEADER);
    if (expected.length == 0 || presented == null
        || !MessageDigest.isEqual(expected, presented.getBytes(StandardCharsets.UTF_8))) {
      return problems.write(exchange, ProblemType.UNAUTHORIZED, "Administration requires a valid " + HEADER + " header.");
    }
    return chain.filter(exchange);
  }
}
