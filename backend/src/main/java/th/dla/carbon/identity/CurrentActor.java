package th.dla.carbon.identity;

import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Mono;

/** Who is calling, read from the verified access token in the reactive security context. */
public final class CurrentActor {

  private CurrentActor() {}

  /** The signed-in person, or empty for an anonymous call. */
  public static Mono<Actor> get() {
    return ReactiveSecurityContextHolder.getContext()
        .mapNotNull(SecurityContext::getAuthentication)
        .filter(JwtAuthenticationToken.class::isInstance)
        .map(authentication -> TokenClaims.actor(((JwtAuthenticationToken) authentication).getToken().getClaims()));
  }

  /** The signed-in person, or a 401 problem. */
  public static Mono<Actor> require() {
    return get().switchIfEmpty(Mono.error(NotSignedIn::new));
  }
}
