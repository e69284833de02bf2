package id.kasir.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.batch.reconciliation.BatchReconciliationLauncher;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code java -jar kasir.jar --kasir.job=reconciliation}: one run without the web server, and its exit code. */
class ReconciliationCommandLineIT {

    private static String h2() {
        return "--spring.datasource.url=jdbc:h2:mem:cli-" + UUID.randomUUID()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    }

    @Test
    void aRunThatCompletesExitsZero() {
        assertThat(KasirApplication.runReconciliation(KasirApplication.RECONCILIATION_JOB, h2(),
                "--spring.main.banner-mode=off")).isEqualTo(BatchReconciliationLauncher.EXIT_COMPLETED);
    }

    @Test
    void aRunThatCannotStartExitsTwo() {
        assertThat(KasirApplication.runReconciliation(KasirApplication.RECONCILIATION_JOB,
                "--spring.datasource.url=jdbc:mysql://127.0.0.1:1/nowhere?connectTimeout=500",
                "--spring.datasource.hikari.initialization-fail-timeout=1", "--spring.main.banner-mode=off"))
                .isEqualTo(BatchReconciliationLauncher.EXIT_COULD_NOT_START);
    }
}
