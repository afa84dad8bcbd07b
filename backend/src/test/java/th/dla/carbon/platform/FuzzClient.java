package th.dla.carbon.platform;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * A raw HTTP client for the fuzzer: sends exactly the bytes, path and headers it is given (repeated headers,
 * invalid percent-encodings and invalid UTF-8 included), which {@code WebTestClient} would refuse or normalise.
 * Streams ({@code text/event-stream}) are read up to their first chunk, so an endless stream cannot hang the test.
 */
final class FuzzClient {

  static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(20);
  static final Duration FIRST_EVENT_TIMEOUT = Duration.ofSeconds(2);

  /** One request as sent; {@code headers} may repeat a name. A null body sends none. */
  record Request(String method, String uri, List<Map.Entry<String, String>> headers, byte[] body) {

    String header(String name) {
      return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst().orElse(null);
    }

    String describe() {
      StringBuilder out = new StringBuilder(method).append(' ').append(abbreviate(uri, 300));
      for (Map.Entry<String, String> header : headers) {
        String value = header.getKey().equalsIgnoreCase("Authorization") ? abbreviate(header.getValue(), 24) : abbreviate(header.getValue(), 120);
        out.append("\n    ").append(header.getKey()).append(": ").append(value);
      }
      if (body != null) {
        out.append("\n    body (").append(body.length).append(" bytes): ").append(abbreviate(printable(body), 400));
      }
      return out.toString();
    }
  }

  record Response(int status, String contentType, byte[] body, boolean streamed) {

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private final HttpClient client;

  FuzzClient(int port) {
    this.client = HttpClient.create(ConnectionProvider.newConnection())
        .baseUrl("http://localhost:" + port)
        .responseTimeout(RESPONSE_TIMEOUT);
  }

  Response send(Request request) {
    return client
        .headers(headers -> {
          for (Map.Entry<String, String> header : request.headers()) {
            headers.add(header.getKey(), header.getValue());
          }
          if (request.body() != null) {
            headers.set(HttpHeaderNames.CONTENT_LENGTH, request.body().length);
          }
        })
        .request(HttpMethod.valueOf(request.method()))
        .uri(request.uri())
        .send((req, out) -> request.body() == null ? out : out.sendByteArray(Mono.just(request.body())))
        .response((response, content) -> {
          String type = response.responseHeaders().get(HttpHeaderNames.CONTENT_TYPE);
          boolean stream = type != null && type.startsWith("text/event-stream");
          Mono<byte[]> bytes = stream
              ? content.asByteArray().next().timeout(FIRST_EVENT_TIMEOUT, Mono.just(new byte[0]))
              : content.aggregate().asByteArray();
          return bytes.defaultIfEmpty(new byte[0]).map(b -> new Response(response.status().code(), type, b, stream));
        })
        .next()
        .block(RESPONSE_TIMEOUT.plusSeconds(10));
  }

  static List<Map.Entry<String, String>> headers(String... namesAndValues) {
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      headers.add(Map.entry(namesAndValues[i], namesAndValues[i + 1]));
    }
    return headers;
  }

  static String abbreviate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max) + "…(" + text.length() + " chars)";
  }

  /** Bytes as text with control characters, invalid UTF-8 and non-ASCII shown as escapes, for failure messages. */
  static String printable(byte[] bytes) {
    String text = new String(bytes, 0, Math.min(bytes.length, 2_000), StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(cp -> {
      if (cp >= 0x20 && cp < 0x7f) {
        out.appendCodePoint(cp);
      } else {
        out.append(cp <= 0xffff ? String.format("\\u%04X", cp) : String.format("\\u{%X}", cp));
      }
    });
    return out.toString();
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
