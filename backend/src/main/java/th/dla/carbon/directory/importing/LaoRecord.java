package th.dla.carbon.directory.importing;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import th.dla.carbon.directory.LaoType;

/** One LAO assembled from all the rows of the file that carry its code. */
public final class LaoRecord {
  final String code;
  final String nameTh;
  final LaoType type;
  final String provinceCode;
  final String districtTh;
  final long firstLine;
  final Set<String> subdistricts = new LinkedHashSet<>();
  String houseNo;
  String moo;
  String postcode;
  BigDecimal areaSqKm;
  BigDecimal latitude;
  BigDecimal longitude;
  String website;

  LaoRecord(String code, String nameTh, LaoType type, String provinceCode, String districtTh, long firstLine) {
    this.code = code;
    this.nameTh = nameTh;
    this.type = type;
    this.provinceCode = provinceCode;
    this.districtTh = districtTh;
    this.firstLine = firstLine;
  }

  public String code() { return code; }
  public String nameTh() { return nameTh; }
  public LaoType type() { return type; }
  public String provinceCode() { return provinceCode; }
  public String districtTh() { return districtTh; }
  public Set<String> subdistricts() { return subdistricts; }
  public String houseNo() { return houseNo; }
  public String moo() { return moo; }
  public String postcode() { return postcode; }
  public BigDecimal areaSqKm() { return areaSqKm; }
  public BigDecimal latitude() { return latitude; }
  public BigDecimal longitude() { return longitude; }
  public String website() { return website; }

  /** What the public search matches: both name forms, the code, the district and every subdistrict. */
  public String searchText() {
    return String.join(" ", type.fullName(nameTh), type.abbreviatedName(nameTh), code, districtTh,
        String.join(" ", subdistricts)).toLowerCase(Locale.ROOT);
  }
}
