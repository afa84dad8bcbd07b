package th.dla.carbon.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The production deployment files under infra/ are well-formed and schema-valid (no Docker engine or cluster is
 * available in CI, so this is what keeps them from rotting). Kubernetes objects are validated against strict
 * schemas of Kubernetes 1.30, CloudNativePG objects against the subset of its CRDs we use, the compose file
 * against the compose specification; sources and licences in src/test/resources/infra-schemas/README.md.
 */
class InfraManifestsTest {

  static final Path ROOT = Path.of(System.getProperty("repository.root", "..")).toAbsolutePath().normalize();
  static final Path INFRA = ROOT.resolve("infra");

  static final YAMLMapper YAML = YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  static final JsonMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  static final Schemas SCHEMAS = new Schemas();

  static final Set<String> ROLES = Set.of("BUYER", "LAO_OFFICER", "PROVINCE_OFFICER", "DLA_ADMIN");
  static final Map<String, String> DEMO_USERS = Map.of(
      "dla.admin", "DLA_ADMIN",
      "province.nonthaburi", "PROVINCE_OFFICER",
      "lao.bangsrimuang.maker", "LAO_OFFICER",
      "lao.bangsrimuang.checker", "LAO_OFFICER",
      "lao.krabi.maker", "LAO_OFFICER",
      "lao.krabi.checker", "LAO_OFFICER",
      "buyer.greenbank", "BUYER",
      "buyer.pending", "BUYER");
  /** What the app reads in production (shared with docs/operations.md and the compose file). */
  static final Set<String> APP_SETTINGS = Set.of(
      "DATABASE_URL", "DATABASE_USERNAME", "DATABASE_PASSWORD", "DATABASE_POOL_SIZE", "PORT", "CARBON_PUBLIC_URL",
      "CARBON_DEMO", "CARBON_COOKIE_SECURE", "CARBON_CORS_ORIGINS", "SERVER_FORWARD_HEADERS_STRATEGY",
      "SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_KEYCLOAK_ISSUER_URI",
      "SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_KEYCLOAK_CLIENT_ID",
      "SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_KEYCLOAK_CLIENT_SECRET",
      "SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_KEYCLOAK_SCOPE");
  static final String SSE_PATH = "/api/v1/listings/[^/]+/stream";

  // ---------------------------------------------------------------------------------------------------------
  // every file

  @Test
  void everyFileUnderInfraIsKnownAndWellFormed() {
    List<Path> files = infraFiles();
    assertThat(files).hasSizeGreaterThan(15);
    List<String> unchecked = new ArrayList<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      if (name.endsWith(".yaml") || name.endsWith(".yml")) {
        assertThat(yamlDocuments(file)).as("documents in %s", file).isNotEmpty();
      } else if (name.endsWith(".json")) {
        assertThat(json(file).isObject()).as("%s is a JSON object", file).isTrue();
      } else if (name.endsWith(".sh")) {
        assertThat(read(file)).as("%s", file).startsWith("#!/bin/sh\n").contains("set -eu");
        assertThat(Files.isExecutable(file)).as("%s is executable", file).isTrue();
      } else if (!Set.of("Dockerfile", "Dockerfile.dockerignore", "Caddyfile", ".env.example", "README.md").contains(name)) {
        unchecked.add(ROOT.relativize(file).toString());
      }
    }
    assertThat(unchecked).as("files under infra/ that no check covers: add one to this test").isEmpty();
  }

  // ---------------------------------------------------------------------------------------------------------
  // Kubernetes

  @Test
  void everyKubernetesObjectIsValidAgainstItsSchema() {
    List<String> errors = new ArrayList<>();
    Set<String> kinds = new TreeSet<>();
    for (Map.Entry<String, JsonNode> object : kubernetesObjects().entrySet()) {
      errors.addAll(kubernetesErrors(object.getKey(), object.getValue()));
      kinds.add(kindOf(object.getValue()));
    }
    assertThat(errors).isEmpty();
    assertThat(kinds).contains(
        "v1/Namespace", "v1/ConfigMap", "v1/Secret", "v1/Service", "apps/v1/Deployment",
        "policy/v1/PodDisruptionBudget", "autoscaling/v2/HorizontalPodAutoscaler", "networking.k8s.io/v1/Ingress",
        "networking.k8s.io/v1/NetworkPolicy", "postgresql.cnpg.io/v1/Cluster", "postgresql.cnpg.io/v1/ScheduledBackup");
  }

  @Test
  void kustomizationListsEveryManifestAndSetsTheNamespace() {
    JsonNode kustomization = single(INFRA.resolve("k8s/kustomization.yaml"));
    assertThat(text(kustomization.path("apiVersion"))).isEqualTo("kustomize.config.k8s.io/v1beta1");
    assertThat(text(kustomization.path("kind"))).isEqualTo("Kustomization");
    assertThat(text(kustomization.path("namespace"))).isEqualTo("carbon");
    Set<String> listed = new TreeSet<>(texts(kustomization.path("resources")));
    Set<String> present = new TreeSet<>();
    for (Path file : manifestFiles()) present.add(file.getFileName().toString());
    assertThat(listed).isEqualTo(present);
    assertThat(texts(kustomization.path("images").path(0).path("name"))).containsExactly("carbon-market");
  }

  @Test
  void theAppRunsAsSeveralHardenedStatelessReplicasWithProbesAndLimits() {
    JsonNode deployment = object("apps/v1/Deployment", "carbon-market");
    assertThat(deployment.path("spec").path("replicas").asInt()).isGreaterThanOrEqualTo(3);
    JsonNode pod = deployment.path("spec").path("template").path("spec");
    JsonNode app = pod.path("containers").path(0);
    assertThat(text(app.path("readinessProbe").path("httpGet").path("path"))).isEqualTo("/actuator/health/readiness");
    assertThat(text(app.path("livenessProbe").path("httpGet").path("path"))).isEqualTo("/actuator/health/liveness");
    assertThat(app.path("startupProbe").isObject()).isTrue();
    assertThat(text(app.path("resources").path("limits").path("memory"))).isNotEmpty();
    assertThat(text(app.path("resources").path("limits").path("cpu"))).isNotEmpty();
    assertThat(text(app.path("resources").path("requests").path("memory"))).isNotEmpty();
    assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).isTrue();
    assertThat(app.path("securityContext").path("readOnlyRootFilesystem").asBoolean()).isTrue();
    assertThat(app.path("securityContext").path("allowPrivilegeEscalation").asBoolean(true)).isFalse();
    assertThat(texts(app.path("securityContext").path("capabilities").path("drop"))).contains("ALL");
    assertThat(texts(app.path("volumeMounts").path(0).path("mountPath"))).containsExactly("/tmp");
    assertThat(pod.path("volumes").path(0).path("emptyDir").isObject()).isTrue();

    JsonNode config = object("v1/ConfigMap", "carbon-market-config").path("data");
    assertThat(text(config.path("JAVA_TOOL_OPTIONS"))).contains("-XX:MaxRAMPercentage=");
    assertThat(text(config.path("CARBON_DEMO"))).isEqualTo("false");
    assertThat(text(config.path("CARBON_COOKIE_SECURE"))).isEqualTo("true");
    assertThat(text(config.path("SERVER_FORWARD_HEADERS_STRATEGY"))).isEqualTo("framework");
    Set<String> provided = new TreeSet<>(names(config));
    provided.addAll(names(object("v1/Secret", "carbon-market-secrets").path("stringData")));
    for (JsonNode env : app.path("env")) provided.add(text(env.path("name")));
    assertThat(provided).containsAll(APP_SETTINGS);

    JsonNode pdb = object("policy/v1/PodDisruptionBudget", "carbon-market");
    assertThat(pdb.path("spec").path("selector")).isEqualTo(deployment.path("spec").path("selector"));
    JsonNode hpa = object("autoscaling/v2/HorizontalPodAutoscaler", "carbon-market");
    assertThat(text(hpa.path("spec").path("scaleTargetRef").path("name"))).isEqualTo("carbon-market");
    assertThat(hpa.path("spec").path("minReplicas").asInt()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void theIngressTerminatesTlsAndDoesNotBufferLiveBids() {
    JsonNode main = object("networking.k8s.io/v1/Ingress", "carbon-market");
    assertThat(main.path("spec").path("tls").path(0).path("secretName").isString()).isTrue();
    JsonNode sse = object("networking.k8s.io/v1/Ingress", "carbon-market-sse");
    JsonNode annotations = sse.path("metadata").path("annotations");
    assertThat(text(annotations.path("nginx.ingress.kubernetes.io/proxy-buffering"))).isEqualTo("off");
    assertThat(Integer.parseInt(text(annotations.path("nginx.ingress.kubernetes.io/proxy-read-timeout"))))
        .isGreaterThanOrEqualTo(300);
    assertThat(text(sse.path("spec").path("rules").path(0).path("http").path("paths").path(0).path("path")))
        .isEqualTo(SSE_PATH);
  }

  @Test
  void postgresIsAHighlyAvailableCloudNativePgClusterWithBackups() {
    JsonNode cluster = object("postgresql.cnpg.io/v1/Cluster", "carbon-db").path("spec");
    assertThat(cluster.path("instances").asInt()).isEqualTo(3);
    assertThat(text(cluster.path("imageName"))).matches(".*/postgresql:18(\\.\\d+)?-.*");
    assertThat(text(cluster.path("storage").path("size"))).isNotEmpty();
    JsonNode store = cluster.path("backup").path("barmanObjectStore");
    assertThat(text(store.path("destinationPath"))).startsWith("s3://");
    assertThat(text(store.path("s3Credentials").path("accessKeyId").path("name"))).isEqualTo("postgres-backup-s3");
    JsonNode scheduled = object("postgresql.cnpg.io/v1/ScheduledBackup", "carbon-db-nightly").path("spec");
    assertThat(text(scheduled.path("cluster").path("name"))).isEqualTo("carbon-db");
    assertThat(text(scheduled.path("schedule")).split(" ")).as("six cron fields, seconds first").hasSize(6);
    assertThat(object("v1/Secret", "postgres-backup-s3").path("stringData").has("ACCESS_SECRET_KEY")).isTrue();
  }

  @Test
  void secretsHoldPlaceholdersOnly() {
    List<JsonNode> secrets = kubernetesObjects().values().stream().filter(o -> kindOf(o).equals("v1/Secret")).toList();
    assertThat(secrets).isNotEmpty();
    for (JsonNode secret : secrets) {
      assertThat(secret.has("data")).as("base64 data hides what is committed; use stringData").isFalse();
      for (JsonNode value : secret.path("stringData")) assertThat(text(value)).isEqualTo("change-me");
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // compose, proxy, image

  @Test
  void composeFileIsValidAgainstTheComposeSpecification() {
    Path file = INFRA.resolve("compose/compose.yaml");
    JsonNode compose = single(file);
    assertThat(composeErrors(compose)).isEmpty();

    JsonNode services = compose.path("services");
    assertThat(names(services)).contains("postgres", "keycloak", "app", "proxy");
    assertThat(text(services.path("postgres").path("image"))).matches("postgres:18(\\..*)?");
    assertThat(texts(services.path("keycloak").path("volumes")))
        .anyMatch(v -> v.startsWith("../keycloak/realm-carbon.json:/opt/keycloak/data/import/"));
    assertThat(texts(services.path("keycloak").path("command"))).contains("--import-realm");
    JsonNode app = services.path("app");
    assertThat(text(app.path("build").path("dockerfile"))).isEqualTo("infra/docker/Dockerfile");
    assertThat(Files.isRegularFile(file.getParent().resolve(text(app.path("build").path("context")))
        .resolve(text(app.path("build").path("dockerfile"))))).isTrue();
    assertThat(names(app.path("environment"))).containsAll(APP_SETTINGS);
    assertThat(text(app.path("environment").path("CARBON_DEMO"))).isEqualTo("false");
    assertThat(app.has("ports")).as("only the proxy is published").isFalse();
    assertThat(texts(services.path("proxy").path("volumes"))).anyMatch(v -> v.startsWith("./Caddyfile:"));

    // every ${VARIABLE} the compose file reads is explained in its .env.example
    Set<String> used = new TreeSet<>();
    Matcher m = Pattern.compile("\\$\\{([A-Z0-9_]+)").matcher(read(file));
    while (m.find()) used.add(m.group(1));
    Set<String> documented = new TreeSet<>();
    for (String line : read(INFRA.resolve("compose/.env.example")).split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        assertThat(line).as(".env.example line").matches("[A-Z0-9_]+=.*");
        documented.add(line.substring(0, line.indexOf('=')));
      }
    }
    assertThat(documented).containsAll(used);
  }

  @Test
  void caddyTerminatesTlsSendsHstsAndStreamsLiveBidsUnbuffered() {
    String caddy = read(INFRA.resolve("compose/Caddyfile"));
    assertThat(caddy.chars().filter(c -> c == '{').count()).isEqualTo(caddy.chars().filter(c -> c == '}').count());
    assertThat(caddy).contains("tls {$CADDY_TLS}", "Strict-Transport-Security \"max-age=", "reverse_proxy app:8080",
        "reverse_proxy keycloak:8080");
    int sse = caddy.indexOf("path_regexp sse ^" + SSE_PATH + "$");
    assertThat(sse).isPositive();
    assertThat(caddy.indexOf("flush_interval -1", sse)).isGreaterThan(sse);
    assertThat(caddy.indexOf("encode", sse)).as("SSE responses are not compressed")
        .isGreaterThan(caddy.indexOf("flush_interval -1", sse));
  }

  @Test
  void dockerfileBuildsANonRootImageThatRunsTheJarAndReportsReadiness() {
    String dockerfile = read(INFRA.resolve("docker/Dockerfile"));
    List<String> stages = dockerfile.lines().filter(l -> l.startsWith("FROM ")).toList();
    assertThat(stages).hasSizeGreaterThanOrEqualTo(2);
    assertThat(stages.get(stages.size() - 1)).matches("FROM eclipse-temurin:(17|21)-jre.*");
    assertThat(dockerfile).contains("USER 10001", "ENTRYPOINT [\"java\", \"-jar\", \"carbon-market.jar\"]",
        "/actuator/health/readiness", "MaxRAMPercentage");
    assertThat(dockerfile.lines().filter(l -> l.startsWith("USER ")).toList()).doesNotContain("USER root", "USER 0");
  }

  // ---------------------------------------------------------------------------------------------------------
  // Keycloak realm

  @Test
  void realmHasTheRolesTheConfidentialClientAndTheDemoUsers() {
    assertThat(realmProblems(json(INFRA.resolve("keycloak/realm-carbon.json")))).isEmpty();
  }

  // ---------------------------------------------------------------------------------------------------------
  // the checks can fail

  @Test
  void aBrokenKubernetesManifestFailsValidation() {
    List<String> errors = new ArrayList<>();
    for (JsonNode doc : yamlDocuments(invalidSample("deployment.yaml"))) errors.addAll(kubernetesErrors("sample", doc));
    String all = String.join("\n", errors);
    assertThat(all).contains("replica"); // misspelt field
    assertThat(all).contains("containerPort"); // a string where an integer belongs
    assertThat(all).contains("kind"); // unknown kind
    assertThat(all).contains("maxReplicas"); // required field missing
  }

  @Test
  void aBrokenCloudNativePgClusterFailsValidation() {
    List<String> errors = new ArrayList<>();
    for (JsonNode doc : yamlDocuments(invalidSample("cluster.yaml"))) errors.addAll(kubernetesErrors("sample", doc));
    String all = String.join("\n", errors);
    assertThat(all).contains("instance", "primaryUpdateStrategy", "destinationPath", "backupOwnerReference");
  }

  @Test
  void aBrokenComposeFileFailsValidation() {
    List<String> errors = composeErrors(single(invalidSample("compose.yaml")));
    String all = String.join("\n", errors);
    assertThat(all).contains("healthcheck", "imagee");
  }

  @Test
  void malformedYamlAndDuplicateKeysAreRefused() {
    assertThatThrownBy(() -> yamlDocuments(invalidSample("malformed.yaml"))).hasMessageContaining("line");
    assertThatThrownBy(() -> yamlDocuments(invalidSample("duplicate-key.yaml"))).hasMessageContaining("replicas");
  }

  @Test
  void aRealmWithoutARoleOrAUserIsRefused() {
    ObjectNode realm = (ObjectNode) json(INFRA.resolve("keycloak/realm-carbon.json"));
    ((tools.jackson.databind.node.ArrayNode) realm.path("roles").path("realm")).remove(0);
    ((tools.jackson.databind.node.ArrayNode) realm.path("users")).remove(0);
    assertThat(realmProblems(realm)).anyMatch(p -> p.contains("BUYER")).anyMatch(p -> p.contains("dla.admin"));
  }

  // ---------------------------------------------------------------------------------------------------------
  // checks shared by the positive and negative tests

  static List<String> kubernetesErrors(String source, JsonNode object) {
    String kind = kindOf(object);
    Schema schema = SCHEMAS.byKind.get(kind);
    if (schema == null) {
      return List.of(source + ": no schema for kind " + kind + " (add it to src/test/resources/infra-schemas)");
    }
    String name = text(object.path("metadata").path("name"));
    return schema.validate(object).stream().map(e -> source + " " + kind + " " + name + ": " + e).toList();
  }

  static List<String> composeErrors(JsonNode compose) {
    return SCHEMAS.compose.validate(compose).stream().map(Object::toString).toList();
  }

  static List<String> realmProblems(JsonNode realm) {
    List<String> problems = new ArrayList<>();
    if (!"carbon".equals(text(realm.path("realm")))) problems.add("realm is not named carbon");
    if (!realm.path("enabled").asBoolean()) problems.add("realm is disabled");
    Set<String> roles = new TreeSet<>();
    for (JsonNode role : realm.path("roles").path("realm")) roles.add(text(role.path("name")));
    for (String role : ROLES) if (!roles.contains(role)) problems.add("realm role " + role + " is missing");

    JsonNode client = null;
    for (JsonNode c : realm.path("clients")) if ("carbon-market".equals(text(c.path("clientId")))) client = c;
    if (client == null) {
      problems.add("client carbon-market is missing");
    } else {
      if (client.path("publicClient").asBoolean(true)) problems.add("client carbon-market is not confidential");
      if (!client.path("standardFlowEnabled").asBoolean()) problems.add("authorization code flow is off");
      if (client.path("implicitFlowEnabled").asBoolean() || client.path("directAccessGrantsEnabled").asBoolean()) {
        problems.add("client carbon-market allows implicit or password grants");
      }
      Set<String> redirects = new TreeSet<>(texts(client.path("redirectUris")));
      for (String uri : List.of("https://carbon.example.go.th/login/oauth2/code/keycloak",
          "http://localhost:8080/login/oauth2/code/keycloak")) {
        if (!redirects.contains(uri)) problems.add("redirect URI " + uri + " is missing");
      }
      if (texts(client.path("webOrigins")).isEmpty()) problems.add("client carbon-market has no web origins");
      if (!text(client.path("secret")).startsWith("${")) problems.add("client secret is not a placeholder");
    }

    Map<String, JsonNode> users = new HashMap<>();
    for (JsonNode user : realm.path("users")) users.put(text(user.path("username")), user);
    DEMO_USERS.forEach((username, role) -> {
      JsonNode user = users.get(username);
      if (user == null) {
        problems.add("demo user " + username + " is missing");
        return;
      }
      if (!user.path("enabled").asBoolean()) problems.add(username + " is disabled");
      if (!user.path("emailVerified").asBoolean() || !text(user.path("email")).equals(username + "@demo.carbon.local")) {
        problems.add(username + " has no verified email " + username + "@demo.carbon.local");
      }
      JsonNode password = user.path("credentials").path(0);
      if (!"password".equals(text(password.path("type"))) || !"demo".equals(text(password.path("value")))
          || password.path("temporary").asBoolean(true)) {
        problems.add(username + " has no permanent password demo");
      }
      if (!texts(user.path("realmRoles")).contains(role)) problems.add(username + " lacks realm role " + role);
    });
    return problems;
  }

  // ---------------------------------------------------------------------------------------------------------
  // reading

  static final class Schemas {
    final Map<String, Schema> byKind = new HashMap<>();
    final Schema compose;

    Schemas() {
      SchemaRegistry draft7 = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
      for (String file : List.of("kubernetes-1.30-strict.json", "cloudnative-pg-1.27-subset.json")) {
        ObjectNode document = (ObjectNode) schemaResource(file);
        JsonNode kinds = document.remove("x-kinds");
        for (Map.Entry<String, JsonNode> kind : kinds.properties()) {
          ObjectNode wrapper = document.deepCopy();
          wrapper.putArray("allOf").addObject().put("$ref", "#/definitions/" + text(kind.getValue()));
          byKind.put(kind.getKey(), draft7.getSchema(wrapper));
        }
      }
      // this compose-spec.json carries informative draft-04 style "id"s beside its 2019-09 "$schema", which the
      // validator refuses; Compose itself ignores them too
      JsonNode composeSpec = schemaResource("compose-spec.json");
      removeStringIds(composeSpec);
      compose = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09).getSchema(composeSpec);
    }

    private static void removeStringIds(JsonNode node) {
      if (node instanceof ObjectNode object && object.path("id").isString()) object.remove("id");
      for (JsonNode child : node) removeStringIds(child);
    }

    private static JsonNode schemaResource(String name) {
      try (InputStream in = InfraManifestsTest.class.getResourceAsStream("/infra-schemas/" + name)) {
        if (in == null) throw new IllegalStateException("schema " + name + " is missing");
        return JSON.readTree(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  static String kindOf(JsonNode object) {
    return text(object.path("apiVersion")) + "/" + text(object.path("kind"));
  }

  static List<Path> infraFiles() {
    try (Stream<Path> files = Files.walk(INFRA)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Path> manifestFiles() {
    return infraFiles().stream()
        .filter(f -> f.getParent().equals(INFRA.resolve("k8s")))
        .filter(f -> f.toString().endsWith(".yaml") && !f.getFileName().toString().equals("kustomization.yaml"))
        .toList();
  }

  /** "file#index" → object, for every object of every manifest of infra/k8s. */
  static Map<String, JsonNode> kubernetesObjects() {
    Map<String, JsonNode> objects = new LinkedHashMap<>();
    for (Path file : manifestFiles()) {
      List<JsonNode> documents = yamlDocuments(file);
      for (int i = 0; i < documents.size(); i++) objects.put(ROOT.relativize(file) + "#" + i, documents.get(i));
    }
    return objects;
  }

  static JsonNode object(String kind, String name) {
    return kubernetesObjects().values().stream()
        .filter(o -> kindOf(o).equals(kind) && text(o.path("metadata").path("name")).equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " named " + name + " in infra/k8s"));
  }

  static List<JsonNode> yamlDocuments(Path file) {
    try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(read(file))) {
      return documents.readAll().stream().filter(d -> d != null && !d.isNull() && !d.isMissingNode()).toList();
    }
  }

  static JsonNode single(Path file) {
    List<JsonNode> documents = yamlDocuments(file);
    assertThat(documents).as("documents in %s", file).hasSize(1);
    return documents.get(0);
  }

  static JsonNode json(Path file) {
    return JSON.readTree(read(file));
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path invalidSample(String name) {
    try {
      return Path.of(InfraManifestsTest.class.getResource("/infra-invalid/" + name).toURI());
    } catch (Exception e) {
      throw new IllegalStateException("sample " + name + " is missing", e);
    }
  }

  static String text(JsonNode node) {
    return node != null && node.isString() ? node.stringValue() : node != null && node.isNumber() ? node.asString() : "";
  }

  static List<String> texts(JsonNode node) {
    if (node.isString()) return List.of(node.stringValue());
    List<String> values = new ArrayList<>();
    for (JsonNode item : node) values.add(text(item));
    return values;
  }

  static Set<String> names(JsonNode node) {
    return new TreeSet<>(node.propertyNames());
  }
}
