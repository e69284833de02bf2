package id.kasir.batch.reconciliation;

import id.kasir.application.payment.ReconcilePayment;
import id.kasir.application.reconciliation.ReconciliationRuns;
import id.kasir.domain.payment.Payments;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.core.LockProvider;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.ChunkOrientedStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code reconciliation} job: one chunk-oriented step {@code reconcile-payments} (reader
 * {@link InFlightPaymentReader}, writer {@link ReconcileChunkWriter}), its run listener and launcher.
 * Needs the application's {@link ReconcilePayment}, {@link ReconciliationRuns}, {@link Payments}, a
 * {@link LockProvider} (ShedLock) and Spring Batch's JDBC job repository in Kasir's database (tables by
 * Flyway V13_1/V13_2). Item write listeners in the context are added to the step.
 */
@AutoConfiguration(afterName = "org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcAutoConfiguration")
@ConditionalOnBean(ReconcilePayment.class)
@EnableConfigurationProperties(ReconciliationProperties.class)
public class ReconciliationJobConfiguration {

    public static final String JOB = "reconciliation";
    public static final String STEP = "reconcile-payments";

    @Bean
    ReconciliationMetrics reconciliationMetrics(ObjectProvider<MeterRegistry> registry) {
        return new ReconciliationMetrics(registry.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean(destroyMethod = "shutdownNow")
    ExecutorService reconciliationGatewayCalls(ReconciliationProperties properties) {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory threads = task -> {
            Thread t = new Thread(task, "reconciliation-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        return Executors.newFixedThreadPool(properties.threads(), threads);
    }

    @Bean
    Job reconciliationJob(JobRepository repository, PlatformTransactionManager transactions, Payments payments,
                          ReconcilePayment reconcile, ReconciliationRuns runs, ReconciliationProperties properties,
                          ExecutorService reconciliationGatewayCalls, ReconciliationMetrics metrics, Clock clock,
                          ObjectProvider<ItemWriteListener<?>> writeListeners) {
        ReconcileChunkWriter writer = new ReconcileChunkWriter(reconcile, runs, new GatewayCallLimits(properties),
                reconciliationGatewayCalls, metrics, clock);
        ChunkOrientedStepBuilder<InFlightPayment, InFlightPayment> step = new StepBuilder(STEP, repository)
                .<InFlightPayment, InFlightPayment>chunk(properties.chunkSize())
                .transactionManager(transactions)
                .reader(new InFlightPaymentReader(payments, properties.minAge(), properties.chunkSize(), clock))
                .writer(writer)
                .listener(writer);
        writeListeners.orderedStream().forEach(step::listener);
        Step built = step.build();
        return new JobBuilder(JOB, repository)
                .listener(new ReconciliationRunListener(runs, runs::countInFlight, metrics, properties.minAge(), clock))
                .start(built)
                .build();
    }

    @Bean
    BatchReconciliationLauncher batchReconciliationLauncher(JobOperator operator, JobRepository repository,
                                                            Job reconciliationJob, LockProvider locks,
                                                            ReconciliationProperties properties, Clock clock) {
        SimpleAsyncTaskExecutor background = new SimpleAsyncTaskExecutor("reconciliation-run-");
        return new BatchReconciliationLauncher(operator, repository, reconciliationJob, locks, background,
                properties, clock);
    }

    @Bean
    @ConditionalOnProperty(name = "kasir.reconciliation.enabled", havingValue = "true", matchIfMissing = true)
    NightlyReconciliation nightlyReconciliation(BatchReconciliationLauncher launcher) {
        return new NightlyReconciliation(launcher);
    }
}
