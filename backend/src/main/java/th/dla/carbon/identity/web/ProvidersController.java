package th.dla.carbon.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The external OpenID Connect providers people can sign in with, for the SPA's sign-in page. */
@RestController
@Tag(name = "Authentication")
class ProvidersController {

  /** {@code loginUrl} starts the browser flow: {@code /oauth2/authorization/{id}}. */
  record SignInProvider(String id, String name, String loginUrl) {}

  private final List<SignInProvider> providers;

  ProvidersController(ObjectProvider<ReactiveClientRegistrationRepository> registrations) {
    List<SignInProvider> found = new ArrayList<>();
    // Boot's repository is in memory and iterable; none exists when no provider is configured
    if (registrations.getIfAvailable() instanceof Iterable<?> all) {
      for (Object item : all) {
        if (item instanceof ClientRegistration registration
            && AuthorizationGrantType.AUTHORIZATION_CODE.equals(registration.getAuthorizationGrantType())) {
          found.add(new SignInProvider(registration.getRegistrationId(), registration.getClientName(),
              "/oauth2/authorization/" + registration.getRegistrationId()));
        }
      }
    }
    found.sort(Comparator.comparing(SignInProvider::id));
    this.providers = List.copyOf(found);
  }

  @GetMapping("/api/v1/auth/providers")
  @Operation(summary = "External OpenID Connect providers to sign in with (empty when none is configured)")
  Mono<List<SignInProvider>> providers() {
    return Mono.just(providers);
  }
}
