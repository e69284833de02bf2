package id.kasir.application.testing;

import id.kasir.application.port.TransactionRunner;
import java.util.function.Supplier;

/**
 * Runs the work as one step over the in-memory fakes: holding the fakes' lock for the whole
 * "transaction", so a reader on another thread (a test waiting for a notification's effect) sees
 * either none of it or all of it — the stored status and what the status listeners wrote — as it
 * would with a database.
 */
public final class DirectTransactionRunner implements TransactionRunner {

    private final Object lock;

    public DirectTransactionRunner() {
        this(new Object());
    }

    public DirectTransactionRunner(Object lock) {
        this.lock = lock;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        synchronized (lock) {
            return work.get();
        }
    }
}
