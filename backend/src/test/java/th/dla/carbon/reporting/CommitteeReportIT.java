package th.dla.carbon.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import th.dla.carbon.directory.DirectoryImport;
import th.dla.carbon.identity.AccessTokens;
import th.dla.carbon.identity.Actor;
import th.dla.carbon.identity.BuyerStatus;
import th.dla.carbon.identity.Buyers;
import th.dla.carbon.platform.web.ProblemType;
import th.dla.carbon.registry.Issuances;
import th.dla.carbon.support.Actors;
import th.dla.carbon.support.Auth;
import th.dla.carbon.support.BuyerFixtures;
import th.dla.carbon.support.DatabaseCleaner;
import th.dla.carbon.support.IntegrationTest;
import th.dla.carbon.support.RegistryFixtures;

/**
 * The provincial committee report after a small market in Nonthaburi (province 12), over HTTP: two LAOs sell (one
 * at a fixed price to two buyers, one by negotiation), a third holds credits without a listing, one payment is
 * confirmed. The figures are exact in every format; only Nonthaburi's office and DLA get the report.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommitteeReportIT {

  static final String PROVINCE = "12";
  static final String FIXED = RegistryFixtures.BANG_SRI_MUEANG;        // เทศบาลเมืองบางศรีเมือง
  static final String NEGOTIATING = RegistryFixtures.NONTHABURI_CITY;  // เทศบาลนครนนทบุรี
  static final String IDLE = "4120103";                                // เทศบาลเมืองไทรม้า
  static final String REPORT = "/api/v1/provinces/{code}/committee-report";

  @Autowired WebTestClient http;
  @Autowired AccessTokens tokens;
  @Autowired DirectoryImport directoryImport;
  @Autowired Issuances issuances;
  @Autowired Buyers buyers;
  @Autowired DatabaseClient db;

  String buyerA;
  String buyerB;

  @BeforeAll
  void aSmallMarketInNonthaburi() {
    http = http.mutate().responseTimeout(java.time.Duration.ofSeconds(60)).build();  // a busy shared machine
    RegistryFixtures.loadDemoLaos(directoryImport);
    DatabaseCleaner.clearMarket(db);
    DatabaseCleaner.clearSettlement(db);
    DatabaseCleaner.clearRegistry(db);
    RegistryFixtures.issue(issuances, 2024, List.of(FIXED, NEGOTIATING, IDLE), List.of(200L, 100L, 50L));
    Actor a = BuyerFixtures.buyerOf(buyers, BuyerStatus.VERIFIED).block();
    Actor b = BuyerFixtures.buyerOf(buyers, BuyerStatus.VERIFIED).block();
    buyerA = buyers.summary(a.buyerId()).block().nameTh();
    buyerB = buyers.summary(b.buyerId()).block().nameTh();

    // fixed price: 100 at 250.00; A buys 30 and pays (confirmed), B buys 20 and has not paid yet
    UUID fixed = open(FIXED, Map.of("laoCode", FIXED, "mode", "FIXED_PRICE", "quantity", 100, "unitPrice", new BigDecimal("250.00"), "minLot", 1));
    UUID tradeA = bid(a, fixed, 30, "250.00");
    bid(b, fixed, 20, "250.00");
    http.post().uri("/api/v1/trades/{id}/payment", tradeA).headers(Auth.bearer(tokens, a)).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("reference", "KTB-0001", "paidAt", Instant.now().minusSeconds(60).toString())).exchange().expectStatus().isOk();
    http.post().uri("/api/v1/trades/{id}/confirm-payment", tradeA).headers(Auth.bearer(tokens, Actors.laoOfficer(FIXED)))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("receiptNo", "บศ 0001/2569")).exchange().expectStatus().isOk();

    // negotiation: 50 at 300.00; B offers 10 at 280.00, an officer accepts
    UUID negotiable = open(NEGOTIATING, Map.of("laoCode", NEGOTIATING, "mode", "NEGOTIABLE", "quantity", 50, "unitPrice", new BigDecimal("300.00"), "minLot", 1));
    Map<?, ?> offer = http.post().uri("/api/v1/listings/{id}/bids", negotiable).headers(Auth.bearer(tokens, b))
        .bodyValue(Map.of("quantity", 10, "unitPrice", new BigDecimal("280.00"))).exchange().expectStatus().isCreated()
        .expectBody(Map.class).returnResult().getResponseBody();
    http.post().uri("/api/v1/bids/{id}/accept", offer.get("id")).headers(Auth.bearer(tokens, Actors.laoOfficer(NEGOTIATING)))
        .exchange().expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("FILLED");

    // an officer proposed for the roster
    http.post().uri("/api/v1/laos/{code}/officers", FIXED).headers(Auth.bearer(tokens, Actors.laoOfficer(FIXED)))
        .bodyValue(Map.of("fullName", "นางสาวสมใจ รักษ์โลก", "position", "นักวิชาการสิ่งแวดล้อมชำนาญการ", "phone", "02-123-4567",
            "email", "somjai." + UUID.randomUUID().toString().substring(0, 8) + "@bangsrimuang.go.th"))
        .exchange().expectStatus().isCreated();
  }

  UUID open(String lao, Map<String, Object> body) {
    Actor maker = Actors.laoOfficer(lao);
    Actor checker = Actors.laoOfficer(lao);
    Map<?, ?> draft = http.post().uri("/api/v1/listings").headers(Auth.bearer(tokens, maker)).bodyValue(body).exchange()
        .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    String id = (String) draft.get("id");
    http.post().uri("/api/v1/listings/{id}/submit", id).headers(Auth.bearer(tokens, maker)).exchange().expectStatus().isOk();
    http.post().uri("/api/v1/listings/{id}/approve", id).headers(Auth.bearer(tokens, checker)).exchange().expectStatus().isOk();
    return UUID.fromString(id);
  }

  UUID bid(Actor buyer, UUID listing, long quantity, String price) {
    Map<?, ?> bid = http.post().uri("/api/v1/listings/{id}/bids", listing).headers(Auth.bearer(tokens, buyer))
        .bodyValue(Map.of("quantity", quantity, "unitPrice", new BigDecimal(price))).exchange().expectStatus().isCreated()
        .expectBody(Map.class).returnResult().getResponseBody();
    return UUID.fromString((String) bid.get("tradeId"));
  }

  byte[] download(Consumer<HttpHeaders> who, String format, MediaType type) {
    return http.get().uri(b -> b.path(REPORT).queryParam("format", format).build(PROVINCE)).headers(who).exchange()
        .expectStatus().isOk()
        .expectHeader().contentTypeCompatibleWith(type)
        .expectHeader().value(HttpHeaders.CONTENT_DISPOSITION, d -> assertThat(d)
            .startsWith("attachment; filename=\"committee-report-12-").contains("filename*=UTF-8''"))
        .expectBody(byte[].class).returnResult().getResponseBody();
  }

  @Test
  void theCsvHasTheExactFiguresOfEachLaoTheIdleLaoAndTheRosterInThaiWithABom() {
    byte[] csv = download(Auth.bearer(tokens, Actors.provinceOfficer(PROVINCE)), "csv", MediaType.parseMediaType("text/csv"));
    assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
    String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    assertThat(text).contains("\r\n").contains("คณะกรรมการจัดการสิ่งปฏิกูลและมูลฝอยจังหวัดนนทบุรี");
    List<String> lines = List.of(text.split("\r\n"));
    assertThat(lines).contains(
        "ประกาศขายที่เปิดในช่วงเวลา (รายการ),2",
        "ข้อเสนอซื้อที่ได้รับ (ครั้ง),3",
        "รายการซื้อขาย ไม่รวมที่ยกเลิก (รายการ),3",
        "ปริมาณที่ขายได้ (tCO2e),60",
        "มูลค่าการซื้อขาย (บาท),15300.00",
        "ราคาเฉลี่ยถ่วงน้ำหนัก (บาท/tCO2e),255.00",
        "รายได้ที่ อปท. ยืนยันรับชำระแล้ว (บาท),7500.00",
        "ผู้ซื้อ (ราย),2",
        "อปท. ที่มีคาร์บอนเครดิตแต่ไม่มีประกาศขาย (แห่ง),1");
    // code, name, district, channel, modes, opened, listed, bids, trades, quantity, min, avg, max, vwap, value, revenue, cancelled, buyers, available
    assertThat(lines).contains(
        FIXED + ",เทศบาลเมืองบางศรีเมือง,เมืองนนทบุรี,ระบบบัญชีคาร์บอนเครดิตของ อปท. (ราคาคงที่),ราคาคงที่,1,100,2,2,50,"
            + "250.00,250.00,250.00,250.00,12500.00,7500.00,0," + buyerA + " (30 tCO2e); " + buyerB + " (20 tCO2e),100",
        NEGOTIATING + ",เทศบาลนครนนทบุรี,เมืองนนทบุรี,ระบบบัญชีคาร์บอนเครดิตของ อปท. (ต่อรองราคา),ต่อรองราคา,1,50,1,1,10,"
            + "280.00,280.00,280.00,280.00,2800.00,0.00,0," + buyerB + " (10 tCO2e),50",
        IDLE + ",เทศบาลเมืองไทรม้า,เมืองนนทบุรี,50,50");
    assertThat(text).contains("นางสาวสมใจ รักษ์โลก").contains("รออนุมัติ");
  }

  @Test
  void theXlsxOpensWithTheSameFiguresAsNumbers() throws Exception {
    byte[] xlsx = download(Auth.bearer(tokens, Actors.admin()), "xlsx",
        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      List<Sheet> sheets = workbook.getSheets().toList();
      assertThat(sheets).extracting(Sheet::getName).containsExactly("สรุป", "อปท. ที่มีการซื้อขาย", "อปท. ที่ไม่มีประกาศขาย", "ผู้รับผิดชอบ");
      List<Row> laos = sheets.get(1).read();
      assertThat(laos.get(0).getCellText(0)).isEqualTo("รหัส อปท.");
      Row fixed = laos.stream().filter(r -> FIXED.equals(r.getCellText(0))).findFirst().orElseThrow();
      assertThat(fixed.getCellText(1)).isEqualTo("เทศบาลเมืองบางศรีเมือง");
      assertThat(fixed.getCell(9).getValue()).isEqualTo(new BigDecimal("50"));       // quantity sold
      assertThat((BigDecimal) fixed.getCell(14).getValue()).isEqualByComparingTo("12500.00");  // value
      assertThat((BigDecimal) fixed.getCell(15).getValue()).isEqualByComparingTo("7500.00");   // revenue
      List<Row> idle = sheets.get(2).read();
      assertThat(idle).hasSize(2);
      assertThat(idle.get(1).getCellText(0)).isEqualTo(IDLE);
      List<Row> summary = sheets.get(0).read();
      assertThat(summary.get(0).getCellText(0)).contains("คณะกรรมการจัดการสิ่งปฏิกูลและมูลฝอยจังหวัดนนทบุรี");
    }
  }

  @Test
  void thePdfIsAThaiPdfNamingTheProvinceAndTheCommittee() throws Exception {
    byte[] pdf = download(Auth.bearer(tokens, Actors.provinceOfficer(PROVINCE)), "pdf", MediaType.APPLICATION_PDF);
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    PdfReader reader = new PdfReader(pdf);
    assertThat(reader.getPageSizeWithRotation(1).getWidth()).as("landscape").isGreaterThan(reader.getPageSizeWithRotation(1).getHeight());
    String first = new PdfTextExtractor(reader).getTextFromPage(1);
    assertThat(first).contains("นนทบุรี").contains("12500.00".replace("12500", "12,500"));
    int thisYearBe = LocalDate.now(ZoneId.of("Asia/Bangkok")).getYear() + 543;
    assertThat(first).contains("พ.ศ. " + thisYearBe);
    reader.close();
    if (System.getProperty("committee.report.pdf") != null) {
      java.nio.file.Files.write(java.nio.file.Path.of(System.getProperty("committee.report.pdf")), pdf);
    }
  }

  @Test
  void onlyTheProvincesOwnOfficeAndDlaGetIt() {
    http.get().uri(REPORT, PROVINCE).exchange().expectStatus().isUnauthorized();
    for (Actor refused : List.of(Actors.provinceOfficer("81"), Actors.laoOfficer(FIXED), Actors.buyer(UUID.randomUUID()))) {
      http.get().uri(REPORT, PROVINCE).headers(Auth.bearer(tokens, refused)).exchange().expectStatus().isForbidden()
          .expectBody().jsonPath("$.type").isEqualTo(ProblemType.FORBIDDEN.uri().toString());
    }
    http.get().uri(b -> b.path(REPORT).queryParam("format", "csv").build("81")).headers(Auth.bearer(tokens, Actors.provinceOfficer("81")))
        .exchange().expectStatus().isOk();
  }

  @Test
  void badPeriodsAndUnknownProvincesAreProblems() {
    Consumer<HttpHeaders> admin = Auth.bearer(tokens, Actors.admin());
    http.get().uri(b -> b.path(REPORT).queryParam("from", "2026-13-01").queryParam("to", "yesterday").build(PROVINCE)).headers(admin)
        .exchange().expectStatus().isBadRequest().expectBody()
        .jsonPath("$.type").isEqualTo(ProblemType.VALIDATION_FAILED.uri().toString())
        .jsonPath("$.errors[?(@.field == 'from')]").exists()
        .jsonPath("$.errors[?(@.field == 'to')]").exists();
    http.get().uri(b -> b.path(REPORT).queryParam("from", "2026-03-01").queryParam("to", "2026-02-01").build(PROVINCE)).headers(admin)
        .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("from");
    http.get().uri(b -> b.path(REPORT).queryParam("from", "2020-01-01").queryParam("to", "2026-01-01").build(PROVINCE)).headers(admin)
        .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("from");
    http.get().uri(b -> b.path(REPORT).queryParam("format", "docx").build(PROVINCE)).headers(admin)
        .exchange().expectStatus().isBadRequest();
    http.get().uri(REPORT, "99").headers(admin).exchange().expectStatus().isNotFound()
        .expectBody().jsonPath("$.type").isEqualTo(ProblemType.NOT_FOUND.uri().toString());
  }

  @Test
  void aPastPeriodWithoutActivityListsTheLaosHoldingCreditsAsIdle() {
    byte[] csv = http.get().uri(b -> b.path(REPORT).queryParam("format", "csv").queryParam("from", "2025-01-01")
            .queryParam("to", "2025-03-31").build(PROVINCE)).headers(Auth.bearer(tokens, Actors.admin())).exchange()
        .expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
    String text = new String(csv, StandardCharsets.UTF_8);
    assertThat(text).contains("1 มกราคม พ.ศ. 2568 ถึง 31 มีนาคม พ.ศ. 2568")
        .contains("รายการซื้อขาย ไม่รวมที่ยกเลิก (รายการ),0\r\n")
        .contains(FIXED + ",เทศบาลเมืองบางศรีเมือง,เมืองนนทบุรี,200,100\r\n")
        .contains(IDLE + ",เทศบาลเมืองไทรม้า,เมืองนนทบุรี,50,50\r\n");
  }
}
