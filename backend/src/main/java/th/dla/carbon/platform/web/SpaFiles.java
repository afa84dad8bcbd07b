package th.dla.carbon.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * Serves the built SPA ({@code classpath:static/**}) from memory. Spring's classpath resource handler would read
 * the jar with blocking I/O on an event-loop thread for every request; the SPA is a few hundred kilobytes, so it
 * is read once at start-up instead. Hashed files under {@code /assets/} are cached by browsers for a year;
 * {@code index.html} is revalidated by ETag. Client-side routes ({@code /laos/5810401}: no file extension, not an
 * API, docs or actuator path) get {@code index.html}, so reloads and shared links work.
 */
@Configuration(proxyBeanMethods = false)
class SpaFiles {

  private static final Log log = LogFactory.getLog(SpaFiles.class);
  private static final List<String> SERVER_PREFIXES =
      List.of("/api/", "/v3/", "/swagger-ui", "/webjars/", "/actuator", "/.well-known/", "/oauth2/", "/login/");

  record StaticFile(byte[] content, MediaType type, String etag, CacheControl cacheControl) {}

  private final Map<String, StaticFile> files = new ConcurrentHashMap<>();

  SpaFiles() {
    try {
      for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:static/**")) {
        if (!resource.isReadable() || resource.getURL().toString().endsWith("/")) {
          continue;
        }
        String url = resource.getURL().toString();
        String path = url.substring(url.lastIndexOf("static/") + "static".length());
        try (InputStream in = resource.getInputStream()) {
          files.put(path, file(path, in.readAllBytes()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the SPA from the classpath", e);
    }
    log.info(files.containsKey("/index.html")
        ? "Serving the SPA: " + files.size() + " files"
        : "No SPA on the classpath (static/index.html missing): only the API is served");
  }

  @Bean
  RouterFunction<ServerResponse> spaRoutes() {
    return RouterFunctions.route(request -> lookup(request) != null, this::serve);
  }

  private Mono<ServerResponse> serve(ServerRequest request) {
    StaticFile file = lookup(request);
    return request.checkNotModified(file.etag())
        .switchIfEmpty(ServerResponse.ok()
            .contentType(file.type())
            .eTag(file.etag())
            .cacheControl(file.cacheControl())
            .header("X-Content-Type-Options", "nosniff")
            .bodyValue(file.content()));
  }

  private StaticFile lookup(ServerRequest request) {
    if (request.method() != HttpMethod.GET && request.method() != HttpMethod.HEAD) {
      return null;
    }
    String path = request.requestPath().pathWithinApplication().value();
    StaticFile file = files.get(path);
    if (file != null) {
      return file;
    }
    return isClientRoute(path) ? files.get("/index.html") : null;
  }

  static boolean isClientRoute(String path) {
    if (SERVER_PREFIXES.stream().anyMatch(path::startsWith) || path.equals("/api")) {
      return false;
    }
    return !path.substring(path.lastIndexOf('/') + 1).contains(".");
  }

  private static StaticFile file(String path, byte[] content) {
    MediaType type = MediaTypeFactory.getMediaType(path).orElse(MediaType.APPLICATION_OCTET_STREAM);
    if (type.getType().equals("text") || type.getSubtype().contains("javascript") || type.getSubtype().contains("json")) {
      type = new MediaType(type, java.nio.charset.StandardCharsets.UTF_8);
    }
    CacheControl cache = path.startsWith("/assets/")
        ? CacheControl.maxAge(java.time.Duration.ofDays(365)).cachePublic().immutable()
        : CacheControl.noCache();
    return new StaticFile(content, type, '"' + sha256(content).substring(0, 32) + '"', cache);
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
