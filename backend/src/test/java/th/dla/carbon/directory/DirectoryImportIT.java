package th.dla.carbon.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import th.dla.carbon.demo.NationalDirectoryGenerator;
import th.dla.carbon.identity.AccessTokens;
import th.dla.carbon.support.Actors;
import th.dla.carbon.support.Auth;
import th.dla.carbon.support.DatabaseCleaner;
import th.dla.carbon.support.IntegrationTest;
import th.dla.carbon.support.SharedData;

@IntegrationTest
class DirectoryImportIT {

  private static final Log log = LogFactory.getLog(DirectoryImportIT.class);
  private static final MediaType CSV = MediaType.parseMediaType("text/csv");

  @Autowired WebTestClient http;
  @Autowired AccessTokens tokens;
  @Autowired DatabaseClient db;
  @Autowired Directory directory;

  @BeforeEach
  void emptyDirectory() {
    DatabaseCleaner.clearDirectory(db);
  }

  private WebTestClient.ResponseSpec importCsv(byte[] body) {
    // the national file takes seconds; on a loaded CI machine more than WebTestClient's default 5 s
    return http.mutate().responseTimeout(java.time.Duration.ofSeconds(60)).build()
        .post().uri("/api/v1/admin/directory/laos/import")
        .headers(Auth.bearer(tokens, Actors.admin()))
        .contentType(CSV)
        .bodyValue(body)
        .exchange();
  }

  private ImportReport imported(byte[] body) {
    return importCsv(body).expectStatus().isOk().expectBody(ImportReport.class).returnResult().getResponseBody();
  }

  private long laoCount() {
    return db.sql("SELECT count(*) AS n FROM directory.lao").map(row -> row.get("n", Long.class)).one().block();
  }

  @Test
  void importingTheSampleTwiceInsertsTwentySevenThenFindsThemUnchanged() throws IOException {
    byte[] sample = Files.readAllBytes(SharedData.file("dla-lao-sample.csv"));

    ImportReport first = imported(sample);
    ImportReport second = imported(sample);

    assertThat(first.inserted()).isEqualTo(27);
    assertThat(first.updated()).isZero();
    assertThat(first.rejected()).isEmpty();
    assertThat(second.inserted()).isZero();
    assertThat(second.updated()).isZero();
    assertThat(second.unchanged()).isEqualTo(27);
    assertThat(laoCount()).isEqualTo(27);

    http.get().uri("/api/v1/laos/5810401").exchange()
        .expectStatus().isOk()
        .expectBody()
        .jsonPath("$.fullNameTh").isEqualTo("เทศบาลตำบลคลองท่อมใต้")
        .jsonPath("$.provinceNameTh").isEqualTo("กระบี่")
        .jsonPath("$.subdistricts.length()").isEqualTo(3)
        .jsonPath("$.location.latitude").isEqualTo("7.952982");
  }

  @Test
  void aChangedRowIsCountedAsUpdated() throws IOException {
    String sample = Files.readString(SharedData.file("dla-lao-sample.csv"));
    imported(sample.getBytes(StandardCharsets.UTF_8));

    ImportReport again = imported(sample.replace("www.phala.go.th", "https://www.phala.go.th").getBytes(StandardCharsets.UTF_8));

    assertThat(again.updated()).isEqualTo(1);
    assertThat(again.unchanged()).isEqualTo(26);
  }

  @Test
  void multipartUploadImportsTheSameWay() throws IOException {
    MultipartBodyBuilder body = new MultipartBodyBuilder();
    body.part("file", new ByteArrayResource(Files.readAllBytes(SharedData.file("dla-lao-sample.csv"))) {
      @Override
      public String getFilename() {
        return "dla-lao-sample.csv";
      }
    }).contentType(CSV);

    http.post().uri("/api/v1/admin/directory/laos/import")
        .headers(Auth.bearer(tokens, Actors.admin()))
        .body(BodyInserters.fromMultipartData(body.build()))
        .exchange()
        .expectStatus().isOk()
        .expectBody().jsonPath("$.inserted").isEqualTo(27);
  }

  @Test
  void aFileWithAMissingHeaderColumnIsRefusedWholeAndChangesNothing() throws IOException {
    imported(Files.readAllBytes(SharedData.file("dla-lao-sample.csv")));
    List<String> lines = Files.readAllLines(SharedData.file("dla-lao-sample.csv"));
    // drop the LAT column from the header and every row, and change a name that would otherwise be updated
    String withoutLatitude = String.join("\n", lines.stream().map(line -> dropColumn(line, 10)).toList())
        .replace("คลองท่อมใต้", "เปลี่ยนชื่อ");

    importCsv(withoutLatitude.getBytes(StandardCharsets.UTF_8))
        .expectStatus().isEqualTo(422)
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type").isEqualTo("https://carbon.dla.go.th/problems/invalid-import-file")
        .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("LAT"))
        .jsonPath("$.errors[0].field").isEqualTo("file");

    assertThat(laoCount()).isEqualTo(27);
    assertThat(directory.lao("5810401").block().nameTh()).isEqualTo("คลองท่อมใต้");
  }

  @Test
  void rejectedLinesAreReportedAndTheValidOnesImported() throws IOException {
    String sample = Files.readString(SharedData.file("dla-lao-sample.csv"));
    String broken = sample + "กระบี่,เมืองกระบี่,ปากน้ำ,12345,อบต.,ผิด,,,,,,,\n";

    ImportReport report = imported(broken.getBytes(StandardCharsets.UTF_8));

    assertThat(report.inserted()).isEqualTo(27);
    assertThat(report.rejected()).singleElement().satisfies(issue -> {
      assertThat(issue.line()).isEqualTo(sample.lines().count() + 1);
      assertThat(issue.reason()).contains("7 digits");
    });
  }

  @Test
  void importRequiresTheAdminToken() {
    http.post().uri("/api/v1/admin/directory/laos/import").contentType(CSV).bodyValue("x")
        .exchange()
        .expectStatus().isUnauthorized()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody().jsonPath("$.type").isEqualTo("https://carbon.dla.go.th/problems/unauthorized");
    assertThat(laoCount()).isZero();
  }

  @Test
  void importsTheNationalDirectoryOfSevenThousandEightHundredFortyNineLaos() {
    StringWriter csv = new StringWriter();
    NationalDirectoryGenerator.write(directory.provinces().collectList().block(), csv);
    byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);

    long started = System.nanoTime();
    ImportReport report = imported(body);
    long firstMillis = (System.nanoTime() - started) / 1_000_000;
    started = System.nanoTime();
    ImportReport again = imported(body);
    long secondMillis = (System.nanoTime() - started) / 1_000_000;
    log.info("National import of %d rows (%d MB): first %d ms, repeat %d ms"
        .formatted(report.rowsRead(), body.length / 1_000_000, firstMillis, secondMillis));

    assertThat(report.rowsRead()).isEqualTo(82_641);
    assertThat(report.laosInFile()).isEqualTo(7_849);
    assertThat(report.inserted()).isEqualTo(7_849);
    assertThat(report.rejected()).isEmpty();
    assertThat(again.unchanged()).isEqualTo(7_849);
    assertThat(laoCount()).isEqualTo(7_849);
    assertThat(db.sql("SELECT type, count(*) AS n FROM directory.lao GROUP BY type")
            .map(row -> row.get("type", String.class) + "=" + row.get("n", Long.class)).all().collectList().block())
        .containsExactlyInAnyOrder("CITY_MUNICIPALITY=30", "TOWN_MUNICIPALITY=195", "SUBDISTRICT_MUNICIPALITY=2247",
            "SAO=5300", "PAO=76", "SPECIAL=1");
  }

  private static String dropColumn(String line, int index) {
    List<String> fields = new java.util.ArrayList<>(List.of(line.split(",", -1)));
    fields.remove(index);
    return String.join(",", fields);
  }
}
