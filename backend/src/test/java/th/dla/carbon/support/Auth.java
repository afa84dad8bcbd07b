package th.dla.carbon.support;

import java.util.function.Consumer;
import org.springframework.http.HttpHeaders;
import th.dla.carbon.identity.AccessTokens;
import th.dla.carbon.identity.Actor;

/** Real access tokens for tests: signed by the application's own active key, exactly as after a sign-in. */
public final class Auth {
  private Auth() {}

  /** {@code http.get().uri(...).headers(Auth.bearer(tokens, Actors.admin()))} */
  public static Consumer<HttpHeaders> bearer(AccessTokens tokens, Actor actor) {
    String token = tokens.issue(actor).block();
    return headers -> headers.setBearerAuth(token);
  }
}
