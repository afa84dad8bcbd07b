package th.dla.carbon.identity.buyers;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/** Registrations and documents for tests: valid unless a test changes a field, each with a fresh tax ID and username. */
public final class BuyerSamples {

  static final String PASSWORD = "carbon-neutral-2570";

  private BuyerSamples() {}

  /** A random juristic person ID with a correct check digit. */
  static String juristicId() {
    StringBuilder first12 = new StringBuilder("0");
    for (int i = 1; i < 12; i++) {
      first12.append(ThreadLocalRandom.current().nextInt(10));
    }
    return first12.toString() + TaxId.checkDigit(first12.toString());
  }

  public static Map<String, Object> registration() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> registration = new LinkedHashMap<>();
    registration.put("type", "BUSINESS");
    registration.put("nameTh", "บริษัท ทดสอบคาร์บอน " + suffix + " จำกัด");
    registration.put("nameEn", "Carbon Test " + suffix + " Co., Ltd.");
    registration.put("taxId", juristicId());
    registration.put("address", Map.of("line", "1 ถนนงามวงศ์วาน", "subdistrict", "บางเขน", "district", "เมืองนนทบุรี",
        "provinceCode", "12", "postcode", "11000"));
    registration.put("contactName", "นางสาวทดสอบ ระบบ");
    registration.put("email", "kyb-" + suffix + "@example.co.th");
    registration.put("phone", "+66 81 234 5678");
    registration.put("tgoAccountNo", null);
    registration.put("username", "buyer." + suffix);
    registration.put("password", PASSWORD);
    return registration;
  }

  /** A small but well-formed one-page PDF. */
  public static byte[] pdf() {
    String pdf = """
        %PDF-1.4
        1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
        2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
        3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
        trailer << /Root 1 0 R >>
        %%EOF
        """;
    return pdf.getBytes(StandardCharsets.US_ASCII);
  }

  /** A real PNG image, drawn here. */
  static byte[] png() {
    BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 16; x++) {
      image.setRGB(x, x, 0x2E7D32);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A Windows program's first bytes ("MZ"), as if renamed to .pdf. */
  static byte[] exe() {
    byte[] bytes = new byte[2048];
    bytes[0] = 'M';
    bytes[1] = 'Z';
    return bytes;
  }

  record Document(String fileName, MediaType declared, byte[] bytes) {}

  static MultipartBodyBuilder form(Map<String, Object> registration, Document... documents) {
    MultipartBodyBuilder form = new MultipartBodyBuilder();
    form.part("registration", registration, MediaType.APPLICATION_JSON);
    for (Document document : documents) {
      form.part("documents", document.bytes(), document.declared()).filename(document.fileName());
    }
    return form;
  }

  static WebTestClient.ResponseSpec post(WebTestClient http, Map<String, Object> registration, Document... documents) {
    return http.post().uri("/api/v1/buyers/registrations")
        .contentType(MediaType.MULTIPART_FORM_DATA)
        .body(BodyInserters.fromMultipartData(form(registration, documents).build()))
        .exchange();
  }

  /** Registers and returns the new organisation's id. */
  public static UUID register(WebTestClient http, Map<String, Object> registration) {
    String id = post(http, registration, new Document("certificate.pdf", MediaType.APPLICATION_PDF, pdf()))
        .expectStatus().isCreated()
        .expectBody().returnResult().getResponseHeaders().getLocation().getPath().replaceAll(".*/", "");
    return UUID.fromString(id);
  }
}
