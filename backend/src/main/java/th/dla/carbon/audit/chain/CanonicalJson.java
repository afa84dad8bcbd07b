package th.dla.carbon.audit.chain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The one encoding that audit hashes are computed over. Deterministic by construction:
 * <ul>
 *   <li>object keys sorted by their UTF-16 code units (as RFC 8785 does), no whitespace anywhere;
 *   <li>strings escaped minimally: {@code "} {@code \} and control characters only ({@code \n}, {@code \t}, ...,
 *       otherwise {@code \}{@code u00XX} lower-case); every other character as itself (UTF-8 when hashed);
 *   <li>whole numbers as plain digits; {@code BigDecimal} as a JSON <em>string</em> of its plain form with its
 *       scale kept ({@code "260.00"}), so no reader turns money into a float; {@code double}/{@code float} refused;
 *   <li>instants in UTC with exactly six fractional digits ({@code 2025-03-31T02:15:00.000000Z}), truncated to
 *       microseconds like PostgreSQL's {@code timestamptz}; dates as {@code yyyy-MM-dd}; UUIDs lower-case;
 *       enums by name.
 * </ul>
 */
public final class CanonicalJson {

  public static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
      .withZone(ZoneOffset.UTC);

  /** JSON text that is already canonical, embedded as is. */
  public record Raw(String json) {}

  private CanonicalJson() {}

  public static String encode(Object value) {
    StringBuilder out = new StringBuilder(256);
    write(value, out);
    return out.toString();
  }

  public static String instant(Instant instant) {
    return INSTANT.format(instant.truncatedTo(ChronoUnit.MICROS));
  }

  private static void write(Object value, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof Raw raw) {
      out.append(raw.json());
    } else if (value instanceof String s) {
      string(s, out);
    } else if (value instanceof Boolean || value instanceof Long || value instanceof Integer || value instanceof Short
        || value instanceof Byte || value instanceof BigInteger) {
      out.append(value);
    } else if (value instanceof BigDecimal d) {
      string(d.toPlainString(), out);
    } else if (value instanceof Double || value instanceof Float) {
      throw new IllegalArgumentException("floating-point numbers have no canonical form: " + value);
    } else if (value instanceof UUID || value instanceof LocalDate) {
      string(value.toString(), out);
    } else if (value instanceof Instant i) {
      string(instant(i), out);
    } else if (value instanceof Enum<?> e) {
      string(e.name(), out);
    } else if (value instanceof Map<?, ?> map) {
      object(map, out);
    } else if (value instanceof Collection<?> list) {
      out.append('[');
      boolean first = true;
      for (Object item : list) {
        if (!first) {
          out.append(',');
        }
        first = false;
        write(item, out);
      }
      out.append(']');
    } else {
      throw new IllegalArgumentException("no canonical JSON form for " + value.getClass().getName());
    }
  }

  private static void object(Map<?, ?> map, StringBuilder out) {
    TreeMap<String, Object> sorted = new TreeMap<>();
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (!(entry.getKey() instanceof String key)) {
        throw new IllegalArgumentException("object keys must be strings, found " + entry.getKey());
      }
      sorted.put(key, entry.getValue());
    }
    out.append('{');
    boolean first = true;
    for (Map.Entry<String, Object> entry : sorted.entrySet()) {
      if (!first) {
        out.append(',');
      }
      first = false;
      string(entry.getKey(), out);
      out.append(':');
      write(entry.getValue(), out);
    }
    out.append('}');
  }

  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
