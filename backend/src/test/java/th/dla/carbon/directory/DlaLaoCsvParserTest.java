package th.dla.carbon.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.dla.carbon.directory.importing.DlaLaoCsvParser;
import th.dla.carbon.directory.importing.InvalidImportFile;
import th.dla.carbon.directory.importing.LaoRecord;
import th.dla.carbon.directory.importing.ParsedDirectory;
import th.dla.carbon.support.SharedData;

class DlaLaoCsvParserTest {

  private static final String HEADER = String.join(",", DlaLaoCsvParser.COLUMNS);
  private final DlaLaoCsvParser parser = new DlaLaoCsvParser(Map.of("กระบี่", "81", "นนทบุรี", "12"));

  private ParsedDirectory parse(String content) {
    return parser.parse(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void groupsTheRealSampleIntoItsTwentySevenLaos() throws IOException {
    try (InputStream in = Files.newInputStream(SharedData.file("dla-lao-sample.csv"))) {
      ParsedDirectory parsed = parser.parse(in);

      assertThat(parsed.laos()).hasSize(27);
      assertThat(parsed.rejected()).isEmpty();
      LaoRecord khlongThomTai = parsed.laos().stream().filter(l -> l.code().equals("5810401")).findFirst().orElseThrow();
      assertThat(khlongThomTai.type()).isEqualTo(LaoType.SUBDISTRICT_MUNICIPALITY);
      assertThat(khlongThomTai.nameTh()).isEqualTo("คลองท่อมใต้");
      assertThat(khlongThomTai.subdistricts()).containsExactly("คลองท่อมเหนือ", "คลองท่อมใต้", "เพหลา");
      assertThat(khlongThomTai.latitude()).isEqualByComparingTo("7.952981685");
      assertThat(khlongThomTai.website()).isEqualTo("http://www.khlongthomcity.go.th/");
    }
  }

  @Test
  void acceptsAByteOrderMarkAndQuotedFieldsWithCommasAndQuotes() {
    String csv = "\uFEFF" + HEADER + "\r\n"
        + "นนทบุรี,เมืองนนทบุรี,บางศรีเมือง,4120102,เทศบาลเมือง,บางศรีเมือง,\"99, ซอย \"\"ก\"\"\",3,11000,4.5,13.83,100.48,\"a.go.th, b.go.th\"\r\n";

    ParsedDirectory parsed = parse(csv);

    assertThat(parsed.rejected()).isEmpty();
    LaoRecord lao = parsed.laos().get(0);
    assertThat(lao.houseNo()).isEqualTo("99, ซอย \"ก\"");
    assertThat(lao.website()).isEqualTo("a.go.th, b.go.th");
    assertThat(lao.areaSqKm()).isEqualByComparingTo(new BigDecimal("4.5"));
  }

  @Test
  void keepsMangledTextAndEmptiesUnreadableNumbersWithAWarning() {
    String csv = HEADER + "\n"
        + "กระบี่,เมืองกระบี่,ปากน้ำ,5810199,เทศบาลตำบล,ทดสอบ,1-ม.ค.,,8100,abc,7.9,,\n";

    ParsedDirectory parsed = parse(csv);

    assertThat(parsed.rejected()).isEmpty();
    LaoRecord lao = parsed.laos().get(0);
    assertThat(lao.houseNo()).isEqualTo("1-ม.ค.");
    assertThat(lao.postcode()).isNull();
    assertThat(lao.areaSqKm()).isNull();
    assertThat(lao.latitude()).isNull();
    assertThat(parsed.warnings()).extracting(w -> w.field())
        .containsExactly(DlaLaoCsvParser.POSTCODE, DlaLaoCsvParser.AREA, DlaLaoCsvParser.LONGITUDE);
    assertThat(parsed.warnings()).allSatisfy(w -> assertThat(w.line()).isEqualTo(2));
  }

  @Test
  void rejectsBadLinesWithTheirPhysicalLineNumbersAndKeepsTheRest() {
    String csv = HEADER + "\n"
        + "กระบี่,เมืองกระบี่,ปากน้ำ,58101,เทศบาลตำบล,สั้น,,,,,,,\n"                       // line 2: short code
        + "กระบี่,เมืองกระบี่,\"ไส\nใหญ่\",6810101,อบต.,ไสไทย,,,,,,,\n"                  // lines 3-4: one record
        + "กระบี่,เมืองกระบี่,ปากน้ำ,6810102,สภาตำบล,ผิดประเภท,,,,,,,\n"                // line 5: unknown type
        + "ภูเก็ต,เมือง,ตลาดใหญ่,6830101,อบต.,นอกพื้นที่,,,,,,,\n"                       // line 6: unknown province
        + "กระบี่,เมืองกระบี่,ปากน้ำ,6120103,อบต.,ผิดจังหวัด,,,,,,,\n"                  // line 7: code of another province
        + "กระบี่,เมืองกระบี่,ไสไทย,6810101,เทศบาลตำบล,ไสไทย,,,,,,,\n"                 // line 8: conflicts with line 3
        + "กระบี่,เมืองกระบี่,ปากน้ำ,6810104\n";                                         // line 9: too few fields

    ParsedDirectory parsed = parse(csv);

    assertThat(parsed.laos()).extracting(LaoRecord::code).containsExactly("6810101");
    assertThat(parsed.rejected()).extracting(r -> r.line()).containsExactly(2L, 5L, 6L, 7L, 8L, 9L);
    assertThat(parsed.rejected().get(0).reason()).contains("7 digits");
    assertThat(parsed.rejected().get(4).reason()).contains("line 3");
    assertThat(parsed.rowsRead()).isEqualTo(7);
  }

  @Test
  void refusesAFileWithAMissingHeaderColumn() {
    String header = String.join(",", DlaLaoCsvParser.COLUMNS.subList(0, 12));

    assertThatThrownBy(() -> parse(header + "\nกระบี่,a,b,5810401,เทศบาลตำบล,x,,,,,,\n"))
        .isInstanceOf(InvalidImportFile.class)
        .hasMessageContaining("เว็ปไซต์ของอปท");
  }

  @Test
  void refusesBrokenQuotingAndTextThatIsNotUtf8() {
    assertThatThrownBy(() -> parse(HEADER + "\nกระบี่,\"unterminated,x\n"))
        .isInstanceOf(InvalidImportFile.class);

    byte[] tis620 = {(byte) 0xA1, (byte) 0xC3, (byte) 0xD0, ',', 'x', '\n'};
    assertThatThrownBy(() -> parser.parse(new ByteArrayInputStream(tis620)))
        .isInstanceOf(InvalidImportFile.class)
        .satisfies(e -> assertThat(((InvalidImportFile) e).getBody().getDetail()).contains("UTF-8"));
  }

  @Test
  void refusesAnEmptyFile() {
    assertThatThrownBy(() -> parse("")).isInstanceOf(InvalidImportFile.class);
  }

  @Test
  void readsTypeLabelsInShortAndLongForms() {
    assertThat(List.of("อบต.", "องค์การบริหารส่วนตำบล", " เทศบาล ตำบล ", "อบจ.", "เมืองพัทยา"))
        .map(label -> LaoType.fromFileLabel(label).orElse(null))
        .containsExactly(LaoType.SAO, LaoType.SAO, LaoType.SUBDISTRICT_MUNICIPALITY, LaoType.PAO, LaoType.SPECIAL);
    assertThat(LaoType.fromFileLabel("สภาตำบล")).isEmpty();
  }
}
