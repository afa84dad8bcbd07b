package th.dla.carbon.directory.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import th.dla.carbon.directory.ImportReport.LineIssue;
import th.dla.carbon.directory.LaoType;

/**
 * Reads DLA's open-data LAO list (dataset dlads_05_01): UTF-8 with or without BOM, RFC 4180 quoting, Thai
 * headers, one row per subdistrict an LAO covers. Blocking by nature (a {@link Reader}); callers run it on a
 * bounded-elastic thread. Memory grows with the number of LAOs (7,849 nationally), not with the file size.
 */
public class DlaLaoCsvParser {

  public static final String PROVINCE = "จังหวัด";
  public static final String DISTRICT = "อำเภอ";
  public static final String SUBDISTRICT = "ตำบล";
  public static final String CODE = "รหัส อปท.";
  public static final String TYPE = "ประเภท อปท.";
  public static final String NAME = "อปท.";
  public static final String HOUSE_NO = "ที่ตั้งสำนักงานเลขที่";
  public static final String MOO = "หมู่ที่";
  public static final String POSTCODE = "รหัสไปรษณีย์";
  public static final String AREA = "ขนาดพื้นที่";
  public static final String LATITUDE = "LAT";
  public static final String LONGITUDE = "LONG";
  public static final String WEBSITE = "เว็ปไซต์ของอปท";
  /** The columns of DLA's file, in its order. All must be present; their order in a given file does not matter. */
  public static final List<String> COLUMNS = List.of(
      PROVINCE, DISTRICT, SUBDISTRICT, CODE, TYPE, NAME, HOUSE_NO, MOO, POSTCODE, AREA, LATITUDE, LONGITUDE, WEBSITE);

  private static final Pattern LAO_CODE = Pattern.compile("\\d{7}");
  private static final Pattern POSTCODE_PATTERN = Pattern.compile("\\d{5}");
  private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\uFEFF\\u00A0]");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

  private final Map<String, String> provinceCodesByThaiName;

  /** @param provinceCodesByThaiName e.g. "กระบี่" → "81", as stored in the directory */
  public DlaLaoCsvParser(Map<String, String> provinceCodesByThaiName) {
    this.provinceCodesByThaiName = provinceCodesByThaiName;
  }

  public ParsedDirectory parse(InputStream in) {
    Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT));
    try (CSVParser csv = CSVParser.parse(reader, FORMAT)) {
      return read(csv);
    } catch (UncheckedIOException e) {
      throw unreadable(e.getCause());
    } catch (IOException e) {
      throw unreadable(e);
    }
  }

  private ParsedDirectory read(CSVParser csv) {
    Iterator<CSVRecord> records = csv.iterator();
    if (!records.hasNext()) {
      throw new InvalidImportFile("The file is empty: expected DLA's header line " + String.join(",", COLUMNS));
    }
    Map<String, Integer> columns = columnIndexes(records.next());
    int width = columns.size();
    Map<String, LaoRecord> laos = new LinkedHashMap<>();
    List<LineIssue> rejected = new ArrayList<>();
    List<LineIssue> warnings = new ArrayList<>();
    long rows = 0;
    long previousEnd = csv.getCurrentLineNumber();
    while (records.hasNext()) {
      CSVRecord record = records.next();
      long line = previousEnd + 1;
      previousEnd = csv.getCurrentLineNumber();
      rows++;
      if (record.size() != width) {
        rejected.add(new LineIssue(line, null, "expected " + width + " fields, found " + record.size()));
        continue;
      }
      new Row(record, columns, line, laos, rejected, warnings).apply();
    }
    return new ParsedDirectory(rows, List.copyOf(laos.values()), rejected, warnings);
  }

  private static Map<String, Integer> columnIndexes(CSVRecord header) {
    Map<String, Integer> indexes = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name = clean(header.get(i));
      if (indexes.putIfAbsent(name, i) != null) {
        throw new InvalidImportFile("Column '" + name + "' appears twice in the header");
      }
    }
    List<String> missing = COLUMNS.stream().filter(column -> !indexes.containsKey(column)).toList();
    if (!missing.isEmpty()) {
      throw new InvalidImportFile("The header lacks column(s) " + String.join(", ", missing)
          + "; expected DLA's header " + String.join(",", COLUMNS));
    }
    return indexes;
  }

  private static InvalidImportFile unreadable(Throwable cause) {
    if (cause instanceof CharacterCodingException) {
      return new InvalidImportFile("The file is not valid UTF-8 text. Save it as CSV UTF-8 and try again.");
    }
    String reason = cause == null || cause.getMessage() == null ? "unknown reason" : cause.getMessage();
    // commons-csv reports broken quoting as "(line N) EOF reached before encapsulated token finished"
    return new InvalidImportFile("The file is not well-formed CSV: " + reason);
  }

  static String clean(String value) {
    if (value == null) {
      return "";
    }
    String normalized = Normalizer.normalize(value, Normalizer.Form.NFC);
    return SPACES.matcher(INVISIBLE.matcher(normalized).replaceAll(" ")).replaceAll(" ").trim();
  }

  /** One data line: validated, then merged into the LAO it belongs to. */
  private final class Row {
    private final CSVRecord record;
    private final Map<String, Integer> columns;
    private final long line;
    private final Map<String, LaoRecord> laos;
    private final List<LineIssue> rejected;
    private final List<LineIssue> warnings;

    Row(CSVRecord record, Map<String, Integer> columns, long line, Map<String, LaoRecord> laos,
        List<LineIssue> rejected, List<LineIssue> warnings) {
      this.record = record;
      this.columns = columns;
      this.line = line;
      this.laos = laos;
      this.rejected = rejected;
      this.warnings = warnings;
    }

    void apply() {
      String code = field(CODE);
      String name = field(NAME);
      String typeLabel = field(TYPE);
      String provinceName = field(PROVINCE);
      String district = field(DISTRICT);
      String subdistrict = field(SUBDISTRICT);
      if (!LAO_CODE.matcher(code).matches()) {
        reject(CODE, code.isEmpty() ? "the LAO code is missing" : "the LAO code must be 7 digits, found '" + code + "'");
        return;
      }
      Optional<LaoType> type = LaoType.fromFileLabel(typeLabel);
      if (type.isEmpty()) {
        reject(TYPE, typeLabel.isEmpty() ? "the LAO type is missing" : "unknown LAO type '" + typeLabel + "'");
        return;
      }
      String provinceCode = provinceCodesByThaiName.get(provinceName.replaceFirst("^จังหวัด", ""));
      if (provinceCode == null) {
        reject(PROVINCE, provinceName.isEmpty() ? "the province is missing" : "unknown province '" + provinceName + "'");
        return;
      }
      if (!code.substring(1, 3).equals(provinceCode)) {
        reject(CODE, "code " + code + " does not belong to province " + provinceName + " (" + provinceCode + ")");
        return;
      }
      if (name.isEmpty()) {
        reject(NAME, "the LAO name is missing");
        return;
      }
      if (district.isEmpty()) {
        reject(DISTRICT, "the district is missing");
        return;
      }
      LaoRecord lao = laos.get(code);
      if (lao == null) {
        lao = new LaoRecord(code, name, type.get(), provinceCode, district, line);
        laos.put(code, lao);
      } else if (!lao.nameTh.equals(name) || lao.type != type.get() || !lao.provinceCode.equals(provinceCode)) {
        reject(CODE, "code " + code + " is '" + type.get().fullName(name) + "' here but '"
            + lao.type.fullName(lao.nameTh) + "' on line " + lao.firstLine);
        return;
      }
      if (!subdistrict.isEmpty()) {
        // an LAO may reach into a neighbouring district; keep that visible
        lao.subdistricts.add(district.equals(lao.districtTh) ? subdistrict : subdistrict + " (" + district + ")");
      }
      lao.houseNo = firstNonEmpty(lao.houseNo, optionalText(HOUSE_NO));
      lao.moo = firstNonEmpty(lao.moo, optionalText(MOO));
      lao.website = firstNonEmpty(lao.website, optionalText(WEBSITE));
      if (lao.postcode == null) {
        String postcode = field(POSTCODE);
        if (POSTCODE_PATTERN.matcher(postcode).matches()) {
          lao.postcode = postcode;
        } else if (!postcode.isEmpty() && !postcode.equals("-")) {
          warn(POSTCODE, "postcode '" + postcode + "' is not 5 digits; left empty");
        }
      }
      if (lao.areaSqKm == null) {
        lao.areaSqKm = decimal(AREA, BigDecimal.ZERO, new BigDecimal("100000"));
      }
      if (lao.latitude == null && lao.longitude == null) {
        BigDecimal latitude = decimal(LATITUDE, new BigDecimal("5"), new BigDecimal("21"));
        BigDecimal longitude = decimal(LONGITUDE, new BigDecimal("97"), new BigDecimal("106"));
        if ((latitude == null) != (longitude == null)) {
          warn(latitude == null ? LATITUDE : LONGITUDE, "a location needs both LAT and LONG; left empty");
        } else {
          lao.latitude = latitude;
          lao.longitude = longitude;
        }
      }
    }

    private String field(String column) {
      return clean(record.get(columns.get(column)));
    }

    private String optionalText(String column) {
      String value = field(column);
      return value.isEmpty() || value.equals("-") ? null : value;
    }

    /** A number within bounds, or null with a warning: the real file has stray text in numeric columns. */
    private BigDecimal decimal(String column, BigDecimal min, BigDecimal max) {
      String value = field(column).replace(",", "");
      if (value.isEmpty() || value.equals("-")) {
        return null;
      }
      try {
        BigDecimal number = new BigDecimal(value);
        if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
          warn(column, "'" + value + "' is outside " + min.toPlainString() + "–" + max.toPlainString() + "; left empty");
          return null;
        }
        return number;
      } catch (NumberFormatException e) {
        warn(column, "'" + value + "' is not a number; left empty");
        return null;
      }
    }

    private void reject(String column, String reason) {
      rejected.add(new LineIssue(line, column, reason));
    }

    private void warn(String column, String reason) {
      warnings.add(new LineIssue(line, column, reason));
    }
  }

  private static String firstNonEmpty(String current, String candidate) {
    return current != null ? current : candidate;
  }
}
