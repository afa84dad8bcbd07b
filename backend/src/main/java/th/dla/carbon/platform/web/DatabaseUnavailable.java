package th.dla.carbon.platform.web;

import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTimeoutException;
import io.r2dbc.spi.R2dbcTransientResourceException;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure of the database itself (it is down, unreachable, restarting, or too slow: no connection within
 * the pool's acquire time, a statement past its timeout) from a fault in the request or the code. Such failures are
 * answered with 503 {@code service-unavailable} and a {@code Retry-After}: the client may retry the same request
 * (with the same {@code Idempotency-Key}), whereas a 500 says "do not bother".
 *
 * <p>They reach the API in several disguises, so the whole cause chain is searched: Spring's translation of R2DBC
 * errors ({@link DataAccessResourceFailureException} for a refused connection, {@link TransientDataAccessException}
 * for a timeout), {@link CannotCreateTransactionException} when a transaction cannot get its connection, the driver's
 * own {@link R2dbcException}s when no translation happened, and the pool's and the socket's exceptions.
 */
final class DatabaseUnavailable {

  /** Seconds a client is asked to wait before retrying: about the time PostgreSQL takes to restart or fail over. */
  static final String RETRY_AFTER_SECONDS = "5";
  static final String DETAIL = "The database is temporarily unavailable; please retry.";

  private DatabaseUnavailable() {}

  static boolean causedBy(Throwable ex) {
    for (Throwable cause = ex; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof TransientDataAccessException
          || cause instanceof DataAccessResourceFailureException
          || cause instanceof CannotCreateTransactionException
          || cause instanceof R2dbcTransientResourceException
          || cause instanceof R2dbcNonTransientResourceException
          || cause instanceof R2dbcTimeoutException
          || cause instanceof ConnectException
          || cause instanceof TimeoutException) {
        return true;
      }
      // connection exceptions (08xxx) and operator intervention (57P01 admin shutdown, 57P02 crash shutdown,
      // 57P03 cannot connect now: the server is starting or shutting down)
      if (cause instanceof R2dbcException r2dbc && r2dbc.getSqlState() != null
          && (r2dbc.getSqlState().startsWith("08") || r2dbc.getSqlState().startsWith("57P"))) {
        return true;
      }
    }
    return false;
  }
}
