package th.dla.carbon.identity.web;

import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import th.dla.carbon.platform.web.ProblemResponseWriter;
import th.dla.carbon.platform.web.ProblemType;

/**
 * 401 and 403 from the security filters, and 400 for requests the firewall rejects (encoded slashes, {@code ;}
 * path parameters, traversal), as problem responses like every other error.
 */
@Component
class ProblemAuthenticationHandlers implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler, ServerExchangeRejectedHandler {

  private final ProblemResponseWriter problems;

  ProblemAuthenticationHandlers(ProblemResponseWriter problems) {
    this.problems = problems;
  }

  @Override
  public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
    boolean badToken = ex instanceof InvalidBearerTokenException
        || exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION) != null;
    exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE,
        badToken ? "Bearer error=\"invalid_token\"" : "Bearer");
    return badToken
        ? problems.write(exchange, ProblemType.INVALID_TOKEN, "The access token is invalid or has expired. Sign in again.")
        : problems.write(exchange, ProblemType.UNAUTHORIZED, "Sign in to use this part of the API.");
  }

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
    return problems.write(exchange, ProblemType.FORBIDDEN, "Your role does not allow this.");
  }

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
    return problems.write(exchange, ProblemType.MALFORMED_REQUEST, "The request path contains characters that are not allowed.");
  }
}
