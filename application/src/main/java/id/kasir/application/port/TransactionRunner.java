package id.kasir.application.port;

import java.util.function.Supplier;

/**
 * Runs work in one database transaction: all of it is stored, or none. The application names the
 * boundary; the persistence adapter decides how (Spring's transaction manager in {@code app}).
 */
public interface TransactionRunner {

    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
