package id.kasir.batch.reconciliation;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The nightly run at {@code kasir.reconciliation.cron} (default {@code 0 0 1 * * *}: 01:00) in
 * {@code kasir.reconciliation.zone} (default Asia/Jakarta), on one node: ShedLock's lock first, then the
 * job instance of the business date (a node whose clock is late finds it complete and does nothing).
 * Off with {@code kasir.reconciliation.enabled=false}.
 */
public class NightlyReconciliation {

    private final BatchReconciliationLauncher launcher;

    NightlyReconciliation(BatchReconciliationLauncher launcher) {
        this.launcher = launcher;
    }

    @Scheduled(cron = "${kasir.reconciliation.cron:0 0 1 * * *}", zone = "${kasir.reconciliation.zone:Asia/Jakarta}")
    @SchedulerLock(name = BatchReconciliationLauncher.LOCK, lockAtMostFor = "${kasir.reconciliation.lock-at-most-for:PT6H}")
    public void run() {
        launcher.runNightlyHoldingTheLock();
    }
}
