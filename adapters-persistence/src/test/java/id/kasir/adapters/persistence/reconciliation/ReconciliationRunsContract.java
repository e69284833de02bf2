package id.kasir.adapters.persistence.reconciliation;

import static id.kasir.adapters.persistence.testing.PaymentFixture.T0;
import static id.kasir.adapters.persistence.testing.PaymentFixture.aPayment;
import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.adapters.persistence.testing.PersistenceContract;
import id.kasir.application.reconciliation.PaymentRechecks;
import id.kasir.application.reconciliation.ReconciliationItem;
import id.kasir.application.reconciliation.ReconciliationRun;
import id.kasir.application.reconciliation.ReconciliationRuns;
import id.kasir.application.reconciliation.RunStatus;
import id.kasir.application.reconciliation.RunTrigger;
import id.kasir.domain.gateway.UnknownCause;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.Payments;
import id.kasir.domain.reconciliation.ReconciliationOutcome;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Runs, their report lines (once per payment per run) and the janitor's candidates, on H2 and MySQL. */
public abstract class ReconciliationRunsContract extends PersistenceContract {

    @Autowired
    ReconciliationRuns runs;
    @Autowired
    PaymentRechecks rechecks;
    @Autowired
    Payments payments;

    @BeforeEach
    void emptyReconciliationTables() {
        jdbc.update("DELETE FROM reconciliation_items");
        jdbc.update("DELETE FROM reconciliation_runs");
        jdbc.update("DELETE FROM payment_rechecks");
    }

    private static ReconciliationItem line(long run, String payment, String gateway, ReconciliationOutcome outcome) {
        return new ReconciliationItem(0, run, payment, "order-" + payment, gateway, outcome,
                outcome == ReconciliationOutcome.GATEWAY_UNKNOWN ? UnknownCause.TIMEOUT : null, "detail", 120, T0);
    }

    @Test
    void aRestartedRunKeepsItsRowAndCountsEachPaymentOnce() {
        runs.begin(new ReconciliationRun(7, RunTrigger.NIGHTLY, LocalDate.of(2024, 5, 1), "system:scheduler", T0, null,
                RunStatus.RUNNING, 3));
        assertThat(runs.record(List.of(line(7, "p1", "cashi", ReconciliationOutcome.PAID),
                line(7, "p2", "cashin", ReconciliationOutcome.GATEWAY_UNKNOWN)))).isEqualTo(2);
        runs.finish(7, RunStatus.FAILED, T0.plusSeconds(5));

        runs.begin(new ReconciliationRun(7, RunTrigger.NIGHTLY, LocalDate.of(2024, 5, 1), "system:scheduler",
                T0.plusSeconds(60), null, RunStatus.RUNNING, 99));
        assertThat(runs.record(List.of(line(7, "p2", "cashin", ReconciliationOutcome.GATEWAY_UNKNOWN),
                line(7, "p3", "cashin", ReconciliationOutcome.UNCHANGED)))).isEqualTo(1);
        runs.finish(7, RunStatus.COMPLETED, T0.plusSeconds(90));

        ReconciliationRun run = runs.byId(7).orElseThrow();
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.startedAt()).isEqualTo(T0);
        assertThat(run.inFlightAtStart()).isEqualTo(3);
        assertThat(runs.lastCompleted()).contains(run);
        assertThat(runs.countsByOutcome(7)).containsEntry(ReconciliationOutcome.PAID, 1L)
                .containsEntry(ReconciliationOutcome.GATEWAY_UNKNOWN, 1L).containsEntry(ReconciliationOutcome.UNCHANGED, 1L);
        assertThat(runs.countsByGateway(7)).contains(
                new ReconciliationRuns.GatewayCount("cashin", ReconciliationOutcome.GATEWAY_UNKNOWN, 1));
        assertThat(runs.items(7, ReconciliationOutcome.GATEWAY_UNKNOWN, 0, 10)).singleElement()
                .satisfies(i -> assertThat(i.cause()).isEqualTo(UnknownCause.TIMEOUT));
        assertThat(runs.items(7, null, 0, 10)).extracting(ReconciliationItem::paymentId).containsExactly("p1", "p2", "p3");
        assertThat(runs.latest(5)).extracting(ReconciliationRun::id).containsExactly(7L);
    }

    @Test
    void theJanitorSeesPendingPaymentsAndThoseWithARejectedNotification() {
        Payment pending = aPayment().id("pay-pending").orderId("o-1").reference("ref-1").requested();
        Payment open = aPayment().id("pay-open").orderId("o-2").reference("ref-2").opened("GW-2");
        Payment quiet = aPayment().id("pay-quiet").orderId("o-3").reference("ref-3").opened("GW-3");
        payments.add(pending);
        payments.add(open);
        payments.add(quiet);
        jdbc.update("INSERT INTO gateway_notifications (gateway, dedup_key, reference, verification, body, received_at, "
                + "outcome) VALUES (?, 'rejected:1', 'GW-2', 'REJECTED', '{}', ?, 'REJECTED')",
                open.gateway().value(), java.sql.Timestamp.valueOf(T0.plusSeconds(30).atZone(java.time.ZoneOffset.UTC)
                        .toLocalDateTime()));

        assertThat(rechecks.candidates(4, 10)).extracting(c -> c.paymentId().value())
                .containsExactlyInAnyOrder("pay-pending", "pay-open");
        rechecks.checked(pending.id(), 4, T0);
        rechecks.checked(open.id(), 1, T0);
        assertThat(rechecks.candidates(4, 10)).singleElement().satisfies(c -> {
            assertThat(c.paymentId()).isEqualTo(open.id());
            assertThat(c.attempts()).isEqualTo(1);
            // whole seconds: MariaDB returns the MIN() of DATETIME(6) in a CASE without its fraction; the back-off counts minutes
            assertThat(c.since().getEpochSecond()).isEqualTo(T0.plusSeconds(30).getEpochSecond());
        });
    }
}
