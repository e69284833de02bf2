package id.kasir.app;

import id.kasir.batch.reconciliation.BatchReconciliationLauncher;
import java.util.Arrays;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Starts Kasir: the one application that wires every module together. Scheduled tasks that must run
 * once across all nodes say so with ShedLock's {@code @SchedulerLock}; the locks live in the database
 * (table {@code shedlock}), and a task holds its lock at most {@code defaultLockAtMostFor} if its node dies.
 *
 * <p>{@code --kasir.job=reconciliation} runs one reconciliation without the web server (profile {@code job}:
 * {@code server.port=-1}, so no port is opened; the servlet context is still built so the security
 * configurations of the portal, the API and the gateway endpoints wire as they always do) and without any
 * schedule, and exits: 0 the run completed (whatever its items' outcomes), 1 the run failed (the next run of
 * the same date restarts it), 2 it could not start, 3 another run was in progress.
 */
@SpringBootApplication
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
public class KasirApplication {

    static final String RECONCILIATION_JOB = "--kasir.job=reconciliation";

    public static void main(String[] args) {
        if (Arrays.asList(args).contains(RECONCILIATION_JOB)) {
            System.exit(runReconciliation(args));
        }
        SpringApplication.run(KasirApplication.class, args);
    }

    /** One reconciliation run from the command line; returns the process's exit code. */
    static int runReconciliation(String... args) {
        SpringApplication application = new SpringApplication(KasirApplication.class);
        application.setAdditionalProfiles("job");
        try (ConfigurableApplicationContext context = application.run(args)) {
            return context.getBean(BatchReconciliationLauncher.class).runFromCommandLine();
        } catch (RuntimeException couldNotStart) {
            couldNotStart.printStackTrace(System.err);
            return BatchReconciliationLauncher.EXIT_COULD_NOT_START;
        }
    }
}
