package th.dla.carbon.platform;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import th.dla.carbon.platform.FuzzClient.Request;
import th.dla.carbon.platform.FuzzValues.Part;
import th.dla.carbon.platform.FuzzValues.Raw;
import th.dla.carbon.platform.OpenApiOperations.Operation;
import th.dla.carbon.platform.OpenApiOperations.Parameter;

/**
 * Builds the fuzzer's requests for one operation: a valid-looking request from the schema, then one hostile
 * change to it (a strategy). Every choice comes from the {@link FuzzValues}' seeded random, so a seed reproduces
 * the same requests.
 */
final class FuzzCases {

  enum Strategy {
    /** Valid-looking request built from the schema (also used to learn which roles get through). */
    VALID,
    /** Valid body with one field removed, nulled, of the wrong type, huge, hostile, or one extra field. */
    MUTATED_FIELD,
    /** Broken, deep, oversized, duplicate-key or invalid UTF-8 bodies. */
    RAW_BODY,
    /** A valid body under a wrong, broken or missing Content-Type. */
    WRONG_CONTENT_TYPE,
    /** One path variable hostile (traversal, encodings, huge numbers, very long), or a hostile extra segment. */
    HOSTILE_PATH,
    /** One query parameter hostile, repeated, unknown, or without a value. */
    HOSTILE_QUERY,
    /** The same Idempotency-Key with another body; two different keys in one request. */
    IDEMPOTENCY_REPLAY,
    /** Hostile Accept, Accept-Language, Cookie, forwarding and conditional headers, forged tokens. */
    HOSTILE_HEADERS
  }

  record Case(Strategy strategy, List<Request> requests) {}

  /** A request being built: path, query pairs (already encoded), headers, and one kind of body. */
  private static final class Draft {
    String path;
    final List<String> query = new ArrayList<>();
    final List<Map.Entry<String, String>> headers = new ArrayList<>();
    String contentType;
    Object json;
    boolean hasJson;
    List<Part> parts;
    byte[] raw;
    boolean multipartClosed = true;
    String boundary;

    Request toRequest(String method) {
      List<Map.Entry<String, String>> all = new ArrayList<>(headers);
      byte[] body = raw;
      if (body == null && hasJson) {
        body = FuzzValues.utf8(FuzzValues.json(json));
      } else if (body == null && parts != null) {
        body = FuzzValues.multipart(boundary, parts, multipartClosed);
      }
      if (contentType != null) {
        all.add(Map.entry("Content-Type", contentType));
      }
      String uri = query.isEmpty() ? path : path + "?" + String.join("&", query);
      return new Request(method, uri, all, body);
    }
  }

  private static final List<String> NUMERIC_HOSTILE = List.of("0", "-1", "-0", "0.5", "-9223372036854775808",
      "9223372036854775807", "9223372036854775808", "1e308", "-1e308", "1e400", "\"NaN\"", "\"-1\"", "2147483648");

  private final FuzzValues values;

  FuzzCases(FuzzValues values) {
    this.values = values;
  }

  Case valid(Operation op, String authorization) {
    return new Case(Strategy.VALID, List.of(base(op, authorization).toRequest(op.method())));
  }

  Case hostile(Operation op, String authorization) {
    List<Strategy> applicable = new ArrayList<>(List.of(Strategy.VALID, Strategy.HOSTILE_PATH, Strategy.HOSTILE_QUERY,
        Strategy.HOSTILE_HEADERS, Strategy.RAW_BODY, Strategy.WRONG_CONTENT_TYPE));
    if (hasStructuredBody(op)) {
      // the strategy that goes deepest gets more turns
      applicable.addAll(List.of(Strategy.MUTATED_FIELD, Strategy.MUTATED_FIELD, Strategy.MUTATED_FIELD));
    }
    if (op.writes()) {
      applicable.add(Strategy.IDEMPOTENCY_REPLAY);
      applicable.add(Strategy.RAW_BODY);
    }
    Strategy strategy = values.pick(applicable);
    Draft draft = base(op, authorization);
    List<Request> requests = switch (strategy) {
      case VALID -> List.of(draft.toRequest(op.method()));
      case MUTATED_FIELD -> List.of(mutateField(draft).toRequest(op.method()));
      case RAW_BODY -> List.of(rawBody(op, draft).toRequest(op.method()));
      case WRONG_CONTENT_TYPE -> List.of(wrongContentType(op, draft).toRequest(op.method()));
      case HOSTILE_PATH -> List.of(hostilePath(op, draft).toRequest(op.method()));
      case HOSTILE_QUERY -> List.of(hostileQuery(op, draft).toRequest(op.method()));
      case IDEMPOTENCY_REPLAY -> idempotencyReplay(op, draft, authorization);
      case HOSTILE_HEADERS -> List.of(hostileHeaders(draft).toRequest(op.method()));
    };
    return new Case(strategy, requests);
  }

  // ---------------------------------------------------------------- the valid-looking request

  private Draft base(Operation op, String authorization) {
    Draft draft = new Draft();
    draft.path = op.path();
    for (Parameter parameter : op.in("path")) {
      draft.path = draft.path.replace("{" + parameter.name() + "}", values.pathValue(parameter));
    }
    for (Parameter parameter : op.in("query")) {
      if (parameter.required() || values.chance(0.5)) {
        draft.query.add(FuzzValues.encode(parameter.name()) + "=" + values.queryValue(parameter));
      }
    }
    for (Parameter parameter : op.in("header")) {
      if (parameter.required() || values.chance(0.5)) {
        draft.headers.add(Map.entry(parameter.name(), String.valueOf(values.valid(parameter.schema(), parameter.name(), 0))));
      }
    }
    draft.headers.add(Map.entry("Accept", values.pick(List.of("application/json", "*/*", "application/json, application/problem+json"))));
    if (authorization != null) {
      draft.headers.add(Map.entry("Authorization", authorization));
    }
    String mediaType = bodyType(op);
    if (mediaType == null) {
      return draft;
    }
    Map<String, Object> schema = op.bodies().get(mediaType);
    if (mediaType.startsWith("multipart/")) {
      draft.boundary = "fuzz" + Long.toHexString(values.randomBytes(8)[0] & 0xffL) + values.between(1000, 9999);
      draft.contentType = "multipart/form-data; boundary=" + draft.boundary;
      draft.parts = validParts(schema);
    } else if (mediaType.contains("json")) {
      draft.contentType = mediaType;
      draft.json = values.valid(schema, "body", 0);
      draft.hasJson = true;
    } else {
      draft.contentType = mediaType;
      draft.raw = values.file("body").content();
    }
    return draft;
  }

  private List<Part> validParts(Map<String, Object> schema) {
    List<Part> parts = new ArrayList<>();
    List<Object> required = OpenApiOperations.list(schema.get("required"));
    OpenApiOperations.map(schema.get("properties")).forEach((name, raw) -> {
      Map<String, Object> property = OpenApiOperations.map(raw);
      boolean binary = "binary".equals(property.get("format"));
      boolean binaries = "array".equals(OpenApiOperations.type(property))
          && "binary".equals(OpenApiOperations.map(property.get("items")).get("format"));
      if (!required.contains(name) && !values.chance(0.6)) {
        return;
      }
      if (binary) {
        parts.add(values.file(name));
      } else if (binaries) {
        for (int i = values.between(0, 2); i > 0; i--) {
          parts.add(values.file(name));
        }
      } else {
        Object value = values.valid(property, name, 1);
        boolean structured = value instanceof Map<?, ?> || value instanceof List<?>;
        parts.add(new Part(name, null, structured ? "application/json" : null,
            FuzzValues.utf8(structured ? FuzzValues.json(value) : String.valueOf(value))));
      }
    });
    return parts;
  }

  // ---------------------------------------------------------------- strategies

  private Draft mutateField(Draft draft) {
    if (draft.parts != null) {
      return mutatePart(draft);
    }
    draft.json = mutate(draft.json);
    return draft;
  }

  /** A deep copy of the JSON tree with one change. */
  private Object mutate(Object body) {
    Object copy = copy(body);
    List<Object[]> slots = new ArrayList<>();
    collectSlots(copy, slots);
    if (slots.isEmpty() || values.chance(0.1)) {
      return copy instanceof Map<?, ?> map && values.chance(0.5)
          ? withExtraField(map)
          : new Raw(values.pick(FuzzValues.HOSTILE_JSON));
    }
    Object[] slot = values.pick(slots);
    Object current = get(slot);
    int action = values.between(0, 5);
    switch (action) {
      case 0 -> remove(slot);
      case 1 -> set(slot, null);
      case 2 -> set(slot, current instanceof Number ? new Raw(values.pick(NUMERIC_HOSTILE)) : values.hostileValue());
      case 3 -> set(slot, new Raw(values.pick(FuzzValues.HOSTILE_JSON)));
      case 4 -> set(slot, current instanceof String text ? text + values.pick(FuzzValues.HOSTILE_STRINGS) : new Raw(values.pick(NUMERIC_HOSTILE)));
      default -> {
        if (slot[0] instanceof Map<?, ?> container) {
          withExtraField(container);
        } else {
          set(slot, values.hostileValue());
        }
      }
    }
    return copy;
  }

  @SuppressWarnings("unchecked")
  private Object withExtraField(Map<?, ?> map) {
    ((Map<String, Object>) map).put(values.pick(List.of("unexpected", "__proto__", "constructor", "id", "$where", "ก")),
        values.hostileValue());
    return map;
  }

  private Draft mutatePart(Draft draft) {
    List<Part> parts = new ArrayList<>(draft.parts);
    switch (values.between(0, 7)) {
      case 0 -> { if (!parts.isEmpty()) { parts.remove(values.between(0, parts.size() - 1)); } }
      case 1 -> parts.add(new Part(values.pick(List.of("unexpected", "file", "documents", "")), null, null,
          FuzzValues.utf8(values.pick(FuzzValues.HOSTILE_STRINGS))));
      case 2 -> {
        // a file part sent as a plain field, or a field sent as a file
        if (!parts.isEmpty()) {
          int index = values.between(0, parts.size() - 1);
          Part part = parts.get(index);
          parts.set(index, part.fileName() == null
              ? new Part(part.name(), "x.json", part.contentType(), part.content())
              : new Part(part.name(), null, null, FuzzValues.utf8(values.pick(FuzzValues.HOSTILE_STRINGS))));
        }
      }
      case 3 -> {
        // a hostile file name
        if (!parts.isEmpty()) {
          int index = values.between(0, parts.size() - 1);
          Part part = parts.get(index);
          String name = values.pick(List.of("../../../../etc/passwd", "..\\..\\boot.ini", "a\u0000.pdf", "",
              "กี่่่่่่่่่.pdf", "\u202Efdp.exe", "x".repeat(2_000) + ".pdf", "<script>.pdf", "%00.pdf", "CON", "a\"b.pdf"));
          parts.set(index, new Part(part.name(), name, part.contentType(), part.content()));
        }
      }
      case 4 -> {
        // hostile part content type or content
        if (!parts.isEmpty()) {
          int index = values.between(0, parts.size() - 1);
          Part part = parts.get(index);
          parts.set(index, values.chance(0.5)
              ? new Part(part.name(), part.fileName(), values.pick(FuzzValues.HOSTILE_CONTENT_TYPES), part.content())
              : new Part(part.name(), part.fileName(), part.contentType(), values.chance(0.3)
                  ? values.randomBytes(values.pick(List.of(0, 1, 300 * 1024)))
                  : FuzzValues.utf8(FuzzValues.json(mutate(jsonOf(part))))));
        }
      }
      case 5 -> draft.multipartClosed = false;
      case 6 -> draft.contentType = "multipart/form-data; boundary=" + values.pick(List.of("other", "", "\"" + draft.boundary, "x".repeat(200)));
      default -> {
        // the same part twice, the second one hostile
        if (!parts.isEmpty()) {
          Part part = parts.get(values.between(0, parts.size() - 1));
          parts.add(new Part(part.name(), part.fileName(), part.contentType(), FuzzValues.utf8(values.pick(FuzzValues.HOSTILE_STRINGS))));
        }
      }
    }
    draft.parts = parts;
    return draft;
  }

  private Object jsonOf(Part part) {
    try {
      return tools.jackson.databind.json.JsonMapper.builder().build().readValue(part.content(), Object.class);
    } catch (RuntimeException notJson) {
      return new String(part.content(), StandardCharsets.UTF_8);
    }
  }

  private Draft rawBody(Operation op, Draft draft) {
    String validJson = draft.hasJson ? FuzzValues.json(draft.json) : "{}";
    int depth = values.pick(List.of(600, 2_000, 20_000));
    String text = switch (values.between(0, 12)) {
      case 0 -> values.pick(List.of("", " ", "{", "}", "{\"a\":", "[]", "null", "\"text\"", "0", "{}", "{\"a\":1}{\"b\":2}",
          "{'a':1}", "{a:1}", "{\"a\":1,}", "[1,]", "NaN", "\u0000", "1e400", "-0", "\"\\ud800\"", "{\"a\":\"\\u00\"}"));
      case 1 -> "[".repeat(depth) + "]".repeat(depth);
      case 2 -> "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
      case 3 -> "\uFEFF" + validJson;
      case 4 -> withStringReplaced(draft, FuzzValues.INVALID_UTF8_MARK);
      case 5 -> withStringReplaced(draft, "y".repeat(300 * 1024));
      case 6 -> {
        // just under the JSON limit
        String padded = withStringReplaced(draft, "\u0000PAD\u0000");
        int room = FuzzValues.JSON_LIMIT - 512 - FuzzValues.utf8(padded).length;
        yield padded.replace("\\u0000PAD\\u0000", "z".repeat(Math.max(room, 0)));
      }
      case 7 -> "[" + "1,".repeat(120_000) + "1]";
      case 8 -> {
        StringBuilder keys = new StringBuilder("{");
        for (int i = 0; i < 15_000; i++) {
          keys.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":0");
        }
        yield keys.append('}').toString();
      }
      case 9 -> validJson.startsWith("{\"")
          ? "{" + validJson.substring(1, validJson.indexOf(':') + 1) + FuzzValues.json(values.hostileValue()) + "," + validJson.substring(1)
          : "{\"a\":1,\"a\":2}";
      case 10 -> validJson + validJson;
      case 11 -> validJson.substring(0, Math.max(0, validJson.length() - 1));
      default -> FuzzValues.json(values.hostileValue());
    };
    if (draft.parts != null && values.chance(0.5)) {
      // a multipart operation: garbage or JSON under its own multipart type
      draft.parts = null;
      draft.raw = values.chance(0.5) ? values.randomBytes(values.between(0, 2_048)) : FuzzValues.utf8(text);
      return draft;
    }
    draft.parts = null;
    draft.hasJson = false;
    draft.raw = FuzzValues.utf8(text);
    if (draft.contentType == null || draft.contentType.startsWith("multipart/")) {
      draft.contentType = "application/json";
    }
    return draft;
  }

  /** The body's JSON with a random string value (or an extra field) set to {@code replacement}. */
  @SuppressWarnings("unchecked")
  private String withStringReplaced(Draft draft, String replacement) {
    Object copy = copy(draft.hasJson ? draft.json : new LinkedHashMap<>());
    List<Object[]> strings = new ArrayList<>();
    collectSlots(copy, strings);
    strings.removeIf(slot -> !(get(slot) instanceof String));
    if (!strings.isEmpty()) {
      set(values.pick(strings), replacement);
    } else if (copy instanceof Map<?, ?> map) {
      ((Map<String, Object>) map).put("note", replacement);
    } else {
      copy = Map.of("note", replacement);
    }
    return FuzzValues.json(copy);
  }

  private Draft wrongContentType(Operation op, Draft draft) {
    if (draft.raw == null && !draft.hasJson && draft.parts == null) {
      draft.json = values.valid(Map.of("type", "object", "properties", Map.of("a", Map.of("type", "string"))), "body", 0);
      draft.hasJson = true;
    }
    draft.contentType = values.chance(0.15) ? null : values.pick(FuzzValues.HOSTILE_CONTENT_TYPES);
    return draft;
  }

  private Draft hostilePath(Operation op, Draft draft) {
    List<Parameter> variables = op.in("path");
    String hostile = values.pick(FuzzValues.HOSTILE_PATH_VALUES);
    if (!variables.isEmpty() && values.chance(0.8)) {
      draft.path = op.path();
      Parameter target = values.pick(variables);
      for (Parameter parameter : variables) {
        draft.path = draft.path.replace("{" + parameter.name() + "}",
            parameter == target ? hostile : values.pathValue(parameter));
      }
    } else {
      draft.path = values.pick(List.of(draft.path + "/" + hostile, draft.path + "/../../../etc/passwd",
          draft.path + "/%2e%2e/%2e%2e/", draft.path.replaceFirst("/api/", "//api//"), draft.path + ";jsessionid=1",
          draft.path + "/", draft.path + "%00", draft.path.toUpperCase(java.util.Locale.ROOT)));
    }
    return draft;
  }

  private Draft hostileQuery(Operation op, Draft draft) {
    List<Parameter> parameters = op.in("query");
    String hostile = values.pick(FuzzValues.HOSTILE_QUERY_VALUES);
    if (!parameters.isEmpty() && values.chance(0.7)) {
      Parameter target = values.pick(parameters);
      String name = FuzzValues.encode(target.name());
      draft.query.removeIf(pair -> pair.startsWith(name + "="));
      switch (values.between(0, 3)) {
        case 0 -> draft.query.add(name + "=" + hostile);
        case 1 -> { draft.query.add(name + "=" + values.queryValue(target)); draft.query.add(name + "=" + hostile); }
        case 2 -> draft.query.add(name);
        default -> {
          Object value = values.hostileValue();
          String encoded = FuzzValues.encode(value instanceof Raw raw ? raw.json() : String.valueOf(value));
          draft.query.add(name + "=" + encoded.substring(0, Math.min(30_000, encoded.length())));
        }
      }
    } else {
      draft.query.add(values.pick(List.of("unexpected", "__proto__", "sort", "page", "size", "%00", "a%5B%5D")) + "=" + hostile);
    }
    return draft;
  }

  private List<Request> idempotencyReplay(Operation op, Draft first, String authorization) {
    String key = values.pick(List.of("fuzz-" + values.between(0, 1_000_000), "", " ", "x".repeat(4_000), "กี่่่่่่",
        "' OR 1=1 --", "${jndi:ldap://x}", "fuzz-" + values.between(0, 1_000_000) + "-" + values.between(0, 1_000_000)));
    first.headers.add(Map.entry("Idempotency-Key", key));
    Request one = first.toRequest(op.method());
    Draft second = base(op, authorization);
    second.headers.add(Map.entry("Idempotency-Key", key));
    if (values.chance(0.5)) {
      mutateField(second);
    }
    Request two = second.toRequest(op.method());
    Draft third = base(op, authorization);
    third.headers.add(Map.entry("Idempotency-Key", key));
    third.headers.add(Map.entry("Idempotency-Key", key + "-other"));
    return List.of(one, two, third.toRequest(op.method()));
  }

  private Draft hostileHeaders(Draft draft) {
    switch (values.between(0, 7)) {
      case 0 -> {
        draft.headers.removeIf(h -> h.getKey().equals("Accept"));
        draft.headers.add(Map.entry("Accept", values.pick(FuzzValues.HOSTILE_ACCEPTS)));
      }
      case 1 -> draft.headers.add(Map.entry("Accept-Language", values.pick(List.of("xx;q=foo", "th-TH-u-nu-thai", "*;q=-1",
          "ก", "en;q=0.5,".repeat(200)))));
      case 2 -> {
        draft.headers.removeIf(h -> h.getKey().equals("Authorization"));
        draft.headers.add(Map.entry("Authorization", values.pick(List.of("Bearer", "Bearer ", "Bearer garbage", "Basic YWRtaW46YWRtaW4=",
            "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiIsInJvbGVzIjpbIkRMQV9BRE1JTiJdfQ.",
            "Bearer " + "a".repeat(6_000), "bearer x.y.z", "Bearer \u00e0\u00e1"))));
      }
      case 3 -> draft.headers.add(Map.entry("Cookie", values.pick(List.of("carbon_refresh=" + "A".repeat(500), "carbon_refresh=",
          "carbon_refresh=%00", "carbon_refresh=' OR 1=1 --", "a=b; a=c; carbon_refresh=x; carbon_refresh=y", "=;=;;"))));
      case 4 -> draft.headers.add(Map.entry("X-Forwarded-For", values.pick(List.of("garbage", "999.999.999.999", "::::::",
          "127.0.0.1, 10.0.0.1", "' OR 1=1 --"))));
      case 5 -> draft.headers.add(Map.entry("If-None-Match", values.pick(List.of("*", "\"x\"", "garbage", "W/\"\""))));
      case 6 -> draft.headers.add(Map.entry("Range", values.pick(List.of("bytes=999999999-", "bytes=-1", "bytes=a-b", "lines=1-2"))));
      default -> draft.headers.add(Map.entry("Origin", values.pick(List.of("https://evil.example", "null", "garbage"))));
    }
    return draft;
  }

  // ---------------------------------------------------------------- JSON tree helpers

  private static boolean hasStructuredBody(Operation op) {
    return op.bodies().keySet().stream().anyMatch(type -> type.contains("json") || type.startsWith("multipart/"));
  }

  private static String bodyType(Operation op) {
    if (op.bodies().isEmpty()) {
      return null;
    }
    return op.bodies().keySet().stream().filter(type -> type.contains("json")).findFirst()
        .or(() -> op.bodies().keySet().stream().filter(type -> type.startsWith("multipart/")).findFirst())
        .orElse(op.bodies().keySet().iterator().next());
  }

  private static Object copy(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put(String.valueOf(k), copy(v)));
      return copy;
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>();
      list.forEach(v -> copy.add(copy(v)));
      return copy;
    }
    return value;
  }

  private static void collectSlots(Object value, List<Object[]> slots) {
    if (value instanceof Map<?, ?> map) {
      for (Object key : map.keySet()) {
        slots.add(new Object[] {map, key});
        collectSlots(map.get(key), slots);
      }
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        slots.add(new Object[] {list, i});
        collectSlots(list.get(i), slots);
      }
    }
  }

  private static Object get(Object[] slot) {
    return slot[0] instanceof Map<?, ?> map ? map.get(slot[1]) : ((List<?>) slot[0]).get((Integer) slot[1]);
  }

  @SuppressWarnings("unchecked")
  private static void set(Object[] slot, Object value) {
    if (slot[0] instanceof Map<?, ?> map) {
      ((Map<Object, Object>) map).put(slot[1], value);
    } else {
      ((List<Object>) slot[0]).set((Integer) slot[1], value);
    }
  }

  @SuppressWarnings("unchecked")
  private static void remove(Object[] slot) {
    if (slot[0] instanceof Map<?, ?> map) {
      map.remove(slot[1]);
    } else {
      ((List<Object>) slot[0]).remove((int) (Integer) slot[1]);
    }
  }
}
