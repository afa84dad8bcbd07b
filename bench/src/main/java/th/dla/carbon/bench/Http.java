package th.dla.carbon.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/** A thin JSON client over Reactor Netty's HttpClient (non-blocking; {@code block()} only in the seeding code). */
final class Http {

  static final ObjectMapper JSON = new ObjectMapper();

  record Response(int status, String body, io.netty.handler.codec.http.HttpHeaders headers) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (Exception e) {
        throw new IllegalStateException("not JSON (" + status + "): " + body, e);
      }
    }

    Response expect(int... statuses) {
      for (int s : statuses) {
        if (s == status) {
          return this;
        }
      }
      throw new IllegalStateException("HTTP " + status + ": " + (body.length() > 600 ? body.substring(0, 600) : body));
    }
  }

  final HttpClient client;

  Http(String baseUrl, int maxConnections) {
    ConnectionProvider pool = ConnectionProvider.builder("bench-" + maxConnections)
        .maxConnections(maxConnections)
        .pendingAcquireMaxCount(-1)
        .pendingAcquireTimeout(Duration.ofSeconds(120))
        .build();
    this.client = HttpClient.create(pool).baseUrl(baseUrl).responseTimeout(Duration.ofSeconds(60));
  }

  Mono<Response> send(HttpMethod method, String path, String token, String contentType, byte[] body, Map<String, String> headers) {
    return client.request(method).uri(path)
        .send((req, out) -> {
          if (token != null) {
            req.header(HttpHeaderNames.AUTHORIZATION, "Bearer " + token);
          }
          headers.forEach(req::header);
          if (body == null) {
            return out;
          }
          req.header(HttpHeaderNames.CONTENT_TYPE, contentType);
          req.header(HttpHeaderNames.CONTENT_LENGTH, Integer.toString(body.length));
          return out.sendByteArray(Mono.just(body));
        })
        .responseSingle((res, content) -> content.asString(StandardCharsets.UTF_8).defaultIfEmpty("")
            .map(text -> new Response(res.status().code(), text, res.responseHeaders())));
  }

  Mono<Response> get(String path, String token) {
    return send(HttpMethod.GET, path, token, null, null, Map.of());
  }

  Mono<Response> postJson(String path, String token, Object body) {
    return postJson(path, token, body, Map.of());
  }

  Mono<Response> postJson(String path, String token, Object body, Map<String, String> headers) {
    byte[] bytes;
    try {
      bytes = body instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : JSON.writeValueAsBytes(body);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return send(HttpMethod.POST, path, token, "application/json", bytes, headers);
  }

  String login(String username, String password) {
    return postJson("/api/v1/auth/login", null, Map.of("username", username, "password", password))
        .block().expect(200).json().get("accessToken").asText();
  }
}
