package id.kasir.application.payment;

import id.kasir.application.port.TransactionRunner;
import id.kasir.domain.common.StaleAggregateException;
import java.util.function.Supplier;

/**
 * Runs a read-judge-write step in a transaction and, when someone else changed the aggregate first,
 * runs it again from the read: the other change is never overwritten, it is re-judged. Used by the
 * payment and the payout use cases alike.
 */
public final class RetryOnStale {

    static final int MAX_ATTEMPTS = 10;

    private final TransactionRunner transactions;

    public RetryOnStale(TransactionRunner transactions) {
        this.transactions = transactions;
    }

    public <T> T run(Supplier<T> step) {
        StaleAggregateException last = null;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            try {
                return transactions.inTransaction(step);
            } catch (StaleAggregateException e) {
                last = e;
            }
        }
        throw last;
    }
}
