package th.dla.carbon.identity.tokens;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Settings of sign-in and tokens (CARBON_AUTH_* in .env.example). */
@Component
public class AuthSettings {

  /** The {@code aud} of our access tokens: they are meant for this API only. */
  public static final String AUDIENCE = "carbon-market";

  private final String issuer;
  private final Duration accessTokenTtl;
  private final Duration refreshTokenTtl;
  private final boolean cookieSecure;

  AuthSettings(
      @Value("${carbon.auth.issuer}") String issuer,
      @Value("${carbon.auth.access-token-ttl}") Duration accessTokenTtl,
      @Value("${carbon.auth.refresh-token-ttl}") Duration refreshTokenTtl,
      @Value("${carbon.auth.cookie-secure}") boolean cookieSecure) {
    this.issuer = issuer;
    this.accessTokenTtl = accessTokenTtl;
    this.refreshTokenTtl = refreshTokenTtl;
    this.cookieSecure = cookieSecure;
  }

  public String issuer() {
    return issuer;
  }

  public Duration accessTokenTtl() {
    return accessTokenTtl;
  }

  public Duration refreshTokenTtl() {
    return refreshTokenTtl;
  }

  public boolean cookieSecure() {
    return cookieSecure;
  }
}
