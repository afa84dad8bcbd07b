package th.dla.carbon.settlement.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import th.dla.carbon.directory.Lao;
import th.dla.carbon.directory.LaoType;
import th.dla.carbon.directory.Province;
import th.dla.carbon.directory.Region;
import th.dla.carbon.settlement.persistence.TradeRow;

/** Renders a payment notice to target/documents/ (for pdftoppm and a person's eyes) and checks its structure. */
class PaymentNoticeRenderingTest {

  static TradeRow trade(long quantity, String unitPrice, String total) {
    Instant now = Instant.parse("2026-01-08T07:30:00Z");
    return new TradeRow(UUID.fromString("7b0c9a57-8f3e-4c57-a4f1-2d0e5d7f9a10"), UUID.randomUUID(), null, "4120102",
        UUID.fromString("3f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b"), quantity, new BigDecimal(unitPrice), new BigDecimal(total),
        "AWAITING_PAYMENT", Instant.parse("2026-01-15T07:30:00Z"), null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, now, now);
  }

  @Test
  void aPaymentNoticeIsAPdfWithTheThaiFontEmbedded() throws Exception {
    Lao lao = new Lao("4120102", "บางศรีเมือง", LaoType.TOWN_MUNICIPALITY, "12", "เมืองนนทบุรี");
    Province province = new Province("12", "นนทบุรี", "Nonthaburi", Region.CENTRAL, 0, 0);

    byte[] pdf = PaymentNotices.pdf(trade(4747, "260.50", "1236593.50"), lao, province, Optional.empty(),
        Instant.parse("2026-01-08T07:30:00Z"));

    assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).contains("Laksaman").contains("/FontFile2");
    Path out = Path.of("target/documents/payment-notice.pdf");
    Files.createDirectories(out.getParent());
    Files.write(out, pdf);
  }
}
