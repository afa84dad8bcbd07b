package th.dla.carbon.settlement.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import th.dla.carbon.platform.pdf.ThaiDates;

class ThaiBahtTextTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "0, ศูนย์",
    "1, หนึ่ง",
    "2, สอง",
    "10, สิบ",
    "11, สิบเอ็ด",
    "20, ยี่สิบ",
    "21, ยี่สิบเอ็ด",
    "25, ยี่สิบห้า",
    "99, เก้าสิบเก้า",
    "100, หนึ่งร้อย",
    "101, หนึ่งร้อยเอ็ด",
    "110, หนึ่งร้อยสิบ",
    "111, หนึ่งร้อยสิบเอ็ด",
    "1001, หนึ่งพันเอ็ด",
    "260000, สองแสนหกหมื่น",
    "1000000, หนึ่งล้าน",
    "1000001, หนึ่งล้านเอ็ด",
    "1000010, หนึ่งล้านสิบ",
    "11000000, สิบเอ็ดล้าน",
    "21000021, ยี่สิบเอ็ดล้านยี่สิบเอ็ด",
    "101000000, หนึ่งร้อยเอ็ดล้าน",
    "1234567, หนึ่งล้านสองแสนสามหมื่นสี่พันห้าร้อยหกสิบเจ็ด",
    "1000000000000, หนึ่งล้านล้าน",
  })
  void wholeNumbersAreWrittenAsThaiWordsWithEdAndYi(long number, String words) {
    assertThat(ThaiBahtText.number(number)).isEqualTo(words);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "1234567.50, หนึ่งล้านสองแสนสามหมื่นสี่พันห้าร้อยหกสิบเจ็ดบาทห้าสิบสตางค์",
    "260000.00, สองแสนหกหมื่นบาทถ้วน",
    "0.00, ศูนย์บาทถ้วน",
    "0.50, ห้าสิบสตางค์",
    "0.01, หนึ่งสตางค์",
    "1.01, หนึ่งบาทหนึ่งสตางค์",
    "21.21, ยี่สิบเอ็ดบาทยี่สิบเอ็ดสตางค์",
    "11.11, สิบเอ็ดบาทสิบเอ็ดสตางค์",
    "101, หนึ่งร้อยเอ็ดบาทถ้วน",
    "1, หนึ่งบาทถ้วน",
    "5200.75, ห้าพันสองร้อยบาทเจ็ดสิบห้าสตางค์",
  })
  void amountsAreWrittenInBahtAndSatang(BigDecimal amount, String words) {
    assertThat(ThaiBahtText.of(amount)).isEqualTo(words);
  }

  @Test
  void negativeAmountsAreRefused() {
    assertThatThrownBy(() -> ThaiBahtText.of(new BigDecimal("-1.00"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void datesAreWrittenInTheBuddhistEraInBangkokTime() {
    assertThat(ThaiDates.date(LocalDate.of(2026, 1, 15))).isEqualTo("15 มกราคม พ.ศ. 2569");
    // 20:00 UTC is already the next day in Bangkok
    assertThat(ThaiDates.dateTime(Instant.parse("2025-12-31T20:00:00Z"))).isEqualTo("1 มกราคม พ.ศ. 2569 เวลา 03:00 น.");
    assertThat(ThaiDates.englishDate(Instant.parse("2025-12-31T20:00:00Z"))).isEqualTo("1 January 2026");
  }
}
