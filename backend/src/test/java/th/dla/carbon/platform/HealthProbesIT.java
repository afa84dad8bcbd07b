package th.dla.carbon.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.test.web.reactive.server.WebTestClient;
import th.dla.carbon.support.IntegrationTest;

/**
 * The probes a load balancer and Kubernetes use: readiness follows the database (an instance that cannot reach
 * PostgreSQL is taken out of rotation, and back when it returns: bench/resilience scenario (b) shows both), while
 * liveness does not (a database outage must not get every instance restarted).
 */
@IntegrationTest
class HealthProbesIT {

  @Autowired
  WebTestClient http;

  @Autowired
  HealthEndpointGroups groups;

  @Test
  void readinessIncludesTheDatabaseAndLivenessDoesNot() {
    assertThat(groups.get("readiness").isMember("r2dbc")).isTrue();
    assertThat(groups.get("readiness").isMember("readinessState")).isTrue();
    assertThat(groups.get("liveness").isMember("r2dbc")).isFalse();
  }

  @Test
  void bothProbesAreUpWithTheDatabaseReachable() {
    http.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk()
        .expectBody().jsonPath("$.status").isEqualTo("UP");
    http.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk()
        .expectBody().jsonPath("$.status").isEqualTo("UP");
  }
}
