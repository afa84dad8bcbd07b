package th.dla.carbon.identity.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableReactiveMethodSecurity;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import reactor.core.publisher.Mono;

/**
 * The path rules, in one place. Public reads of api.md stay open; {@code /api/v1/admin/**} needs a DLA
 * administrator; every other API call needs a valid access token. Services check ownership again with the
 * {@link th.dla.carbon.identity.Actor} (the second check): these rules only say who may knock.
 */
@Configuration
@EnableWebFluxSecurity
@EnableReactiveMethodSecurity
class SecurityConfiguration {

  /** Open to everyone, reads. A single {@code *} is one path segment, so {@code /laos/x/account} is not public. */
  static final String[] PUBLIC_GET = {
    "/api/v1/provinces", "/api/v1/provinces/*", "/api/v1/provinces/*/districts",
    "/api/v1/laos", "/api/v1/laos/*", "/api/v1/laos/*/credit-summary",
    "/api/v1/listings", "/api/v1/listings/*", "/api/v1/listings/*/bids", "/api/v1/listings/*/stream",
    "/api/v1/dashboards/**",
    "/api/v1/retirements/*", "/api/v1/retirements/*/certificate.pdf",
    "/api/v1/projects", "/api/v1/serials/*", "/api/v1/reporting-windows",
    "/api/v1/audit/verify",
    "/api/v1/auth/providers",
    // exports: anonymised rows without a token, the caller's own scope with one (reporting module)
    "/api/v1/exports/*",
    "/.well-known/jwks.json",
  };

  /** The SPA's policy, for every response: nothing but our own origin, never in a frame. */
  static final String CONTENT_SECURITY_POLICY = String.join("; ",
      "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:", "font-src 'self' data:", "connect-src 'self'",
      "frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'", "object-src 'none'");

  /** Open to everyone, writes: signing in and registering as a buyer. */
  static final String[] PUBLIC_POST = {
    "/api/v1/auth/login", "/api/v1/auth/refresh", "/api/v1/auth/logout", "/api/v1/buyers/registrations",
  };


  /** Everything but the OpenID Connect redirects ({@link OidcSignInConfiguration}, ordered first): stateless. */
  @Bean
  @Order(Ordered.LOWEST_PRECEDENCE)
  SecurityWebFilterChain apiSecurity(ServerHttpSecurity http, ProblemAuthenticationHandlers problems,
      CorsConfigurationSource cors) {
    return http
        .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
        .csrf(ServerHttpSecurity.CsrfSpec::disable)
        .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
        .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
        .logout(ServerHttpSecurity.LogoutSpec::disable)
        .cors(spec -> spec.configurationSource(cors))
        .authorizeExchange(rules -> rules
            .pathMatchers(HttpMethod.OPTIONS, "/**").permitAll()
            .pathMatchers(HttpMethod.GET, PUBLIC_GET).permitAll()
            .pathMatchers(HttpMethod.POST, PUBLIC_POST).permitAll()
            .pathMatchers("/api/v1/admin/**").hasRole("DLA_ADMIN")
            // the committee report: provincial offices and DLA (the service then checks the province)
            .pathMatchers(HttpMethod.GET, "/api/v1/provinces/*/committee-report").hasAnyRole("PROVINCE_OFFICER", "DLA_ADMIN")
            .pathMatchers("/api/**").authenticated()
            // the SPA's files, the API documentation and health probes
            .anyExchange().permitAll())
        .oauth2ResourceServer(server -> server
            .jwt(jwt -> jwt.jwtAuthenticationConverter(SecurityConfiguration::authentication))
            .authenticationEntryPoint(problems)
            .accessDeniedHandler(problems))
        .exceptionHandling(handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .headers(SecurityConfiguration::headers)
        .build();
  }

  /**
   * Security headers of every response: a strict Content-Security-Policy (scripts only from our origin, no framing),
   * {@code X-Frame-Options: DENY}, {@code Referrer-Policy: strict-origin-when-cross-origin}, {@code nosniff}, and
   * HSTS on HTTPS requests. Behind a TLS-terminating proxy the request is HTTPS only when the proxy says so and we
   * believe it: set {@code CARBON_FORWARD_HEADERS=framework} (server.forward-headers-strategy), and only behind a
   * proxy that overwrites {@code X-Forwarded-*}; then HSTS is sent for {@code X-Forwarded-Proto: https}.
   */
  static void headers(ServerHttpSecurity.HeaderSpec headers) {
    headers
        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
        .frameOptions(frame -> frame.mode(Mode.DENY))
        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
        .hsts(hsts -> hsts.includeSubdomains(true).maxAge(java.time.Duration.ofDays(365)));
  }

  /** Roles become authorities {@code ROLE_X}; the rest of the token is read by {@code CurrentActor}. */
  static Mono<AbstractAuthenticationToken> authentication(Jwt jwt) {
    Object roles = jwt.getClaims().get("roles");
    List<SimpleGrantedAuthority> authorities = roles instanceof List<?> list
        ? list.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList()
        : List.of();
    return Mono.just(new JwtAuthenticationToken(jwt, authorities, jwt.getClaimAsString("preferred_username")));
  }

  /** Argon2id for new hashes; bcrypt still verifies, so hashes imported from elsewhere keep working. */
  @Bean
  PasswordEncoder passwordEncoder() {
    DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("argon2", Map.of(
        "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
        "bcrypt", new BCryptPasswordEncoder()));
    return encoder;
  }

  /** Cross-origin calls only from the configured origins (none by default: the SPA is served from our origin). */
  @Bean
  CorsConfigurationSource corsConfigurationSource(@Value("${carbon.cors.allowed-origins:}") String origins) {
    UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
    List<String> allowed = Arrays.stream(origins.split(",")).map(String::strip).filter(origin -> !origin.isEmpty()).toList();
    if (!allowed.isEmpty()) {
      CorsConfiguration config = new CorsConfiguration();
      config.setAllowedOrigins(allowed);
      config.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
      config.setAllowedHeaders(List.of("Authorization", "Content-Type", "Idempotency-Key", "Last-Event-ID", "Accept-Language"));
      config.setAllowCredentials(true);
      config.setMaxAge(3600L);
      source.registerCorsConfiguration("/api/**", config);
    }
    return source;
  }
}
