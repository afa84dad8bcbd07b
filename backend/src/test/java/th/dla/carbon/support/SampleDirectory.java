package th.dla.carbon.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import th.dla.carbon.identity.AccessTokens;

/** DLA's sample LAO file (../shared/data/dla-lao-sample.csv, Krabi LAOs such as 5810401), imported over HTTP. */
public final class SampleDirectory {
  private SampleDirectory() {}

  public static void load(WebTestClient http, AccessTokens tokens) {
    byte[] file;
    try {
      file = Files.readAllBytes(SharedData.file("dla-lao-sample.csv"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    http.post().uri("/api/v1/admin/directory/laos/import")
        .headers(Auth.bearer(tokens, Actors.admin()))
        .contentType(MediaType.parseMediaType("text/csv"))
        .bodyValue(file)
        .exchange()
        .expectStatus().isOk();
  }
}
