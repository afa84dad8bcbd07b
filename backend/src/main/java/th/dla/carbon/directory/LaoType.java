package th.dla.carbon.directory;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of LAO (ประเภท อปท.) with the labels DLA's open-data file uses for them. National counts (2026):
 * 76 PAO, 30 city, 195 town, 2,247 subdistrict municipalities, 5,300 SAOs, 1 special (Pattaya).
 */
public enum LaoType {
  PAO("องค์การบริหารส่วนจังหวัด", "อบจ.", List.of("อบจ.", "องค์การบริหารส่วนจังหวัด")),
  CITY_MUNICIPALITY("เทศบาลนคร", "ทน.", List.of("เทศบาลนคร", "ทน.")),
  TOWN_MUNICIPALITY("เทศบาลเมือง", "ทม.", List.of("เทศบาลเมือง", "ทม.")),
  SUBDISTRICT_MUNICIPALITY("เทศบาลตำบล", "ทต.", List.of("เทศบาลตำบล", "ทต.")),
  SAO("องค์การบริหารส่วนตำบล", "อบต.", List.of("อบต.", "องค์การบริหารส่วนตำบล")),
  SPECIAL("", "", List.of("เมืองพัทยา", "พัทยา", "อปท.รูปแบบพิเศษ", "รูปแบบพิเศษ"));

  private final String prefixTh;
  private final String abbreviationTh;
  private final List<String> fileLabels;

  LaoType(String prefixTh, String abbreviationTh, List<String> fileLabels) {
    this.prefixTh = prefixTh;
    this.abbreviationTh = abbreviationTh;
    this.fileLabels = fileLabels;
  }

  /** The official name as Thais write it: "เทศบาลเมือง" + "บางศรีเมือง". Pattaya's name is already complete. */
  public String fullName(String nameTh) {
    return prefixTh + nameTh;
  }

  public String abbreviatedName(String nameTh) {
    return abbreviationTh.isEmpty() ? nameTh : abbreviationTh + nameTh;
  }

  /** Reads the "ประเภท อปท." column of DLA's file, tolerating spaces and the long and short forms. */
  public static Optional<LaoType> fromFileLabel(String label) {
    String normalized = label == null ? "" : label.replaceAll("\\s+", "");
    return Arrays.stream(values()).filter(type -> type.fileLabels.contains(normalized)).findFirst();
  }
}
