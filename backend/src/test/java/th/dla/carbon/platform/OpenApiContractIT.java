package th.dla.carbon.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import th.dla.carbon.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;

/**
 * The SPA's API types are generated from frontend/openapi/openapi.json. This test fails when that copy differs
 * from what the backend really serves, so the client cannot drift from the server. To accept a deliberate API
 * change: {@code mvn -pl backend test -Dtest=OpenApiContractIT -Dopenapi.update=true}, then rebuild the SPA.
 */
@IntegrationTest
class OpenApiContractIT {

  private static final Path CHECKED_IN = Path.of(System.getProperty("repository.root", ".."))
      .resolve("frontend/openapi/openapi.json");

  @Autowired WebTestClient http;
  @Autowired ObjectMapper json;

  @Test
  void theFrontendsCopyOfTheOpenApiDocumentMatchesTheServer() throws IOException {
    byte[] served = http.get().uri("/v3/api-docs").exchange()
        .expectStatus().isOk()
        .expectBody().returnResult().getResponseBody();
    JsonNode actual = json.readTree(served);

    if (Boolean.getBoolean("openapi.update")) {
      String pretty = json.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(actual);
      Files.writeString(CHECKED_IN, pretty + "\n", StandardCharsets.UTF_8);
    }

    JsonNode checkedIn = json.readTree(Files.readString(CHECKED_IN, StandardCharsets.UTF_8));
    assertThat(checkedIn)
        .as("frontend/openapi/openapi.json is out of date; regenerate it with "
            + "mvn -pl backend test -Dtest=OpenApiContractIT -Dopenapi.update=true")
        .isEqualTo(actual);
    assertThat(actual.at("/paths/~1api~1v1~1laos~1{code}/get").isMissingNode()).isFalse();
  }
}
