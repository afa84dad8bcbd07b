package th.dla.carbon.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import th.dla.carbon.identity.Role;
import th.dla.carbon.identity.SignIn;
import th.dla.carbon.identity.tokens.AuthSettings;

/**
 * Local sign-in. The access token goes in the body (the SPA keeps it in memory only); the refresh token goes in an
 * HttpOnly, SameSite=Strict cookie scoped to {@code /api/v1/auth}, where script cannot read it.
 */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication")
class AuthController {

  static final String REFRESH_COOKIE = "carbon_refresh";
  static final String COOKIE_PATH = "/api/v1/auth";

  record LoginRequest(
      @NotBlank(message = "is required") @Size(max = 64, message = "must be at most 64 characters") String username,
      @NotBlank(message = "is required") @Size(max = 128, message = "must be at most 128 characters") String password) {}

  record TokenResponse(String accessToken, String tokenType, long expiresIn, List<Role> roles) {}

  private final SignIn signIn;
  private final AuthSettings settings;

  AuthController(SignIn signIn, AuthSettings settings) {
    this.signIn = signIn;
    this.settings = settings;
  }

  @PostMapping("/login")
  @Operation(summary = "Sign in with a username and password; sets the refresh cookie")
  Mono<ResponseEntity<TokenResponse>> login(@Valid @RequestBody LoginRequest request, ServerWebExchange exchange) {
    return signIn.withPassword(request.username(), request.password(), client(exchange)).map(this::respond);
  }

  @PostMapping("/refresh")
  @Operation(summary = "Exchange the refresh cookie for a new access token (the cookie rotates)")
  Mono<ResponseEntity<TokenResponse>> refresh(ServerWebExchange exchange) {
    HttpCookie cookie = exchange.getRequest().getCookies().getFirst(REFRESH_COOKIE);
    if (cookie == null || cookie.getValue().isBlank()) {
      return Mono.error(new SignIn.SessionExpired());
    }
    return signIn.refresh(cookie.getValue(), client(exchange))
        .map(this::respond)
        .onErrorResume(SignIn.SessionExpired.class, expired -> {
          exchange.getResponse().addCookie(cookie("", Duration.ZERO));
          return Mono.error(expired);
        });
  }

  @PostMapping("/logout")
  @Operation(summary = "Sign out: revokes the session of the refresh cookie and clears it")
  Mono<ResponseEntity<Void>> logout(ServerWebExchange exchange) {
    HttpCookie cookie = exchange.getRequest().getCookies().getFirst(REFRESH_COOKIE);
    return signIn.signOut(cookie == null ? null : cookie.getValue(), client(exchange))
        .then(Mono.fromSupplier(() -> ResponseEntity.noContent()
            .header(HttpHeaders.SET_COOKIE, cookie("", Duration.ZERO).toString())
            .build()));
  }

  private ResponseEntity<TokenResponse> respond(SignIn.Session session) {
    return ResponseEntity.ok()
        .header(HttpHeaders.SET_COOKIE, cookie(session.refreshToken(), session.refreshExpiresIn()).toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(new TokenResponse(session.accessToken(), "Bearer", session.expiresIn().toSeconds(),
            session.actor().roles().stream().sorted().toList()));
  }

  private ResponseCookie cookie(String value, Duration maxAge) {
    return ResponseCookie.from(REFRESH_COOKIE, value)
        .httpOnly(true)
        .secure(settings.cookieSecure())
        .sameSite("Strict")
        .path(COOKIE_PATH)
        .maxAge(maxAge)
        .build();
  }

  /** The client address as our reverse proxy reports it (Spring applies X-Forwarded-For when configured to). */
  static String client(ServerWebExchange exchange) {
    InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
    return remote == null || remote.getAddress() == null ? null : remote.getAddress().getHostAddress();
  }
}
