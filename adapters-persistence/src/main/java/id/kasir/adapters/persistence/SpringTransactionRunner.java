package id.kasir.adapters.persistence;

import id.kasir.application.port.TransactionRunner;
import java.util.function.Supplier;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the application's units of work in one Spring-managed transaction: the MyBatis mappers join
 * it, and any exception out of the work rolls all of it back. A transaction joins one already running
 * on the thread (PROPAGATION_REQUIRED). Retrying after a {@code StaleAggregateException} is the
 * caller's business and must happen <em>outside</em> the failed call, in a new transaction.
 */
public class SpringTransactionRunner implements TransactionRunner {

    private final TransactionTemplate template;

    public SpringTransactionRunner(PlatformTransactionManager transactionManager) {
        this.template = new TransactionTemplate(transactionManager);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return template.execute(status -> work.get());
    }
}
