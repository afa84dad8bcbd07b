package th.dla.carbon.identity.buyers;

import static org.assertj.core.api.Assertions.assertThat;
import static th.dla.carbon.identity.buyers.BuyerSamples.Document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import th.dla.carbon.identity.AccessTokens;
import th.dla.carbon.platform.storage.LocalDiskDocumentStorage;
import th.dla.carbon.platform.web.ProblemType;
import th.dla.carbon.support.Actors;
import th.dla.carbon.support.Auth;
import th.dla.carbon.support.IntegrationTest;

/** Buyer registration over HTTP: fields, check digit, documents sniffed and stored outside the database, duplicates. */
@IntegrationTest
class BuyerRegistrationIT {

  @Autowired WebTestClient http;
  @Autowired DatabaseClient db;
  @Autowired LocalDiskDocumentStorage storage;
  @Autowired AccessTokens tokens;

  @Test
  void aRegistrationCreatesAPendingOrganisationItsStoredDocumentsAndAFirstUserWhoCanSignIn() throws IOException {
    Map<String, Object> registration = BuyerSamples.registration();
    registration.put("taxId", dashed((String) registration.get("taxId")));
    byte[] pdf = BuyerSamples.pdf();
    byte[] png = BuyerSamples.png();

    EntityExchangeResult<byte[]> created = BuyerSamples.post(http, registration,
            new Document("หนังสือรับรอง.pdf", MediaType.APPLICATION_PDF, pdf),
            new Document("id-card.png", MediaType.IMAGE_PNG, png))
        .expectStatus().isCreated()
        .expectBody()
        .jsonPath("$.status").isEqualTo("PENDING")
        .jsonPath("$.type").isEqualTo("BUSINESS")
        .jsonPath("$.taxId").isEqualTo(TaxId.normalize((String) registration.get("taxId")))
        .jsonPath("$.phone").isEqualTo("081-234-5678")
        .jsonPath("$.address.provinceCode").isEqualTo("12")
        .jsonPath("$.verifiedAt").doesNotExist()
        .jsonPath("$.documents.length()").isEqualTo(2)
        .jsonPath("$.documents[0].fileName").isEqualTo("หนังสือรับรอง.pdf")
        .jsonPath("$.documents[0].contentType").isEqualTo("application/pdf")
        .jsonPath("$.documents[0].size").isEqualTo(pdf.length)
        .jsonPath("$.documents[1].contentType").isEqualTo("image/png")
        .jsonPath("$.documents[1].size").isEqualTo(png.length)
        .returnResult();
    String body = new String(created.getResponseBodyContent(), StandardCharsets.UTF_8);
    UUID id = UUID.fromString(body.replaceAll("^\\{\"id\":\"([^\"]+)\".*", "$1"));
    assertThat(created.getResponseHeaders().getLocation()).hasToString("/api/v1/admin/buyers/" + id);
    assertThat(body).doesNotContain(BuyerSamples.PASSWORD);

    // the bytes are on disk under the stored keys, not in the database
    List<String> keys = db.sql("SELECT storage_key FROM identity.buyer_document WHERE buyer_id = :id ORDER BY file_name")
        .bind("id", id).map(row -> row.get("storage_key", String.class)).all().collectList().block();
    assertThat(keys).hasSize(2);
    List<byte[]> stored = keys.stream().map(key -> read(storage.root().resolve(key.substring(0, 2)).resolve(key))).toList();
    assertThat(stored).anySatisfy(bytes -> assertThat(bytes).isEqualTo(pdf)).anySatisfy(bytes -> assertThat(bytes).isEqualTo(png));

    // the first user signs in and sees the organisation, still pending
    String token = login((String) registration.get("username"), BuyerSamples.PASSWORD);
    http.get().uri("/api/v1/me").headers(h -> h.setBearerAuth(token)).exchange()
        .expectStatus().isOk()
        .expectBody().jsonPath("$.roles[0]").isEqualTo("BUYER").jsonPath("$.buyerId").isEqualTo(id.toString());
    http.get().uri("/api/v1/me/organisation").headers(h -> h.setBearerAuth(token)).exchange()
        .expectStatus().isOk()
        .expectBody().jsonPath("$.id").isEqualTo(id.toString()).jsonPath("$.status").isEqualTo("PENDING");
    Long events = db.sql("SELECT count(*) AS n FROM identity.security_event WHERE action = 'BUYER_REGISTERED' AND detail->>'buyerId' = :id")
        .bind("id", id.toString()).map(row -> row.get("n", Long.class)).one().block();
    assertThat(events).isEqualTo(1L);
  }

  @Test
  void aTaxIdWithAWrongCheckDigitIsRefusedWithEveryOtherFieldProblemAtOnce() {
    Map<String, Object> registration = BuyerSamples.registration();
    String valid = (String) registration.get("taxId");
    registration.put("taxId", valid.substring(0, 12) + ((valid.charAt(12) - '0' + 1) % 10));
    registration.put("phone", "12345");
    registration.put("password", "short");

    BuyerSamples.post(http, registration)
        .expectStatus().isBadRequest()
        .expectBody()
        .jsonPath("$.type").isEqualTo(ProblemType.VALIDATION_FAILED.uri().toString())
        .jsonPath("$.errors[?(@.field == 'taxId')].message").isEqualTo("is not a valid ID: the check digit does not match")
        .jsonPath("$.errors[?(@.field == 'phone')]").exists()
        .jsonPath("$.errors[?(@.field == 'password')]").exists();
    assertThat(organisationsWithTaxId(registration.get("taxId"))).isZero();
  }

  @Test
  void anIndividualRegistersWithACitizenIdButACompanyCannot() {
    Map<String, Object> registration = BuyerSamples.registration();
    registration.put("taxId", "3100500123458");
    BuyerSamples.post(http, registration).expectStatus().isBadRequest()
        .expectBody().jsonPath("$.errors[0].field").isEqualTo("taxId");

    registration.put("type", "INDIVIDUAL");
    registration.put("taxId", citizenId());
    BuyerSamples.post(http, registration).expectStatus().isCreated()
        .expectBody().jsonPath("$.type").isEqualTo("INDIVIDUAL").jsonPath("$.documents.length()").isEqualTo(0);
  }

  @Test
  void aPngNamedPdfIsStoredAsAPng() {
    BuyerSamples.post(http, BuyerSamples.registration(), new Document("scan.pdf", MediaType.APPLICATION_PDF, BuyerSamples.png()))
        .expectStatus().isCreated()
        .expectBody()
        .jsonPath("$.documents[0].fileName").isEqualTo("scan.pdf")
        .jsonPath("$.documents[0].contentType").isEqualTo("image/png");
  }

  @Test
  void aProgramRenamedToPdfIsRefusedAndNothingRemains() throws IOException {
    Map<String, Object> registration = BuyerSamples.registration();
    long filesBefore = storedFiles();

    BuyerSamples.post(http, registration,
            new Document("ok.pdf", MediaType.APPLICATION_PDF, BuyerSamples.pdf()),
            new Document("invoice.pdf", MediaType.APPLICATION_PDF, BuyerSamples.exe()))
        .expectStatus().isBadRequest()
        .expectBody()
        .jsonPath("$.type").isEqualTo(ProblemType.VALIDATION_FAILED.uri().toString())
        .jsonPath("$.errors[0].field").isEqualTo("documents")
        .jsonPath("$.errors[0].message").isEqualTo("'invoice.pdf' must be a PDF, JPEG or PNG file");

    assertThat(organisationsWithTaxId(registration.get("taxId"))).isZero();
    assertThat(storedFiles()).as("the first, valid document is removed too").isEqualTo(filesBefore);
    http.post().uri("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("username", registration.get("username"), "password", BuyerSamples.PASSWORD))
        .exchange().expectStatus().isUnauthorized();
  }

  @Test
  void aDocumentAboveFiveMegabytesIsRefused() throws IOException {
    byte[] big = Arrays.copyOf(BuyerSamples.pdf(), 5 * 1024 * 1024 + 1);
    long filesBefore = storedFiles();
    Map<String, Object> registration = BuyerSamples.registration();

    BuyerSamples.post(http, registration, new Document("big.pdf", MediaType.APPLICATION_PDF, big))
        .expectStatus().isEqualTo(413)
        .expectBody()
        .jsonPath("$.type").isEqualTo(ProblemType.PAYLOAD_TOO_LARGE.uri().toString())
        .jsonPath("$.errors[0].field").isEqualTo("documents");

    assertThat(organisationsWithTaxId(registration.get("taxId"))).isZero();
    assertThat(storedFiles()).isEqualTo(filesBefore);
  }

  @Test
  void atMostFiveDocumentsAreAccepted() {
    Document pdf = new Document("a.pdf", MediaType.APPLICATION_PDF, BuyerSamples.pdf());
    BuyerSamples.post(http, BuyerSamples.registration(), pdf, pdf, pdf, pdf, pdf, pdf)
        .expectStatus().isBadRequest()
        .expectBody().jsonPath("$.errors[0].field").isEqualTo("documents");
  }

  @Test
  void aDuplicateTaxIdOrUsernameIsAConflictNamingTheField() {
    Map<String, Object> first = BuyerSamples.registration();
    BuyerSamples.register(http, first);

    Map<String, Object> sameTaxId = BuyerSamples.registration();
    sameTaxId.put("taxId", first.get("taxId"));
    BuyerSamples.post(http, sameTaxId)
        .expectStatus().isEqualTo(409)
        .expectBody()
        .jsonPath("$.type").isEqualTo(ProblemType.CONFLICT.uri().toString())
        .jsonPath("$.errors[0].field").isEqualTo("taxId");

    Map<String, Object> sameUsername = BuyerSamples.registration();
    sameUsername.put("username", ((String) first.get("username")).toUpperCase());
    BuyerSamples.post(http, sameUsername)
        .expectStatus().isEqualTo(409)
        .expectBody().jsonPath("$.errors[0].field").isEqualTo("username");
    assertThat(organisationsWithTaxId(sameUsername.get("taxId"))).isZero();
  }

  @Test
  void whenTheUserCannotBeCreatedInsideTheTransactionNoOrganisationAndNoFileRemains() throws IOException {
    Map<String, Object> registration = BuyerSamples.registration();
    // the username is free when checked, then the account insert fails inside the transaction (as in a race)
    db.sql("""
        CREATE OR REPLACE FUNCTION identity.test_refuse_account() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.username LIKE 'buyer.refused%' THEN
            RAISE EXCEPTION USING ERRCODE = 'unique_violation',
              MESSAGE = 'duplicate key value violates unique constraint "user_account_username_key"';
          END IF;
          RETURN NEW;
        END $$""").then().block();
    db.sql("CREATE TRIGGER test_refuse_account BEFORE INSERT ON identity.user_account FOR EACH ROW EXECUTE FUNCTION identity.test_refuse_account()").then().block();
    try {
      registration.put("username", "buyer.refused." + UUID.randomUUID().toString().substring(0, 6));
      long filesBefore = storedFiles();

      EntityExchangeResult<byte[]> result = BuyerSamples.post(http, registration,
          new Document("a.pdf", MediaType.APPLICATION_PDF, BuyerSamples.pdf())).expectBody().returnResult();

      assertThat(result.getStatus().value()).isEqualTo(409);
      assertThat(new String(result.getResponseBodyContent(), StandardCharsets.UTF_8)).contains("\"field\":\"username\"");
      assertThat(organisationsWithTaxId(registration.get("taxId"))).isZero();
      assertThat(storedFiles()).isEqualTo(filesBefore);
    } finally {
      db.sql("DROP TRIGGER test_refuse_account ON identity.user_account").then().block();
      db.sql("DROP FUNCTION identity.test_refuse_account()").then().block();
    }
  }

  @Test
  void theRegistrationPartMustBeJsonAndIsRequired() {
    http.post().uri("/api/v1/buyers/registrations").contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
        .exchange().expectStatus().isEqualTo(415);
    org.springframework.http.client.MultipartBodyBuilder form = new org.springframework.http.client.MultipartBodyBuilder();
    form.part("documents", BuyerSamples.pdf(), MediaType.APPLICATION_PDF).filename("a.pdf");
    http.post().uri("/api/v1/buyers/registrations").contentType(MediaType.MULTIPART_FORM_DATA)
        .body(org.springframework.web.reactive.function.BodyInserters.fromMultipartData(form.build()))
        .exchange().expectStatus().isBadRequest()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void onlyABuyerHasAnOrganisation() {
    http.get().uri("/api/v1/me/organisation").exchange().expectStatus().isUnauthorized();
    http.get().uri("/api/v1/me/organisation").headers(Auth.bearer(tokens, Actors.laoOfficer("4120102"))).exchange()
        .expectStatus().isForbidden();
  }

  private String login(String username, String password) {
    byte[] body = http.post().uri("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("username", username, "password", password))
        .exchange().expectStatus().isOk().expectBody().returnResult().getResponseBodyContent();
    return new String(body, StandardCharsets.UTF_8).replaceAll(".*\"accessToken\":\"([^\"]+)\".*", "$1");
  }

  private long organisationsWithTaxId(Object taxId) {
    return db.sql("SELECT count(*) AS n FROM identity.buyer_organisation WHERE tax_id = :t")
        .bind("t", TaxId.normalize((String) taxId)).map(row -> row.get("n", Long.class)).one().block();
  }

  private long storedFiles() throws IOException {
    try (Stream<Path> files = Files.walk(storage.root())) {
      return files.filter(Files::isRegularFile).count();
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String dashed(String id) {
    return id.charAt(0) + "-" + id.substring(1, 5) + "-" + id.substring(5, 10) + "-" + id.substring(10, 12) + "-" + id.charAt(12);
  }

  private static String citizenId() {
    String first12 = "3" + String.format("%011d", Math.abs(UUID.randomUUID().getMostSignificantBits()) % 100_000_000_000L);
    return first12 + TaxId.checkDigit(first12);
  }
}
