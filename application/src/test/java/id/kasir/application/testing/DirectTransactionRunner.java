package id.kasir.application.testing;

import id.kasir.application.port.TransactionRunner;
import java.util.function.Supplier;

/** Runs the work as it is: the in-memory fakes need no transaction. */
public final class DirectTransactionRunner implements TransactionRunner {
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
