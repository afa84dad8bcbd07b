package th.dla.carbon.platform.web;

import java.net.URI;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.ObjectMapper;

/** Writes a problem response from a {@code WebFilter}, where the controller advice does not reach. */
@Component
public class ProblemResponseWriter {

  private final ObjectMapper json;

  public ProblemResponseWriter(ObjectMapper json) {
    this.json = json;
  }

  public Mono<Void> write(ServerWebExchange exchange, ProblemType type, String detail) {
    ServerHttpResponse response = exchange.getResponse();
    response.setStatusCode(type.status());
    response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    DataBuffer body = response.bufferFactory().wrap(bytes(type, detail, exchange.getRequest().getPath().value()));
    return response.writeWith(Mono.just(body));
  }

  /** The problem as JSON bytes, for writers below Spring's exchange (see {@link HttpCodecProblems}). */
  public byte[] bytes(ProblemType type, String detail, String instance) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
    problem.setType(type.uri());
    problem.setTitle(type.title());
    if (instance != null) {
      problem.setInstance(URI.create(instance));
    }
    return json.writeValueAsBytes(problem);
  }
}
