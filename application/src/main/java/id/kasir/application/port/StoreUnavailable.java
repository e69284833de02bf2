package id.kasir.application.port;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Kasir's own database could not be reached (no connection within the pool's wait, the connection lost
 * mid-statement, the server refusing connections): an outage of Kasir, not a fault of whoever called,
 * and not a bug. Callers answer "try again later" — a merchant 503 with {@code Retry-After}, a gateway
 * the status its document retries on — and log one line, not a stack trace per request.
 *
 * <p>Thrown as itself where a piece of Kasir wants to say so; {@link #isCauseOf} also recognises the
 * failures of the JDBC layer by their JDK types anywhere in a cause chain (the persistence adapter's
 * Spring and MyBatis wrappers keep the driver's or the pool's {@code SQLException} as a cause): the pool's
 * time-out ({@link SQLTransientConnectionException}), a connection that cannot be made
 * ({@link SQLNonTransientConnectionException}) and one that broke ({@link SQLRecoverableException},
 * e.g. MySQL Connector/J's {@code CommunicationsException}). Decided from types only, never from a
 * message's wording.
 */
public class StoreUnavailable extends RuntimeException {

    public StoreUnavailable(String message, Throwable cause) {
        super(message, cause);
    }

    /** Whether {@code failure}, or anything in its cause chain, says the database could not be reached. */
    public static boolean isCauseOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof StoreUnavailable || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException || cause instanceof SQLRecoverableException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The failure named for a log line: its type, and the first cause that is an outage's (which says which
     * pool or driver gave up). No stack trace, no message of a wrapper that might quote SQL and its values.
     */
    public static String describe(Throwable failure) {
        Throwable outage = failure;
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException) {
                outage = cause;
                break;
            }
        }
        return outage == failure ? failure.getClass().getSimpleName()
                : failure.getClass().getSimpleName() + " <- " + outage.getClass().getSimpleName();
    }
}
