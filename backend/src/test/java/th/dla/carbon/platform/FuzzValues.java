package th.dla.carbon.platform;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import th.dla.carbon.platform.OpenApiOperations.Parameter;

/**
 * Values for the fuzzer: valid-looking ones built from an operation's schemas (so a request gets past the first
 * checks and one mutation probes deeper), and catalogues of hostile ones. Also a JSON writer that keeps exactly
 * the text it is given ({@link Raw}: {@code 1e400}, {@code -0}, duplicate keys) and a multipart writer.
 */
final class FuzzValues {

  /** A JSON fragment written as is. */
  record Raw(String json) {}

  /** One part of a multipart body; {@code fileName} and {@code contentType} may be null. */
  record Part(String name, String fileName, String contentType, byte[] content) {}

  /** Replaced by invalid UTF-8 bytes when a body is encoded. */
  static final String INVALID_UTF8_MARK = "\uE000invalid-utf8\uE000";
  private static final byte[] INVALID_UTF8 = {(byte) 0xFF, (byte) 0xFE, (byte) 0xC3, 0x28, (byte) 0xC0, (byte) 0xAF,
      (byte) 0xED, (byte) 0xA0, (byte) 0x80, (byte) 0xE0, (byte) 0xB8};

  /** The JSON limit of the application (spring.codec.max-in-memory-size). */
  static final int JSON_LIMIT = 256 * 1024;

  static final List<String> HOSTILE_STRINGS = List.of(
      "' OR 1=1 --", "'; DROP TABLE directory.lao; --", "\" OR \"\"=\"", "1' AND pg_sleep(5) IS NULL --", "\\",
      "</script><script>alert(1)</script>", "<img src=x onerror=alert(1)>", "${jndi:ldap://x/a}", "{{7*7}}", "#{7*7}",
      "%s%s%s%n", "../../../../etc/passwd", "..\\..\\..\\windows\\win.ini", "/etc/passwd\u0000.png",
      "กี่่่่่่่่่่่่่่่", "ก\u0E49\u0E49\u0E49\u0E49\u0E49\u0E49\u0E49\u0E49", "ก\u200Dข\u200Bค\uFEFFง\u2060",
      "\u202Eโครงการ\u202C", "\u200F\u061Cمرحبا\u200E", "a\u0000b", "\u0000", "\uD800", "\uDFFF\uD800",
      "😀👨‍👩‍👧‍👦", "๑๒๓๔๕๖๗", "０１２３４５６", "%00", "%FF%FE", "\r\nX-Injected: 1", "\t\n\u000B\f",
      "   ", "", "NULL", "undefined", "true", "-1", "0", "1e308", "NaN", "Infinity", "x".repeat(10_000),
      "ก".repeat(5_000), INVALID_UTF8_MARK);

  static final List<String> HOSTILE_JSON = List.of(
      "null", "true", "false", "\"\"", "[]", "{}", "[null]", "{\"\":null}", "[[[[[]]]]]",
      "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "2147483648",
      "-2147483649", "1e308", "-1e308", "1e400", "-1e400", "-0", "-0.0", "0", "-1", "0.001", "1.005", "1E-400",
      "123456789012345678901234567890.123456789", "\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "\"1e308\"",
      "\"9223372036854775808\"", "\"-0\"", "\"12.345\"", "\"abc\"", "123", "1.5", "[1,2,3]", "{\"a\":1}");

  /** Path segments as sent on the wire (already percent-encoded where they need it, invalid encodings included). */
  static final List<String> HOSTILE_PATH_VALUES = List.of(
      "0", "-1", "abc", "99999999999999999999999999", "9223372036854775808", "-0", "1e308", "NaN", "null",
      "00000000-0000-0000-0000-000000000000", "%27%20OR%201%3D1%20--", "%3C%2Fscript%3E%3Cscript%3E",
      "%24%7Bjndi%3Aldap%3A%2F%2Fx%7D", "..", "%2e%2e", "..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
      "..%5C..%5C", "%00", "a%00b", "%FF%FE", "%C0%AF", "%E0%B8%81%E0%B9%88%E0%B9%88%E0%B9%88%E0%B9%88",
      "%E2%80%8F%E2%80%8D", "%E0%B9%91%E0%B9%92", ";x=1", "%3B", "%25", "%20", "%0D%0AX:1", "%zz",
      "x".repeat(300), "x".repeat(3_000), "x".repeat(20_000));

  /** Query values as sent on the wire. */
  static final List<String> HOSTILE_QUERY_VALUES = List.of(
      "%FF", "%00", "a%00b", "%", "%zz", "%E0%B8", "+", "%26", "%3D", "", "-1", "0", "99999999999999999999",
      "9223372036854775808", "1e308", "-0", "NaN", "Infinity", "true", "%27%20OR%201%3D1%20--",
      "%3C%2Fscript%3E%3Cscript%3E", "%24%7Bjndi%3Aldap%3A%2F%2Fx%7D", "..%2F..%2Fetc%2Fpasswd",
      "%E0%B8%81%E0%B9%88%E0%B9%88%E0%B9%88%E0%B9%88%E0%B9%88", "%E2%80%AEabc", "%25%25%25", "%5B%5D",
      "x".repeat(3_000), "%E0%B8%81".repeat(1_000));

  static final List<String> HOSTILE_CONTENT_TYPES = List.of(
      "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data",
      "multipart/form-data; boundary=", "application/json; charset=klingon", "application/json; charset=UTF-16",
      "application/json; charset=ISO-8859-1", "application/octet-stream", "garbage", "application/json;;;",
      "*/*", "text/csv", "image/png", "application/problem+json", "application/json; boundary=x", "a/b/c", ";",
      "text/event-stream");

  static final List<String> HOSTILE_ACCEPTS = List.of(
      "garbage", "application/xml", "text/html", "*/*;q=abc", "application/json;q=2", "text/event-stream",
      "image/png", ";;;", "application/problem+xml");

  private final OpenApiOperations api;
  private final Random random;
  private final Map<String, List<String>> seen;

  FuzzValues(OpenApiOperations api, Random random, Map<String, List<String>> seen) {
    this.api = api;
    this.random = random;
    this.seen = seen;
  }

  <T> T pick(List<T> options) {
    return options.get(random.nextInt(options.size()));
  }

  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  int between(int min, int max) {
    return min + random.nextInt(max - min + 1);
  }

  // ---------------------------------------------------------------- valid-looking values from schemas

  /** A value that satisfies the schema as far as this generator can tell; {@code name} guides heuristics. */
  Object valid(Map<String, Object> rawSchema, String name, int depth) {
    Map<String, Object> schema = api.resolve(rawSchema);
    if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
      return values.get(random.nextInt(values.size()));
    }
    List<String> known = known(name);
    String type = OpenApiOperations.type(schema);
    if (!known.isEmpty() && (type.equals("string") || type.equals("integer")) && chance(0.5)) {
      String value = pick(known);
      return type.equals("integer") && value.matches("-?\\d{1,18}") ? Long.parseLong(value) : value;
    }
    return switch (type) {
      case "string" -> validString(schema, name);
      case "integer" -> validInteger(schema, name);
      case "number" -> validNumber(schema);
      case "boolean" -> random.nextBoolean();
      case "array" -> {
        int min = number(schema.get("minItems"), 0).intValue();
        int max = Math.min(number(schema.get("maxItems"), 3).intValue(), min + 3);
        List<Object> items = new ArrayList<>();
        int count = depth > 4 ? min : between(Math.max(min, depth > 2 ? 0 : 1), Math.max(max, min));
        for (int i = 0; i < count; i++) {
          items.add(valid(OpenApiOperations.map(schema.get("items")), singular(name), depth + 1));
        }
        yield items;
      }
      case "object" -> validObject(schema, depth);
      default -> "x";
    };
  }

  Map<String, Object> validObject(Map<String, Object> schema, int depth) {
    Map<String, Object> object = new LinkedHashMap<>();
    List<Object> required = OpenApiOperations.list(schema.get("required"));
    OpenApiOperations.map(schema.get("properties")).forEach((property, propertySchema) -> {
      if (required.contains(property) || (depth < 4 && chance(0.6))) {
        object.put(property, valid(OpenApiOperations.map(propertySchema), property, depth + 1));
      }
    });
    if (object.isEmpty() && schema.get("additionalProperties") instanceof Map<?, ?> values && depth < 4) {
      object.put("key", valid(OpenApiOperations.map(values), "value", depth + 1));
    }
    return object;
  }

  private String validString(Map<String, Object> schema, String name) {
    String format = String.valueOf(schema.getOrDefault("format", ""));
    String lower = name.toLowerCase(Locale.ROOT);
    String value = switch (format) {
      case "uuid" -> new UUID(random.nextLong(), random.nextLong()).toString();
      case "date-time" -> "2025-0" + between(1, 9) + "-1" + between(0, 9) + "T0" + between(0, 9) + ":30:00+07:00";
      case "date" -> "2025-0" + between(1, 9) + "-1" + between(0, 9);
      case "email" -> "fuzz" + random.nextInt(100_000) + "@example.com";
      case "uri", "url" -> "https://example.com/" + random.nextInt(1000);
      case "byte" -> java.util.Base64.getEncoder().encodeToString(randomBytes(between(1, 32)));
      default -> null;
    };
    if (value != null) {
      return value;
    }
    if (schema.get("pattern") instanceof String pattern) {
      String sample = RegexSample.sample(pattern, random);
      if (sample != null) {
        return sample;
      }
    }
    if (lower.contains("email")) {
      return "fuzz" + random.nextInt(100_000) + "@example.com";
    }
    if (lower.contains("password")) {
      return "Fuzz-password-" + random.nextInt(1_000_000) + "-wet-bin";
    }
    if (lower.contains("phone")) {
      return "08" + (10_000_000 + random.nextInt(89_999_999));
    }
    if (lower.contains("price") || lower.contains("amount")) {
      return validNumber(schema).toPlainString();
    }
    int min = number(schema.get("minLength"), 1).intValue();
    int max = number(schema.get("maxLength"), 24).intValue();
    int length = between(Math.max(min, 1), Math.max(Math.min(max, Math.max(min, 1) + 16), Math.max(min, 1)));
    StringBuilder text = new StringBuilder();
    boolean thai = random.nextBoolean();
    while (text.length() < length) {
      text.append(thai ? (char) ('ก' + random.nextInt(46)) : (char) ('a' + random.nextInt(26)));
    }
    return text.toString();
  }

  private long validInteger(Map<String, Object> schema, String name) {
    long min = number(schema.get("minimum"), 0).longValue();
    if (schema.get("exclusiveMinimum") instanceof Number exclusive) {
      min = exclusive.longValue() + 1;
    }
    long max = number(schema.get("maximum"), Math.max(min + 1_000, 1_000)).longValue();
    if (schema.get("exclusiveMaximum") instanceof Number exclusive) {
      max = exclusive.longValue() - 1;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.equals("page")) {
      return 0;
    }
    if (lower.equals("size")) {
      return Math.max(min, Math.min(max, 20));
    }
    if (lower.contains("vintage") || lower.contains("year")) {
      return Math.max(min, Math.min(max, 2020 + random.nextInt(6)));
    }
    long span = Math.min(max - min, 1_000);
    return min + (span <= 0 ? 0 : (long) (random.nextDouble() * (span + 1)));
  }

  private BigDecimal validNumber(Map<String, Object> schema) {
    double min = number(schema.get("minimum"), 0.01).doubleValue();
    double max = number(schema.get("maximum"), Math.max(min + 1_000, 1_000)).doubleValue();
    double value = min + random.nextDouble() * Math.min(max - min, 1_000);
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.DOWN).max(BigDecimal.valueOf(min).setScale(2, RoundingMode.UP));
  }

  /** A path variable: a value seen in earlier answers for that name, or one built from its schema. Encoded. */
  String pathValue(Parameter parameter) {
    return encode(String.valueOf(valid(parameter.schema(), parameter.name(), 0)));
  }

  String queryValue(Parameter parameter) {
    Object value = valid(parameter.schema(), parameter.name(), 0);
    if (value instanceof List<?> list) {
      return list.isEmpty() ? "" : encode(String.valueOf(list.get(0)));
    }
    return encode(String.valueOf(value));
  }

  private List<String> known(String name) {
    List<String> values = new ArrayList<>(seen.getOrDefault(name, List.of()));
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith("id")) {
      values.addAll(seen.getOrDefault("id", List.of()));
    }
    if (lower.endsWith("code")) {
      values.addAll(seen.getOrDefault("code", List.of()));
    }
    return values;
  }

  // ---------------------------------------------------------------- hostile values

  /** A hostile JSON value: a string from the catalogue (escaped) or a raw fragment of the wrong type or size. */
  Object hostileValue() {
    return switch (random.nextInt(5)) {
      case 0, 1 -> pick(HOSTILE_STRINGS);
      case 2, 3 -> new Raw(pick(HOSTILE_JSON));
      default -> chance(0.5) ? "y".repeat(300 * 1024) : "ก".repeat(between(100, 2_000));
    };
  }

  byte[] randomBytes(int length) {
    byte[] bytes = new byte[length];
    random.nextBytes(bytes);
    return bytes;
  }

  /** A small file that looks like a PDF, PNG, JPEG or CSV, or is random bytes. */
  Part file(String name) {
    return switch (random.nextInt(5)) {
      case 0 -> new Part(name, "เอกสาร.pdf", "application/pdf",
          "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
      case 1 -> new Part(name, "scan.png", "image/png", FuzzClient.concat(
          new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, randomBytes(64)));
      case 2 -> new Part(name, "photo.jpg", "image/jpeg", FuzzClient.concat(
          new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, randomBytes(64)));
      case 3 -> new Part(name, "data.csv", "text/csv",
          "รหัส,ชื่อ\n4120102,เทศบาลตำบลทดสอบ\n".getBytes(StandardCharsets.UTF_8));
      default -> new Part(name, "random.bin", "application/octet-stream", randomBytes(between(0, 512)));
    };
  }

  // ---------------------------------------------------------------- encodings

  static String json(Object value) {
    StringBuilder out = new StringBuilder();
    writeJson(value, out);
    return out.toString();
  }

  private static void writeJson(Object value, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof Raw raw) {
      out.append(raw.json());
    } else if (value instanceof BigDecimal decimal) {
      out.append(decimal.toPlainString());
    } else if (value instanceof Number || value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        writeString(String.valueOf(entry.getKey()), out);
        out.append(':');
        writeJson(entry.getValue(), out);
      }
      out.append('}');
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        writeJson(list.get(i), out);
      }
      out.append(']');
    } else {
      writeString(String.valueOf(value), out);
    }
  }

  private static void writeString(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || Character.isSurrogate(c)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }

  /** UTF-8, with every {@link #INVALID_UTF8_MARK} replaced by bytes that are not UTF-8. */
  static byte[] utf8(String text) {
    if (!text.contains(INVALID_UTF8_MARK)) {
      return text.getBytes(StandardCharsets.UTF_8);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String[] pieces = text.split(INVALID_UTF8_MARK, -1);
    for (int i = 0; i < pieces.length; i++) {
      if (i > 0) {
        out.writeBytes(INVALID_UTF8);
      }
      out.writeBytes(pieces[i].getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  static byte[] multipart(String boundary, List<Part> parts, boolean closed) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Part part : parts) {
      StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n")
          .append("Content-Disposition: form-data; name=\"").append(part.name()).append('"');
      if (part.fileName() != null) {
        head.append("; filename=\"").append(part.fileName()).append('"');
      }
      head.append("\r\n");
      if (part.contentType() != null) {
        head.append("Content-Type: ").append(part.contentType()).append("\r\n");
      }
      head.append("\r\n");
      out.writeBytes(utf8(head.toString()));
      out.writeBytes(part.content());
      out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    if (closed) {
      out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    }
    return out.toByteArray();
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static Number number(Object value, Number fallback) {
    return value instanceof Number number ? number : fallback;
  }

  private static String singular(String name) {
    return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
  }
}
