package th.dla.carbon.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import th.dla.carbon.support.IntegrationTest;

/** Without any OpenID Connect provider configured (the default) the application runs and offers none. */
@IntegrationTest
class OidcWithoutProvidersIT {

  @Autowired WebTestClient http;

  @Test
  void noProviderIsListed() {
    http.get().uri("/api/v1/auth/providers").exchange()
        .expectStatus().isOk()
        .expectBody().json("[]");
  }

  @Test
  void startingASignInWithAnUnknownProviderIsAClientError() {
    int status = http.get().uri("/oauth2/authorization/nowhere").exchange()
        .expectBody().returnResult().getStatus().value();
    assertThat(status).isBetween(400, 499);
  }
}
