package th.dla.carbon.platform.web;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Last line of the error contract: errors raised outside a controller (in a filter, or while choosing a handler,
 * such as 405 or 406) would otherwise reach Spring Boot's default handler, which does not speak RFC 7807.
 * Ordered before it.
 */
@Component
@Order(-2)
public class ProblemWebExceptionHandler implements WebExceptionHandler {

  private static final Log log = LogFactory.getLog(ProblemWebExceptionHandler.class);
  private final ProblemResponseWriter writer;

  ProblemWebExceptionHandler(ProblemResponseWriter writer) {
    this.writer = writer;
  }

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
    if (exchange.getResponse().isCommitted()) {
      return Mono.error(ex);
    }
    if (ex instanceof ProblemException problem) {
      ProblemType type = ProblemType.forStatus(problem.getStatusCode().value());
      return writer.write(exchange, type, problem.getBody().getDetail());
    }
    if (ex instanceof ResponseStatusException status) {
      ProblemType type = ProblemType.forStatus(status.getStatusCode().value());
      String detail = status.getStatusCode().value() == 404
          ? "No resource at " + exchange.getRequest().getPath().value()
          : status instanceof org.springframework.web.server.UnsupportedMediaTypeStatusException unsupported
              ? ApiExceptionHandler.unsupportedDetail(unsupported)
              : status.getReason() != null ? status.getReason() : type.title();
      if (status.getStatusCode().is5xxServerError()) {
        log.error("Server error outside a controller on " + exchange.getRequest().getPath(), ex);
      }
      exchange.getResponse().getHeaders().addAll(status.getHeaders());
      return writer.write(exchange, type, detail);
    }
    if (DatabaseUnavailable.causedBy(ex)) {
      log.warn("Database unavailable outside a controller on " + exchange.getRequest().getPath() + ": " + ex);
      exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
      return writer.write(exchange, ProblemType.SERVICE_UNAVAILABLE, DatabaseUnavailable.DETAIL);
    }
    log.error("Unhandled error outside a controller on " + exchange.getRequest().getPath(), ex);
    return writer.write(exchange, ProblemType.INTERNAL_ERROR, "An unexpected error occurred. It has been logged.");
  }
}
