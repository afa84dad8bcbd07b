package th.dla.carbon.identity.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Sign-in through external OpenID Connect providers, configured by environment with Spring Boot's standard
 * {@code spring.security.oauth2.client.registration.<id>.*} and {@code provider.<id>.issuer-uri} (.env.example).
 *
 * <p>A chain of its own for {@code /oauth2/**} (the redirect to the provider) and {@code /login/oauth2/**} (the
 * provider's redirect back), ordered before the stateless API chain. It is the only place that uses a
 * {@code WebSession}, and only to remember the authorization request (state, nonce, PKCE verifier) between the two
 * redirects; the session is invalidated at the callback. The provider's tokens are not kept
 * ({@link NoAuthorizedClients}) and no security context is stored: {@link OidcSignInHandler} issues our own
 * tokens and redirects to the SPA.
 */
@Configuration
class OidcSignInConfiguration {

  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  SecurityWebFilterChain oidcSignInSecurity(ServerHttpSecurity http,
      ObjectProvider<ReactiveClientRegistrationRepository> registrations, OidcSignInHandler handler) {
    // without any provider configured Boot creates no repository: the endpoints then know no provider
    ReactiveClientRegistrationRepository providers = registrations.getIfAvailable(() -> registrationId -> Mono.empty());
    return http
        .securityMatcher(ServerWebExchangeMatchers.pathMatchers("/oauth2/**", "/login/oauth2/**"))
        .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
        .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
        .csrf(ServerHttpSecurity.CsrfSpec::disable)
        .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
        .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
        .logout(ServerHttpSecurity.LogoutSpec::disable)
        .authorizeExchange(rules -> rules.anyExchange().permitAll())
        .oauth2Login(login -> login
            .clientRegistrationRepository(providers)
            .authorizedClientRepository(new NoAuthorizedClients())
            .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
            .authenticationSuccessHandler(handler)
            .authenticationFailureHandler(handler))
        .headers(SecurityConfiguration::headers)
        .build();
  }

  /** The provider's access and refresh tokens are dropped once the person is identified (docs/adr/0006). */
  static final class NoAuthorizedClients implements ServerOAuth2AuthorizedClientRepository {
    @Override
    public <T extends OAuth2AuthorizedClient> Mono<T> loadAuthorizedClient(String clientRegistrationId,
        Authentication principal, ServerWebExchange exchange) {
      return Mono.empty();
    }

    @Override
    public Mono<Void> saveAuthorizedClient(OAuth2AuthorizedClient authorizedClient, Authentication principal,
        ServerWebExchange exchange) {
      return Mono.empty();
    }

    @Override
    public Mono<Void> removeAuthorizedClient(String clientRegistrationId, Authentication principal,
        ServerWebExchange exchange) {
      return Mono.empty();
    }
  }
}
