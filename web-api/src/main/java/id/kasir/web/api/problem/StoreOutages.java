package id.kasir.web.api.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import id.kasir.application.port.StoreUnavailable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Kasir's own database unreachable or overloaded: not a bug and not the client's fault, so the API
 * answers 503 with {@code Retry-After} instead of a 500 (or, while checking an API key, a 401 that
 * would tell the merchant to replace a good key). Decided from exception types only: Spring's
 * data-access failures ({@code CannotGetJdbcConnectionException} is a
 * {@link DataAccessResourceFailureException}), a transaction that could not begin for want of a
 * connection, and the JDBC driver's and pool's connection exceptions ({@link StoreUnavailable#isCauseOf},
 * shared with the gateway endpoints and the schedulers), anywhere in the cause chain.
 */
public final class StoreOutages {

    /** How long a client should wait before trying again: a pool time-out or a fail-over takes seconds. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private StoreOutages() {
    }

    public static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessException
                    || cause instanceof CannotCreateTransactionException) {
                return true;
            }
        }
        return StoreUnavailable.isCauseOf(failure);
    }

    public static ProblemDetail problem() {
        return Problems.of(503, "service-unavailable", "Service unavailable", "Kasir cannot reach its database just "
                + "now. Try again in " + RETRY_AFTER_SECONDS + " seconds: a payment request sent again with the same "
                + "orderId (or Idempotency-Key) answers the payment if this one was made");
    }

    /** Writes the 503 straight to the response (for filters, before Spring MVC). */
    public static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        ProblemJson.write(response, Problems.at(request, problem()));
    }
}
