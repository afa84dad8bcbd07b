package th.dla.carbon.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import th.dla.carbon.directory.LaoType;
import th.dla.carbon.directory.Province;

/**
 * Writes a national-scale LAO file in DLA's open-data format for benchmarks and import tests: 7,849 LAOs at the
 * real type mix (30 city, 195 town, 2,247 subdistrict municipalities, 5,300 SAOs, 76 PAOs, 1 special) on 82,641
 * rows, like DLA's 2026 file. Names are recognisably synthetic ("จำลอง" = simulated) so that generated data can
 * never be mistaken for a real LAO.
 */
public final class NationalDirectoryGenerator {

  public static final int LAOS = 7_849;
  public static final int ROWS = 82_641;
  private static final String BANGKOK = "10";
  /**
   * Generated codes use district numbers 60–79, which no province has (the most is Nakhon Ratchasima's 32), so a
   * generated LAO can never take the code of a real one, e.g. of the demo data.
   */
  private static final String FIRST_SYNTHETIC_DISTRICT = "60";
  private static final String PATTAYA_PROVINCE = "20";
  private static final Map<LaoType, Integer> NATIONAL_MIX = Map.of(
      LaoType.CITY_MUNICIPALITY, 30,
      LaoType.TOWN_MUNICIPALITY, 195,
      LaoType.SUBDISTRICT_MUNICIPALITY, 2_247,
      LaoType.SAO, 5_300);
  private static final String[] HEADER = {"จังหวัด", "อำเภอ", "ตำบล", "รหัส อปท.", "ประเภท อปท.", "อปท.",
      "ที่ตั้งสำนักงานเลขที่", "หมู่ที่", "รหัสไปรษณีย์", "ขนาดพื้นที่", "LAT", "LONG", "เว็ปไซต์ของอปท"};

  private NationalDirectoryGenerator() {}

  /** One generated LAO; {@code subdistricts} rows are written for it. */
  record GeneratedLao(String code, LaoType type, String name, Province province, String district, int subdistricts) {}

  static List<GeneratedLao> plan(List<Province> allProvinces) {
    List<Province> provinces = allProvinces.stream().filter(p -> !p.code().equals(BANGKOK)).toList();
    List<GeneratedLao> laos = new ArrayList<>(LAOS);
    for (Province province : provinces) {
      laos.add(new GeneratedLao("2" + province.code() + FIRST_SYNTHETIC_DISTRICT + "01", LaoType.PAO, "จำลอง " + province.nameTh(), province, "เมือง" + province.nameTh(), 1));
    }
    Province chonBuri = provinces.stream().filter(p -> p.code().equals(PATTAYA_PROVINCE)).findFirst().orElseThrow();
    laos.add(new GeneratedLao("7" + PATTAYA_PROVINCE + FIRST_SYNTHETIC_DISTRICT + "01", LaoType.SPECIAL, "เมืองจำลองพิเศษ", chonBuri, "อำเภอจำลอง " + FIRST_SYNTHETIC_DISTRICT, 1));
    int counter = 0;
    for (LaoType type : List.of(LaoType.CITY_MUNICIPALITY, LaoType.TOWN_MUNICIPALITY, LaoType.SUBDISTRICT_MUNICIPALITY, LaoType.SAO)) {
      int typeDigit = switch (type) {
        case CITY_MUNICIPALITY -> 3;
        case TOWN_MUNICIPALITY -> 4;
        case SUBDISTRICT_MUNICIPALITY -> 5;
        default -> 6;
      };
      for (int i = 0; i < NATIONAL_MIX.get(type); i++) {
        Province province = provinces.get(counter % provinces.size());
        // within one type, (province, slot) is unique, so (district, sequence) is too
        int slot = counter / provinces.size();
        int district = Integer.parseInt(FIRST_SYNTHETIC_DISTRICT) + slot % 20;
        int seq = 1 + slot / 20;
        String code = typeDigit + province.code() + "%02d%02d".formatted(district, seq);
        laos.add(new GeneratedLao(code, type, "จำลอง %05d".formatted(counter + 1), province, "อำเภอจำลอง %02d".formatted(district), 1));
        counter++;
      }
    }
    // spread the extra subdistrict rows so that the file has exactly DLA's row count
    int extra = ROWS - laos.size();
    List<GeneratedLao> withRows = new ArrayList<>(laos.size());
    for (int i = 0; i < laos.size(); i++) {
      GeneratedLao lao = laos.get(i);
      int share = extra / laos.size() + (i < extra % laos.size() ? 1 : 0);
      withRows.add(new GeneratedLao(lao.code(), lao.type(), lao.name(), lao.province(), lao.district(), 1 + share));
    }
    return withRows;
  }

  public static void write(List<Province> provinces, Writer out) {
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
      for (GeneratedLao lao : plan(provinces)) {
        for (int s = 1; s <= lao.subdistricts(); s++) {
          csv.printRecord(lao.province().nameTh(), lao.district(), "ตำบลจำลอง %s-%02d".formatted(lao.code(), s),
              lao.code(), typeLabel(lao.type()), lao.name(), s + "/1", "", "", "12.50", "", "", "");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String typeLabel(LaoType type) {
    return switch (type) {
      case PAO -> "อบจ.";
      case CITY_MUNICIPALITY -> "เทศบาลนคร";
      case TOWN_MUNICIPALITY -> "เทศบาลเมือง";
      case SUBDISTRICT_MUNICIPALITY -> "เทศบาลตำบล";
      case SAO -> "อบต.";
      case SPECIAL -> "เมืองพัทยา";
    };
  }
}
