package th.dla.carbon.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import th.dla.carbon.identity.Role;
import th.dla.carbon.identity.SignIn;

/**
 * Local sign-in. The access token goes in the body (the SPA keeps it in memory only); the refresh token goes in an
 * HttpOnly, SameSite=Strict cookie scoped to {@code /api/v1/auth}, where script cannot read it.
 */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication")
class AuthController {

  record LoginRequest(
      @NotBlank(message = "is required") @Size(max = 64, message = "must be at most 64 characters") String username,
      @NotBlank(message = "is required") @Size(max = 128, message = "must be at most 128 characters") String password) {}

  record TokenResponse(String accessToken, String tokenType, long expiresIn, List<Role> roles) {}

  private final SignIn signIn;
  private final RefreshCookie cookies;

  AuthController(SignIn signIn, RefreshCookie cookies) {
    this.signIn = signIn;
    this.cookies = cookies;
  }

  @PostMapping("/login")
  @Operation(summary = "Sign in with a username and password; sets the refresh cookie")
  Mono<ResponseEntity<TokenResponse>> login(@Valid @RequestBody LoginRequest request, ServerWebExchange exchange) {
    return signIn.withPassword(request.username(), request.password(), ClientAddress.of(exchange)).map(this::respond);
  }

  @PostMapping("/refresh")
  @Operation(summary = "Exchange the refresh cookie for a new access token (the cookie rotates)")
  Mono<ResponseEntity<TokenResponse>> refresh(ServerWebExchange exchange) {
    String refreshToken = RefreshCookie.read(exchange);
    if (refreshToken == null) {
      return Mono.error(new SignIn.SessionExpired());
    }
    return signIn.refresh(refreshToken, ClientAddress.of(exchange))
        .map(this::respond)
        .onErrorResume(SignIn.SessionExpired.class, expired -> {
          exchange.getResponse().addCookie(cookies.cleared());
          return Mono.error(expired);
        });
  }

  @PostMapping("/logout")
  @Operation(summary = "Sign out: revokes the session of the refresh cookie and clears it")
  Mono<ResponseEntity<Void>> logout(ServerWebExchange exchange) {
    return signIn.signOut(RefreshCookie.read(exchange), ClientAddress.of(exchange))
        .then(Mono.fromSupplier(() -> ResponseEntity.noContent()
            .header(HttpHeaders.SET_COOKIE, cookies.cleared().toString())
            .build()));
  }

  private ResponseEntity<TokenResponse> respond(SignIn.Session session) {
    return ResponseEntity.ok()
        .header(HttpHeaders.SET_COOKIE, cookies.of(session).toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(new TokenResponse(session.accessToken(), "Bearer", session.expiresIn().toSeconds(),
            session.actor().roles().stream().sorted().toList()));
  }
}
