package th.dla.carbon.identity.web;

import java.net.URI;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.server.DefaultServerRedirectStrategy;
import org.springframework.security.web.server.ServerRedirectStrategy;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;
import th.dla.carbon.identity.ExternalSignIn;
import th.dla.carbon.identity.ExternalSignIn.ExternalIdentity;

/**
 * The end of an external sign-in: the provider has authenticated the person. We link or create the account
 * ({@link ExternalSignIn}), set the refresh cookie exactly as a password sign-in does, and send the browser to the
 * SPA's {@code /auth/callback}, which exchanges the cookie for an access token ({@code POST /api/v1/auth/refresh}).
 * Failures go to {@code /auth/callback?error=<code>} with one of a few stable codes (docs/api.md).
 */
@Component
class OidcSignInHandler implements ServerAuthenticationSuccessHandler, ServerAuthenticationFailureHandler {

  static final String CALLBACK = "/auth/callback";

  private static final Log log = LogFactory.getLog(OidcSignInHandler.class);

  private final ExternalSignIn externalSignIn;
  private final RefreshCookie cookies;
  private final ServerRedirectStrategy redirects = new DefaultServerRedirectStrategy();

  OidcSignInHandler(ExternalSignIn externalSignIn, RefreshCookie cookies) {
    this.externalSignIn = externalSignIn;
    this.cookies = cookies;
  }

  @Override
  public Mono<Void> onAuthenticationSuccess(WebFilterExchange filterExchange, Authentication authentication) {
    ServerWebExchange exchange = filterExchange.getExchange();
    return Mono.fromCallable(() -> identity(authentication))
        .flatMap(identity -> externalSignIn.signIn(identity, ClientAddress.of(exchange)))
        .map(session -> {
          exchange.getResponse().addCookie(cookies.of(session));
          return CALLBACK;
        })
        .onErrorResume(ExternalSignIn.Refused.class, refused -> Mono.just(CALLBACK + "?error=" + refused.code()))
        .onErrorResume(error -> {
          log.error("External sign-in failed after the provider authenticated the person", error);
          return Mono.just(CALLBACK + "?error=sign_in_failed");
        })
        .flatMap(location -> finish(exchange, location));
  }

  @Override
  public Mono<Void> onAuthenticationFailure(WebFilterExchange filterExchange, AuthenticationException exception) {
    ServerWebExchange exchange = filterExchange.getExchange();
    String code = code(exception);
    String path = exchange.getRequest().getPath().value();
    String provider = path.substring(path.lastIndexOf('/') + 1);
    log.info("External sign-in through " + provider + " failed: " + exception.getMessage());
    return externalSignIn.recordFailure(provider, code, ClientAddress.of(exchange))
        .then(finish(exchange, CALLBACK + "?error=" + code));
  }

  /** Ends the short session that held the authorization request, then redirects to the SPA. */
  private Mono<Void> finish(ServerWebExchange exchange, String location) {
    return exchange.getSession()
        .flatMap(WebSession::invalidate)
        .then(redirects.sendRedirect(exchange, URI.create(location)));
  }

  private static ExternalIdentity identity(Authentication authentication) {
    if (!(authentication instanceof OAuth2AuthenticationToken token) || !(token.getPrincipal() instanceof OidcUser user)) {
      throw new ExternalSignIn.Refused("unsupported_provider", "The provider is not an OpenID Connect provider");
    }
    return new ExternalIdentity(token.getAuthorizedClientRegistrationId(), String.valueOf(user.getIssuer()),
        user.getSubject(), user.getEmail(), Boolean.TRUE.equals(user.getEmailVerified()),
        user.getPreferredUsername(), user.getFullName());
  }

  /** A stable, short code for the SPA; never the provider's own text. */
  static String code(AuthenticationException exception) {
    if (exception instanceof OAuth2AuthenticationException oauth) {
      return switch (oauth.getError().getErrorCode()) {
        case "access_denied" -> "access_denied";
        case "authorization_request_not_found", "invalid_state_parameter" -> "login_expired";
        default -> "sign_in_failed";
      };
    }
    return "sign_in_failed";
  }
}
