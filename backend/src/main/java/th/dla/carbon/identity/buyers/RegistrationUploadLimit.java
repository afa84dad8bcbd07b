package th.dla.carbon.identity.buyers;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import th.dla.carbon.platform.web.ProblemResponseWriter;
import th.dla.carbon.platform.web.ProblemType;

/**
 * Bounds a registration upload as a whole (five 5 MB documents and the form), before the multipart reader spools
 * it to disk: a declared length above the bound is refused at once with 413, a chunked body is cut off there.
 */
@Component
@Order(-200)
class RegistrationUploadLimit implements WebFilter {

  static final String PATH = "/api/v1/buyers/registrations";
  static final long MAX_REQUEST_BYTES = BuyerRegistrations.MAX_DOCUMENTS * BuyerRegistrations.MAX_DOCUMENT_BYTES + 1024 * 1024;

  private final ProblemResponseWriter problems;

  RegistrationUploadLimit(ProblemResponseWriter problems) {
    this.problems = problems;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    ServerHttpRequest request = exchange.getRequest();
    if (request.getMethod() != HttpMethod.POST || !PATH.equals(request.getPath().pathWithinApplication().value())) {
      return chain.filter(exchange);
    }
    if (request.getHeaders().getContentLength() > MAX_REQUEST_BYTES) {
      return problems.write(exchange, ProblemType.PAYLOAD_TOO_LARGE,
          "A registration may carry at most " + BuyerRegistrations.MAX_DOCUMENTS + " documents of 5 MB each.");
    }
    ServerHttpRequest limited = new ServerHttpRequestDecorator(request) {
      @Override
      public Flux<DataBuffer> getBody() {
        AtomicLong received = new AtomicLong();
        return super.getBody().map(buffer -> {
          if (received.addAndGet(buffer.readableByteCount()) > MAX_REQUEST_BYTES) {
            DataBufferUtils.release(buffer);
            throw new DataBufferLimitException("Registration upload above " + MAX_REQUEST_BYTES + " bytes");
          }
          return buffer;
        });
      }
    };
    return chain.filter(exchange.mutate().request(limited).build());
  }
}
