package th.dla.carbon.identity.web;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import th.dla.carbon.identity.SignIn;
import th.dla.carbon.identity.tokens.AuthSettings;

/**
 * The refresh-token cookie, built in one place for every kind of sign-in (password, OpenID Connect): HttpOnly,
 * SameSite=Strict, Secure unless configured otherwise, and scoped to {@code /api/v1/auth} so that it only travels
 * with the refresh and sign-out calls.
 */
@Component
class RefreshCookie {

  static final String NAME = "carbon_refresh";
  static final String PATH = "/api/v1/auth";

  private final AuthSettings settings;

  RefreshCookie(AuthSettings settings) {
    this.settings = settings;
  }

  /** The cookie that carries the session's refresh token. */
  ResponseCookie of(SignIn.Session session) {
    return build(session.refreshToken(), session.refreshExpiresIn());
  }

  /** Tells the browser to forget the cookie. */
  ResponseCookie cleared() {
    return build("", Duration.ZERO);
  }

  /** The refresh token the browser sent, or null. */
  static @Nullable String read(ServerWebExchange exchange) {
    HttpCookie cookie = exchange.getRequest().getCookies().getFirst(NAME);
    return cookie == null || cookie.getValue().isBlank() ? null : cookie.getValue();
  }

  private ResponseCookie build(String value, Duration maxAge) {
    return ResponseCookie.from(NAME, value)
        .httpOnly(true)
        .secure(settings.cookieSecure())
        .sameSite("Strict")
        .path(PATH)
        .maxAge(maxAge)
        .build();
  }
}
