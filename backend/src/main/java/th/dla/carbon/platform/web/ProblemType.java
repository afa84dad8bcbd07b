package th.dla.carbon.platform.web;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * Every kind of error the API can answer with. The {@code type} URIs are part of the API contract: clients
 * branch on them, so a constant here is never renamed, only added. Documented in docs/api.md.
 */
public enum ProblemType {
  NOT_FOUND("not-found", "Resource not found", HttpStatus.NOT_FOUND),
  VALIDATION_FAILED("validation-failed", "The request is not valid", HttpStatus.BAD_REQUEST),
  MALFORMED_REQUEST("malformed-request", "The request could not be read", HttpStatus.BAD_REQUEST),
  METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", HttpStatus.METHOD_NOT_ALLOWED),
  NOT_ACCEPTABLE("not-acceptable", "Response format not available", HttpStatus.NOT_ACCEPTABLE),
  UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Content type not supported", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
  PAYLOAD_TOO_LARGE("payload-too-large", "The request body is too large", HttpStatus.CONTENT_TOO_LARGE),
  URI_TOO_LONG("uri-too-long", "The request URI is too long", HttpStatus.URI_TOO_LONG),
  HEADERS_TOO_LARGE("headers-too-large", "The request headers are too large", HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE),
  UNAUTHORIZED("unauthorized", "Authentication required", HttpStatus.UNAUTHORIZED),
  INVALID_TOKEN("invalid-token", "The access token is not valid", HttpStatus.UNAUTHORIZED),
  INVALID_CREDENTIALS("invalid-credentials", "Sign-in failed", HttpStatus.UNAUTHORIZED),
  SESSION_EXPIRED("session-expired", "The session has ended", HttpStatus.UNAUTHORIZED),
  TOO_MANY_ATTEMPTS("too-many-attempts", "Too many attempts", HttpStatus.TOO_MANY_REQUESTS),
  FORBIDDEN("forbidden", "Not allowed", HttpStatus.FORBIDDEN),
  BUYER_NOT_VERIFIED("buyer-not-verified", "The buyer organisation may not trade", HttpStatus.FORBIDDEN),
  CONFLICT("conflict", "Conflict with the current state", HttpStatus.CONFLICT),
  INSUFFICIENT_CREDITS("insufficient-credits", "Not enough credits available", HttpStatus.CONFLICT),
  INSUFFICIENT_RESERVED("insufficient-reserved", "Not enough credits reserved", HttpStatus.CONFLICT),
  SERIAL_RANGE_OVERLAP("serial-range-overlap", "Serial numbers already issued", HttpStatus.CONFLICT),
  ISSUANCE_CONFLICT("issuance-conflict", "A different issuance has this TGO reference", HttpStatus.CONFLICT),
  ILLEGAL_TRANSITION("illegal-transition", "Not allowed in the current state", HttpStatus.CONFLICT),
  UNSUPPORTED_DOCUMENT("unsupported-document", "The file is not a PDF, JPEG or PNG", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
  REPORTING_WINDOW_CLOSED("reporting-window-closed", "No reporting window is open", HttpStatus.CONFLICT),
  LISTING_NOT_OPEN("listing-not-open", "The listing does not take bids", HttpStatus.CONFLICT),
  LISTING_SOLD_OUT("listing-sold-out", "The listing is sold out", HttpStatus.CONFLICT),
  INVALID_STATE("invalid-state", "Not possible in the current state", HttpStatus.CONFLICT),
  MAKER_CANNOT_APPROVE("maker-cannot-approve", "The maker of a listing cannot approve it", HttpStatus.FORBIDDEN),
  BID_REFUSED("bid-refused", "The bid cannot be placed", HttpStatus.CONFLICT),
  PRICE_BELOW_FLOOR("price-below-floor", "The price is below the market's floor", HttpStatus.CONFLICT),
  MARKET_FROZEN("market-frozen", "Trading is frozen", HttpStatus.LOCKED),
  IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", "The Idempotency-Key was used for a different request", HttpStatus.UNPROCESSABLE_CONTENT),
  INVALID_IMPORT_FILE("invalid-import-file", "The file cannot be imported", HttpStatus.UNPROCESSABLE_CONTENT),
  SERVICE_UNAVAILABLE("service-unavailable", "Service temporarily unavailable", HttpStatus.SERVICE_UNAVAILABLE),
  INTERNAL_ERROR("internal-error", "Internal error", HttpStatus.INTERNAL_SERVER_ERROR);

  public static final String BASE_URI = "https://carbon.dla.go.th/problems/";

  private final URI uri;
  private final String title;
  private final HttpStatus status;

  ProblemType(String slug, String title, HttpStatus status) {
    this.uri = URI.create(BASE_URI + slug);
    this.title = title;
    this.status = status;
  }

  public URI uri() {
    return uri;
  }

  public String title() {
    return title;
  }

  public HttpStatus status() {
    return status;
  }

  /** The generic type for a status code, used when no more specific type applies. */
  public static ProblemType forStatus(int status) {
    return switch (status) {
      case 400 -> MALFORMED_REQUEST;
      case 401 -> UNAUTHORIZED;
      case 403 -> FORBIDDEN;
      case 404 -> NOT_FOUND;
      case 405 -> METHOD_NOT_ALLOWED;
      case 406 -> NOT_ACCEPTABLE;
      case 409 -> CONFLICT;
      case 413 -> PAYLOAD_TOO_LARGE;
      case 414 -> URI_TOO_LONG;
      case 415 -> UNSUPPORTED_MEDIA_TYPE;
      case 429 -> TOO_MANY_ATTEMPTS;
      case 431 -> HEADERS_TOO_LARGE;
      case 422 -> VALIDATION_FAILED;
      case 503 -> SERVICE_UNAVAILABLE;
      default -> status >= 500 ? INTERNAL_ERROR : MALFORMED_REQUEST;
    };
  }
}
