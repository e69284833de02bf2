package id.kasir.app.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.kasir.app.e2e.EmbeddedKasir;
import id.kasir.application.payment.CreatePayment;
import id.kasir.application.payment.FindPayments;
import id.kasir.application.reconciliation.ReconciliationItem;
import id.kasir.application.reconciliation.ReconciliationRun;
import id.kasir.application.reconciliation.ReconciliationRuns;
import id.kasir.application.reconciliation.RunStatus;
import id.kasir.batch.reconciliation.BatchReconciliationLauncher;
import id.kasir.domain.common.Actor;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.money.Money;
import id.kasir.domain.payment.Customer;
import id.kasir.domain.payment.NewPayment;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentEvent;
import id.kasir.domain.payment.PaymentMethod;
import id.kasir.domain.payment.PaymentStatus;
import id.kasir.domain.payment.Payments;
import id.kasir.domain.reconciliation.ReconciliationOutcome;
import id.kasir.sandbox.faults.Fault;
import id.kasir.sandbox.faults.FaultRule;
import id.kasir.sandbox.faults.SandboxFaults;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reconciliation end to end: Kasir and its in-process sandbox over real HTTP, the gateways' notifications
 * lost (rejected for a bad signature), then the job, the janitor and the clock. Subclasses choose the
 * database (H2, MariaDB). Each test has its own Kasir and database.
 */
abstract class ReconciliationEndToEnd {

    protected EmbeddedKasir kasir;
    private ReconciliationTestBeans.MovedClock clock;

    /** The JDBC URL (and credentials as properties) of a fresh, empty database. */
    protected abstract String[] freshDatabase();

    protected EmbeddedKasir startKasir(String... extra) {
        String[] db = freshDatabase();
        List<String> properties = new java.util.ArrayList<>(List.of(java.util.Arrays.copyOfRange(db, 1, db.length)));
        properties.addAll(List.of("kasir.reconciliation.min-age=PT0S", "kasir.reconciliation.chunk-size=3",
                "kasir.reconciliation.enabled=false", "kasir.reconciliation.janitor.enabled=false",
                "kasir.payouts.follow-up.enabled=false"));
        properties.addAll(List.of(extra));
        return EmbeddedKasir.startWith(List.of(ReconciliationTestBeans.class), EmbeddedKasir.freePort(), db[0],
                properties.toArray(String[]::new));
    }

    @BeforeEach
    void start() {
        kasir = startKasir();
        clock = kasir.bean(ReconciliationTestBeans.MovedClock.class);
    }

    @AfterEach
    void stop() {
        if (kasir != null) {
            kasir.close();
        }
    }

    // ---------------------------------------------------------------------------------------------------

    private Payment create(String gateway, PaymentMethod method, long rupiah) {
        return kasir.bean(CreatePayment.class).create(new NewPayment("RECON-" + gateway + "-" + UUID.randomUUID(),
                GatewayId.of(gateway), method, Money.idr(rupiah), clock.instant().plus(Duration.ofMinutes(10)),
                new Customer("C-1", "6281234567890", "Siti", null), "reconciliation test", null, null),
                Actor.merchant("it")).payment();
    }

    private void sandbox(String gateway, String action, Payment payment) {
        String path = switch (gateway) {
            case "cashi" -> "/sandbox/cashi/_sandbox/orders/" + payment.reference() + "/" + action;
            default -> "/sandbox/" + gateway + "/_sandbox/orders/" + payment.reference() + "/" + action;
        };
        var answer = kasir.post(path, "{}");
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
    }

    private void fault(FaultRule rule) {
        kasir.bean(SandboxFaults.class).add(rule);
    }

    private void notificationsLost() {
        fault(FaultRule.of("cashin", "*", Fault.BAD_NOTIFICATION_SIGNATURE));
        fault(FaultRule.of("cashi", "*", Fault.BAD_NOTIFICATION_SIGNATURE));
        fault(FaultRule.of("payin", "*", Fault.BAD_NOTIFICATION_SIGNATURE));
    }

    private PaymentStatus status(Payment payment) {
        return kasir.bean(FindPayments.class).byId(payment.id()).status();
    }

    private ReconciliationRun runOnce() {
        assertThat(kasir.bean(BatchReconciliationLauncher.class).runFromCommandLine())
                .isEqualTo(BatchReconciliationLauncher.EXIT_COMPLETED);
        return kasir.bean(ReconciliationRuns.class).latest(1).get(0);
    }

    private Map<String, ReconciliationItem> lines(ReconciliationRun run) {
        return kasir.bean(ReconciliationRuns.class).items(run.id(), null, 0, 1000).stream()
                .collect(Collectors.toMap(ReconciliationItem::paymentId, Function.identity()));
    }

    private List<String> announced(Payment payment) {
        return kasir.bean(Payments.class).timeline(payment.id()).stream().map(PaymentEvent::summary).toList();
    }

    // ---------------------------------------------------------------------------------------------------

    @Test
    void eachOpenOrderEndsInTheGatewaysStateWithItsReportLine() {
        notificationsLost();
        Payment paid = create("cashin", PaymentMethod.QRIS, 25000);
        Payment failed = create("payin", PaymentMethod.QRIS, 20000);
        Payment stillOpen = create("cashin", PaymentMethod.CHECKOUT_PAGE, 30000);
        Payment mismatched = create("payin", PaymentMethod.QRIS, 40000);
        Payment erroring = create("cashi", PaymentMethod.QRIS, 15000);
        fault(FaultRule.of("cashin", "qr-mpm-generate", Fault.TIMEOUT_UNPROCESSED).withLatency(10).times(1));
        Payment unknownToGateway = create("cashin", PaymentMethod.QRIS, 26000);
        assertThat(status(unknownToGateway)).isEqualTo(PaymentStatus.PENDING);

        sandbox("cashin", "pay", paid);
        sandbox("payin", "fail", failed);
        fault(FaultRule.of("payin", "pay", Fault.WRONG_PAID_AMOUNT).withAmountDelta(1000).times(1));
        sandbox("payin", "pay", mismatched);
        fault(FaultRule.of("cashi", "check-status", Fault.HTTP_500));
        await().atMost(Duration.ofSeconds(30)).until(() -> kasir.bean(id.kasir.domain.notification.GatewayNotifications.class)
                .search(new id.kasir.domain.notification.NotificationSearch(null,
                        id.kasir.domain.notification.NotificationOutcome.REJECTED, null, null, 100)).size() >= 3);
        assertThat(status(paid)).as("the notification was rejected").isEqualTo(PaymentStatus.OPEN);

        ReconciliationRun run = runOnce();
        Map<String, ReconciliationItem> lines = lines(run);

        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(lines).hasSize(6);
        assertThat(lines.get(paid.id().value()).outcome()).isEqualTo(ReconciliationOutcome.PAID);
        assertThat(status(paid)).isEqualTo(PaymentStatus.PAID);
        assertThat(lines.get(failed.id().value()).outcome()).isEqualTo(ReconciliationOutcome.FAILED);
        assertThat(status(failed)).isEqualTo(PaymentStatus.FAILED);
        assertThat(lines.get(stillOpen.id().value()).outcome()).isEqualTo(ReconciliationOutcome.UNCHANGED);
        assertThat(status(stillOpen)).isEqualTo(PaymentStatus.OPEN);
        assertThat(lines.get(mismatched.id().value()).outcome()).isEqualTo(ReconciliationOutcome.AMOUNT_MISMATCH);
        assertThat(status(mismatched)).isEqualTo(PaymentStatus.OPEN);
        assertThat(lines.get(erroring.id().value()).outcome()).isEqualTo(ReconciliationOutcome.GATEWAY_UNKNOWN);
        assertThat(lines.get(erroring.id().value()).cause()).isNotNull();
        assertThat(lines.get(unknownToGateway.id().value()).outcome()).isEqualTo(ReconciliationOutcome.NOT_FOUND);
        assertThat(kasir.bean(ReconciliationRuns.class).countsByOutcome(run.id()))
                .containsEntry(ReconciliationOutcome.PAID, 1L).containsEntry(ReconciliationOutcome.GATEWAY_UNKNOWN, 1L);
    }

    @Test
    void aPaymentPaidButUnnotifiedPastItsExpiryEndsPaidAndIsNeverAnnouncedExpired() {
        notificationsLost();
        Payment paidLate = create("cashi", PaymentMethod.QRIS, 15000);
        Payment neverPaid = create("cashin", PaymentMethod.QRIS, 25000);
        sandbox("cashi", "pay", paidLate);
        clock.advance(Duration.ofMinutes(30));

        kasir.bean(id.kasir.application.payment.ExpireOverduePayments.class).expireOverdue(100);

        assertThat(status(paidLate)).isEqualTo(PaymentStatus.PAID);
        assertThat(announced(paidLate)).noneMatch(s -> s.startsWith("Expired"));
        assertThat(status(neverPaid)).isEqualTo(PaymentStatus.EXPIRED);
        ReconciliationRun run = runOnce();
        assertThat(lines(run)).isEmpty(); // nothing is left in flight
    }

    @Test
    void aRunKilledMidwayIsRestartedFromItsLastCommittedChunkAndCountsEachPaymentOnce() throws Exception {
        notificationsLost();
        List<Payment> open = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            open.add(create("payin", PaymentMethod.QRIS, 10000 + i));
        }
        for (Payment p : open.subList(0, 4)) {
            sandbox("payin", "pay", p);
        }
        kasir.bean(ReconciliationTestBeans.KillSwitch.class).arm(2); // chunks of 3: dies in the second
        var operator = kasir.bean(org.springframework.batch.core.launch.JobOperator.class);
        var job = kasir.bean(org.springframework.batch.core.job.Job.class);
        var nightly = new org.springframework.batch.core.job.parameters.JobParametersBuilder()
                .addString("businessDate", "2026-12-01", true).addString("trigger", "NIGHTLY", false)
                .addString("requestedBy", "system:scheduler", false).toJobParameters();

        var first = operator.start(job, nightly);
        assertThat(first.getStatus()).isEqualTo(org.springframework.batch.core.BatchStatus.FAILED);
        long runId = first.getJobInstance().getInstanceId();
        ReconciliationRuns runs = kasir.bean(ReconciliationRuns.class);
        assertThat(runs.byId(runId).orElseThrow().status()).isEqualTo(RunStatus.FAILED);
        // the first chunk, and the lines of the dying chunk's payments that were reconciled before it died
        assertThat(runs.items(runId, null, 0, 100)).hasSizeBetween(3, 6);

        var second = operator.start(job, nightly); // the same business date: the same run, restarted
        assertThat(second.getStatus()).isEqualTo(org.springframework.batch.core.BatchStatus.COMPLETED);
        assertThat(second.getJobInstance().getInstanceId()).isEqualTo(runId);
        assertThat(runs.byId(runId).orElseThrow().status()).isEqualTo(RunStatus.COMPLETED);
        List<ReconciliationItem> lines = runs.items(runId, null, 0, 100);
        assertThat(lines).extracting(ReconciliationItem::paymentId).doesNotHaveDuplicates().hasSize(8);
        assertThat(runs.countsByOutcome(runId)).containsEntry(ReconciliationOutcome.PAID, 4L)
                .containsEntry(ReconciliationOutcome.UNCHANGED, 4L);

        var third = org.assertj.core.api.Assertions.catchThrowable(() -> operator.start(job, nightly));
        assertThat(third).isInstanceOf(org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException.class);
    }

    @Test
    void theJanitorResolvesATimedOutCreateWithoutAnyoneTouchingIt() {
        stop();
        kasir = startKasir("kasir.reconciliation.janitor.enabled=true", "kasir.reconciliation.janitor.interval=PT0.2S",
                "kasir.providers.payin.read-timeout=PT2S");
        clock = kasir.bean(ReconciliationTestBeans.MovedClock.class);
        notificationsLost();
        fault(FaultRule.of("payin", "payIn", Fault.TIMEOUT).withLatency(6000).times(1));
        Payment timedOut = create("payin", PaymentMethod.QRIS, 30000);
        assertThat(status(timedOut)).isEqualTo(PaymentStatus.PENDING);

        // The janitor asks 1 min, 5 min, 30 min and 2 h after the create; the clock is moved to each step in
        // turn (a slow machine may see a status query time out too: then the next step asks again).
        for (Duration step : List.of(Duration.ofSeconds(61), Duration.ofMinutes(4), Duration.ofMinutes(25))) {
            clock.advance(step);
            try {
                await().atMost(Duration.ofSeconds(20)).until(() -> status(timedOut) != PaymentStatus.PENDING);
                break;
            } catch (org.awaitility.core.ConditionTimeoutException stillUnknown) {
                // next step
            }
        }
        assertThat(status(timedOut)).as("the sandbox processed the create").isIn(PaymentStatus.OPEN, PaymentStatus.PAYING);
        assertThat(kasir.bean(Payments.class).timeline(timedOut.id())).anyMatch(e -> e.actor().equals(Actor.system("janitor")));
    }
}
