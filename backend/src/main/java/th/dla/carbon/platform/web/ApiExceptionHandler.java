package th.dla.carbon.platform.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.codec.CodecException;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerErrorException;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;

/**
 * The one place where exceptions become RFC 7807 responses. Spring's base class already maps the framework's
 * exceptions to the right status; this class gives each a stable {@code type}, adds per-field {@code errors},
 * and makes sure nothing internal (stack traces, SQL, class names) reaches a client.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  @ExceptionHandler(DataBufferLimitException.class)
  Mono<ResponseEntity<Object>> tooLarge(DataBufferLimitException ex, ServerWebExchange exchange) {
    return problem(ProblemType.PAYLOAD_TOO_LARGE, "The request body exceeds the allowed size.", List.of(), exchange);
  }

  /**
   * A body that fails to decode while the handler reads it (a multipart body without its boundary, cut short, ...):
   * Spring raises these lazily, outside argument resolution, so they do not arrive as ServerWebInputException.
   */
  @ExceptionHandler(DecodingException.class)
  Mono<ResponseEntity<Object>> undecodable(DecodingException ex, ServerWebExchange exchange) {
    if (hasCause(ex, DataBufferLimitException.class)) {
      return problem(ProblemType.PAYLOAD_TOO_LARGE, "The request body exceeds the allowed size.", List.of(), exchange);
    }
    logger.debug("Undecodable request body: " + ex.getMessage());
    closeConnection(exchange);
    return problem(ProblemType.MALFORMED_REQUEST, "The request body could not be read.", List.of(), exchange);
  }

  /**
   * After a body that could not be parsed (an unterminated multipart, say) the parser may still be attached to the
   * connection: a client that sent its next request on it waited until the parser gave up. So the answer closes it.
   */
  private static void closeConnection(ServerWebExchange exchange) {
    exchange.getResponse().getHeaders().setConnection("close");
  }

  /** A media type in the request that cannot be parsed, such as the Content-Type header of one multipart part. */
  @ExceptionHandler(InvalidMediaTypeException.class)
  Mono<ResponseEntity<Object>> invalidMediaType(InvalidMediaTypeException ex, ServerWebExchange exchange) {
    closeConnection(exchange);
    return problem(ProblemType.MALFORMED_REQUEST,
        "A content type in the request is not valid: '" + ex.getMediaType() + "'.", List.of(), exchange);
  }

  @ExceptionHandler(DataIntegrityViolationException.class)
  Mono<ResponseEntity<Object>> integrity(DataIntegrityViolationException ex, ServerWebExchange exchange) {
    logger.info("Constraint violation mapped to 409: " + ex.getMostSpecificCause().getMessage());
    return problem(ProblemType.CONFLICT, "The change conflicts with existing data.", List.of(), exchange);
  }

  @ExceptionHandler(TransientDataAccessException.class)
  Mono<ResponseEntity<Object>> databaseUnavailable(TransientDataAccessException ex, ServerWebExchange exchange) {
    return serviceUnavailable(ex, exchange);
  }

  /**
   * The database is down, unreachable or too slow (see {@link DatabaseUnavailable}): 503 with Retry-After, fast —
   * the pool's acquire and connect timeouts and the statement timeout bound how long a request waits for it.
   */
  private Mono<ResponseEntity<Object>> serviceUnavailable(Throwable ex, ServerWebExchange exchange) {
    logger.warn("Database unavailable on " + exchange.getRequest().getMethod() + " " + exchange.getRequest().getPath() + ": " + ex);
    return problem(ProblemType.SERVICE_UNAVAILABLE, DatabaseUnavailable.DETAIL, List.of(), exchange)
        .map(entity -> ResponseEntity.status(entity.getStatusCode()).headers(entity.getHeaders())
            .header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS).body(entity.getBody()));
  }

  @ExceptionHandler(Exception.class)
  Mono<ResponseEntity<Object>> unexpected(Exception ex, ServerWebExchange exchange) {
    if (DatabaseUnavailable.causedBy(ex)) {
      return serviceUnavailable(ex, exchange);
    }
    logger.error("Unhandled error on " + exchange.getRequest().getMethod() + " " + exchange.getRequest().getPath(), ex);
    return problem(ProblemType.INTERNAL_ERROR, "An unexpected error occurred. It has been logged.", List.of(), exchange);
  }

  @Override
  protected Mono<ResponseEntity<Object>> handleServerWebInputException(
      ServerWebInputException ex, HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
    if (hasCause(ex, DataBufferLimitException.class)) {
      return problem(ProblemType.PAYLOAD_TOO_LARGE, "The request body exceeds the allowed size.", List.of(), exchange);
    }
    List<FieldProblem> errors = new ArrayList<>();
    String detail;
    if (ex.getCause() instanceof TypeMismatchException mismatch) {
      String field = mismatch.getPropertyName() != null ? mismatch.getPropertyName() : ex.getMethodParameter() != null ? ex.getMethodParameter().getParameterName() : "value";
      errors.add(new FieldProblem(field, "has the wrong type or format"));
      detail = "Parameter '" + field + "' has the wrong type or format.";
    } else if (findCause(ex, JacksonException.class) instanceof JacksonException json) {
      String field = jsonPath(json);
      if (field.isEmpty()) {
        detail = "The request body is not valid JSON.";
      } else {
        errors.add(new FieldProblem(field, "has the wrong type or format"));
        detail = "Field '" + field + "' has the wrong type or format.";
      }
    } else if (hasCause(ex, CodecException.class)) {
      detail = "The request body could not be read.";
    } else if (ex.getReason() != null && ex.getReason().startsWith("No request body")) {
      detail = "A request body is required.";
    } else {
      detail = ex.getReason() != null ? ex.getReason() : "The request could not be read.";
    }
    return problem(ProblemType.MALFORMED_REQUEST, detail, errors, exchange);
  }

  /**
   * Spring reports a path variable that converts to nothing (a blank segment such as {@code /bids/%20/accept})
   * as a "missing" variable, a server error by its reckoning; for a client it is a malformed path.
   */
  @Override
  protected Mono<ResponseEntity<Object>> handleServerErrorException(
      ServerErrorException ex, HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
    MethodParameter parameter = ex.getMethodParameter();
    if (parameter != null && parameter.hasParameterAnnotation(PathVariable.class)) {
      String name = parameter.getParameterName() == null ? "path" : parameter.getParameterName();
      return problem(ProblemType.MALFORMED_REQUEST, "The path segment '" + name + "' is empty or not valid.",
          List.of(new FieldProblem(name, "has the wrong type or format")), exchange);
    }
    return super.handleServerErrorException(ex, headers, status, exchange);
  }

  @Override
  protected Mono<ResponseEntity<Object>> handleWebExchangeBindException(
      WebExchangeBindException ex, HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
    List<FieldProblem> errors = new ArrayList<>();
    for (FieldError error : ex.getFieldErrors()) {
      errors.add(new FieldProblem(error.getField(), error.getDefaultMessage()));
    }
    ex.getGlobalErrors().forEach(error -> errors.add(new FieldProblem(error.getObjectName(), error.getDefaultMessage())));
    return problem(ProblemType.VALIDATION_FAILED, "Some fields are not valid.", errors, exchange);
  }

  @Override
  protected Mono<ResponseEntity<Object>> handleHandlerMethodValidationException(
      HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
    List<FieldProblem> errors = new ArrayList<>();
    ex.getParameterValidationResults().forEach(result -> {
      String parameter = result.getMethodParameter().getParameterName();
      result.getResolvableErrors().forEach(error -> {
        String field = error instanceof FieldError fieldError ? fieldError.getField() : parameter;
        errors.add(new FieldProblem(field, error.getDefaultMessage()));
      });
    });
    return problem(ProblemType.VALIDATION_FAILED, "Some parameters are not valid.", errors, exchange);
  }

  /** Every other framework exception arrives here with a ProblemDetail body: give it our stable type. */
  @Override
  protected Mono<ResponseEntity<Object>> handleExceptionInternal(
      Exception ex, Object body, HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
    if (body == null && ex instanceof org.springframework.web.ErrorResponse errorResponse) {
      body = errorResponse.getBody();
    }
    // Spring 7 leaves the type of its own problems null (it used to be about:blank)
    if (body instanceof ProblemDetail problem
        && (problem.getType() == null || !problem.getType().toString().startsWith(ProblemType.BASE_URI))) {
      ProblemType type = ProblemType.forStatus(status.value());
      problem.setType(type.uri());
      problem.setTitle(type.title());
      if (status.value() == 404) {
        problem.setDetail("No resource at " + exchange.getRequest().getPath().value());
      }
    }
    if (body instanceof ProblemDetail problem && (problem.getDetail() == null || problem.getDetail().isBlank())) {
      problem.setDetail(status.value() == 413 ? "The request body exceeds the allowed size." : ProblemType.forStatus(status.value()).title() + ".");
    }
    if (body instanceof ProblemDetail problem && ex instanceof UnsupportedMediaTypeStatusException unsupported) {
      // Spring's own detail names the Java type of the body ("bodyType=th.dla...LoginRequest")
      problem.setDetail(unsupportedDetail(unsupported));
    }
    // always problem+json, whatever the Accept header asked for (text/event-stream would frame it as an event)
    return super.handleExceptionInternal(ex, body, headers, status, exchange)
        .map(entity -> ResponseEntity.status(entity.getStatusCode())
            .headers(copy -> copy.addAll(entity.getHeaders()))
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .body(entity.getBody()));
  }

  static String unsupportedDetail(UnsupportedMediaTypeStatusException ex) {
    String sent = ex.getContentType() == null ? "The request has no usable Content-Type" : "Content type '" + ex.getContentType() + "' is not supported here";
    List<String> supported = ex.getSupportedMediaTypes().stream().filter(MediaType::isConcrete).map(MediaType::toString).distinct().toList();
    return supported.isEmpty() ? sent + "." : sent + "; send " + String.join(" or ", supported) + ".";
  }

  private Mono<ResponseEntity<Object>> problem(
      ProblemType type, String detail, List<FieldProblem> errors, ServerWebExchange exchange) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
    problem.setType(type.uri());
    problem.setTitle(type.title());
    problem.setInstance(java.net.URI.create(exchange.getRequest().getPath().value()));
    if (!errors.isEmpty()) {
      problem.setProperty("errors", errors);
    }
    return Mono.just(ResponseEntity.status(type.status()).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem));
  }

  private static String jsonPath(JacksonException json) {
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference reference : json.getPath()) {
      if (reference.getPropertyName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(reference.getPropertyName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static boolean hasCause(Throwable ex, Class<? extends Throwable> type) {
    return findCause(ex, type) != null;
  }

  private static Throwable findCause(Throwable ex, Class<? extends Throwable> type) {
    for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return cause;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return null;
  }
}
