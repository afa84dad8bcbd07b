package th.dla.carbon.platform;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The operations of an OpenAPI 3 document (as parsed into maps and lists), with {@code $ref}s resolved, for the
 * fuzzer. Only what generating requests needs: parameters, request body media types and schemas, and the media
 * types of the responses (to recognise streams).
 */
final class OpenApiOperations {

  private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  record Parameter(String name, String in, boolean required, Map<String, Object> schema) {}

  record Operation(String method, String path, List<Parameter> parameters, Map<String, Map<String, Object>> bodies,
      boolean bodyRequired, Set<String> responseTypes) {

    String key() {
      return method + " " + path;
    }

    List<Parameter> in(String where) {
      return parameters.stream().filter(p -> p.in().equals(where)).toList();
    }

    boolean writes() {
      return !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
    }

    boolean streams() {
      return responseTypes.stream().anyMatch(type -> type.startsWith("text/event-stream"));
    }
  }

  private final Map<String, Object> document;

  OpenApiOperations(Map<String, Object> document) {
    this.document = document;
  }

  /** Every operation, sorted so that operations without path variables come first (their answers seed ids). */
  List<Operation> all() {
    List<Operation> operations = new ArrayList<>();
    map(document.get("paths")).forEach((path, item) -> {
      Map<String, Object> pathItem = map(item);
      List<Object> shared = list(pathItem.get("parameters"));
      for (String method : METHODS) {
        if (pathItem.get(method) instanceof Map<?, ?> raw) {
          operations.add(operation(method.toUpperCase(java.util.Locale.ROOT), path, map(raw), shared));
        }
      }
    });
    operations.sort(Comparator.comparing((Operation op) -> op.path().contains("{"))
        .thenComparing(op -> op.writes())
        .thenComparing(Operation::path)
        .thenComparing(Operation::method));
    return operations;
  }

  private Operation operation(String method, String path, Map<String, Object> op, List<Object> shared) {
    Map<String, Parameter> parameters = new LinkedHashMap<>();
    for (Object raw : concat(shared, list(op.get("parameters")))) {
      Map<String, Object> parameter = resolve(map(raw));
      String name = String.valueOf(parameter.get("name"));
      String in = String.valueOf(parameter.get("in"));
      parameters.put(in + ":" + name, new Parameter(name, in, Boolean.TRUE.equals(parameter.get("required")),
          resolve(map(parameter.get("schema")))));
    }
    Map<String, Map<String, Object>> bodies = new LinkedHashMap<>();
    boolean bodyRequired = false;
    if (op.get("requestBody") instanceof Map<?, ?> rawBody) {
      Map<String, Object> body = resolve(map(rawBody));
      bodyRequired = Boolean.TRUE.equals(body.get("required"));
      map(body.get("content")).forEach((type, media) -> bodies.put(type, resolve(map(map(media).get("schema")))));
    }
    Set<String> responseTypes = new LinkedHashSet<>();
    map(op.get("responses")).values().forEach(response -> responseTypes.addAll(map(resolve(map(response)).get("content")).keySet()));
    return new Operation(method, path, List.copyOf(parameters.values()), bodies, bodyRequired, responseTypes);
  }

  /** The schema with a top-level {@code $ref} followed and the first of {@code allOf/oneOf/anyOf} merged in. */
  Map<String, Object> resolve(Map<String, Object> schema) {
    Map<String, Object> current = schema;
    for (int depth = 0; depth < 20 && current.get("$ref") instanceof String ref; depth++) {
      current = lookup(ref);
    }
    for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
      if (current.get(combinator) instanceof List<?> parts && !parts.isEmpty()) {
        Map<String, Object> merged = new LinkedHashMap<>(current);
        merged.remove(combinator);
        Map<String, Object> properties = new LinkedHashMap<>(map(merged.get("properties")));
        List<Object> required = new ArrayList<>(list(merged.get("required")));
        List<?> chosen = combinator.equals("allOf") ? parts : parts.subList(0, 1);
        for (Object part : chosen) {
          Map<String, Object> resolved = resolve(map(part));
          resolved.forEach(merged::putIfAbsent);
          properties.putAll(map(resolved.get("properties")));
          required.addAll(list(resolved.get("required")));
        }
        if (!properties.isEmpty()) {
          merged.put("properties", properties);
        }
        merged.put("required", required);
        current = merged;
      }
    }
    return current;
  }

  private Map<String, Object> lookup(String ref) {
    if (!ref.startsWith("#/")) {
      return Map.of();
    }
    Object node = document;
    for (String part : ref.substring(2).split("/")) {
      node = map(node).get(part.replace("~1", "/").replace("~0", "~"));
    }
    return map(node);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object value) {
    return value instanceof List<?> l ? (List<Object>) l : List.of();
  }

  /** The schema's type; OpenAPI 3.1 may give a list such as {@code ["string", "null"]}. */
  static String type(Map<String, Object> schema) {
    Object type = schema.get("type");
    if (type instanceof List<?> types) {
      return types.stream().map(String::valueOf).filter(t -> !t.equals("null")).findFirst().orElse("null");
    }
    if (type != null) {
      return String.valueOf(type);
    }
    if (schema.containsKey("properties")) {
      return "object";
    }
    if (schema.containsKey("items")) {
      return "array";
    }
    return schema.containsKey("enum") ? "string" : "any";
  }

  private static List<Object> concat(List<Object> a, List<Object> b) {
    List<Object> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
