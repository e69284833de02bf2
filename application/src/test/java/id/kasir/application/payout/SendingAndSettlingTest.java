package id.kasir.application.payout;

import static id.kasir.application.testing.TestPayoutKasir.ABDI;
import static id.kasir.application.testing.TestPayoutKasir.FINA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kasir.application.testing.FakePayoutGateway;
import id.kasir.application.testing.TestPayoutKasir;
import id.kasir.domain.common.Actor;
import id.kasir.domain.fixtures.PayoutFixtures;
import id.kasir.domain.gateway.GatewayCallResult;
import id.kasir.domain.gateway.GatewayExchange;
import id.kasir.domain.gateway.UnknownCause;
import id.kasir.domain.money.Money;
import id.kasir.domain.ops.OpsException;
import id.kasir.domain.ops.OpsExceptionType;
import id.kasir.domain.payout.Payout;
import id.kasir.domain.payout.PayoutEvent;
import id.kasir.domain.payout.PayoutEventType;
import id.kasir.domain.payout.PayoutReportOutcome;
import id.kasir.domain.payout.PayoutStatus;
import id.kasir.domain.payout.TransferOutcome;
import id.kasir.domain.payout.TransferReport;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Sending a transfer exactly once, and settling it through the one apply path, with a scripted gateway. */
class SendingAndSettlingTest {

    private static final ApprovePayout.Approval PLAIN = new ApprovePayout.Approval(false, null, null);
    private static final Actor FOLLOW_UP = Actor.system("test-follow-up");

    private final FakePayoutGateway cashin = new FakePayoutGateway("cashin");
    private final TestPayoutKasir kasir = new TestPayoutKasir(cashin);

    private Payout approved(long rupiah) {
        Payout payout = kasir.requested(rupiah);
        return kasir.approve.approve(payout.id(), ABDI, PLAIN, null);
    }

    private static GatewayCallResult<TransferReport> timeout(String operation) {
        return GatewayCallResult.unknown(UnknownCause.TIMEOUT, "read timed out", GatewayExchange.none(operation));
    }

    private List<PayoutEventType> timeline(Payout payout) {
        return kasir.payouts.timeline(payout.id()).stream().map(PayoutEvent::type).toList();
    }

    private List<OpsException> ops(Payout payout) {
        return kasir.opsExceptions.bySubject(payout.id().value());
    }

    @Test
    void aTimeOutOnTheTransferLeavesItProcessingAndTheStatusQuerySettlesItWithOneTransfer() {
        cashin.onTransfer(order -> timeout("transfer"));
        Payout payout = approved(50_000);
        assertThat(payout.status()).isEqualTo(PayoutStatus.PROCESSING);
        assertThat(kasir.payouts.timeline(payout.id())).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(PayoutEventType.OUTCOME_UNKNOWN);
            assertThat(e.summary()).contains("TIMEOUT");
        });

        kasir.clock.advance(Duration.ofSeconds(5));
        FollowUpPayouts.Report report = kasir.followUp.run(10);

        assertThat(report.checked()).isEqualTo(1);
        assertThat(kasir.current(payout).status()).isEqualTo(PayoutStatus.SUCCEEDED);
        assertThat(cashin.transfers).hasSize(1);
        assertThat(kasir.events(payout)).endsWith("payout.processing", "payout.succeeded");
    }

    @Test
    void a5xxOnTheTransferIsUnknownNeverFailed() {
        cashin.onTransfer(order -> GatewayCallResult.unknown(UnknownCause.GATEWAY_ERROR, "5003800 Internal Server Error",
                new GatewayExchange("transfer", "{}", "{\"responseCode\":\"5003800\"}", 500, null)));

        Payout payout = approved(50_000);

        assertThat(payout.status()).isEqualTo(PayoutStatus.PROCESSING);
        assertThat(payout.nextCheckAt()).contains(kasir.clock.instant().plusSeconds(5));
        assertThat(cashin.transfers).hasSize(1);
    }

    @Test
    void aDeclinedTransferFailsAndTheMerchantIsTold() {
        cashin.onTransfer(order -> GatewayCallResult.declined("4003802", "Invalid Mandatory Field",
                FakePayoutGateway.exchange("transfer")));

        Payout payout = approved(50_000);

        assertThat(payout.status()).isEqualTo(PayoutStatus.FAILED);
        assertThat(payout.statusReason()).hasValueSatisfying(r -> assertThat(r).contains("4003802"));
        assertThat(kasir.events(payout)).endsWith("payout.failed");
    }

    @Test
    void twoSendersAtOnceSendOneTransfer() throws Exception {
        Payout payout = PayoutFixtures.aPayout().at(kasir.clock.instant()).approved();
        kasir.payouts.add(payout);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Payout>> sends = List.of(1, 2, 3, 4).stream().map(i -> pool.submit(() -> {
                start.await();
                return kasir.execute.send(payout.id());
            })).toList();
            start.countDown();
            for (Future<Payout> send : sends) {
                send.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(cashin.transfers).hasSize(1);
        assertThat(kasir.current(payout).transferAttempts()).isEqualTo(1);
    }

    @Test
    void aLimitReachedAfterApprovalStopsTheTransferJustBeforeSending() {
        TestPayoutKasir small = new TestPayoutKasir(cashin, new PayoutPolicy(kasir.policy.gateway(), Money.idr(10_000),
                Money.idr(60_000), Money.idr(100_000), Money.idr(60_000), kasir.policy.businessZone(),
                Duration.ofMinutes(5), 3, kasir.policy.statusCheckBackoff(), kasir.policy.unsentAfter()));
        // Both approved before either was sent (two approvers at once): the second must not pass the limit.
        Payout spent = PayoutFixtures.aPayout().withAmount(Money.idr(60_000)).at(small.clock.instant()).approved();
        Payout late = PayoutFixtures.aPayout().withAmount(Money.idr(50_000)).at(small.clock.instant()).approved();
        small.payouts.add(spent);
        small.payouts.add(late);
        small.execute.send(spent.id());

        Payout stopped = small.execute.send(late.id());

        assertThat(stopped.status()).isEqualTo(PayoutStatus.FAILED);
        assertThat(stopped.statusReason()).hasValueSatisfying(r -> assertThat(r).startsWith("not sent").contains("daily limit"));
        assertThat(cashin.transfers).extracting(t -> t.payoutId()).containsExactly(spent.id());
        assertThat(small.events(late)).containsExactly("payout.failed");
        assertThatThrownBy(() -> small.refresh.refresh(late.id(), FOLLOW_UP, null))
                .isInstanceOf(id.kasir.domain.payout.PayoutRuleViolation.class).hasMessageContaining("not been sent");
    }

    @Test
    void anApprovedPayoutTheApprovingNodeNeverSentIsSentByTheFollowUp() {
        Payout payout = PayoutFixtures.aPayout().at(kasir.clock.instant()).approved();
        kasir.payouts.add(payout);

        kasir.clock.advance(Duration.ofMinutes(2));
        assertThat(kasir.followUp.run(10).sent()).isEqualTo(1);

        assertThat(cashin.transfers).hasSize(1);
        assertThat(kasir.current(payout).status()).isEqualTo(PayoutStatus.PROCESSING);
    }

    @Test
    void notFoundIsResentWithTheSameReferenceOnlyAfterTheGracePeriod() {
        cashin.onTransfer(order -> timeout("transfer"));
        Payout payout = approved(50_000);
        cashin.onStatus(lookup -> FakePayoutGateway.says(TransferOutcome.NOT_FOUND, TransferReport.Source.STATUS_QUERY));

        kasir.clock.advance(Duration.ofMinutes(1));
        RefreshPayoutStatus.Refreshed early = kasir.refresh.refresh(payout.id(), FOLLOW_UP, null);
        assertThat(early.outcome()).containsInstanceOf(PayoutReportOutcome.NotFound.class);
        assertThat(early.resent()).isFalse();
        assertThat(cashin.transfers).hasSize(1);

        kasir.clock.advance(Duration.ofMinutes(4));
        cashin.onTransfer(order -> FakePayoutGateway.says(TransferOutcome.PROCESSING, TransferReport.Source.TRANSFER_ANSWER));
        RefreshPayoutStatus.Refreshed late = kasir.refresh.refresh(payout.id(), FOLLOW_UP, null);

        assertThat(late.resent()).isTrue();
        assertThat(cashin.transfers).hasSize(2);
        assertThat(cashin.transfers).extracting(t -> t.partnerReferenceNo()).containsOnly(payout.partnerReferenceNo());
        assertThat(late.after().transferAttempts()).isEqualTo(2);
        assertThat(timeline(payout)).contains(PayoutEventType.TRANSFER_NOT_FOUND, PayoutEventType.TRANSFER_RESENT);
    }

    @Test
    void aTransferNotFoundAfterTheLastAttemptStaysProcessingAndGoesToOps() {
        TestPayoutKasir once = new TestPayoutKasir(cashin, new PayoutPolicy(kasir.policy.gateway(),
                kasir.policy.minimumAmount(), kasir.policy.maximumAmount(), kasir.policy.dailyLimit(),
                kasir.policy.secondApproverAbove(), kasir.policy.businessZone(), Duration.ofMinutes(5), 1,
                kasir.policy.statusCheckBackoff(), kasir.policy.unsentAfter()));
        Payout payout = once.approve.approve(once.requested(50_000).id(), ABDI, PLAIN, null);
        cashin.onStatus(lookup -> FakePayoutGateway.says(TransferOutcome.NOT_FOUND, TransferReport.Source.STATUS_QUERY));

        once.clock.advance(Duration.ofMinutes(6));
        once.refresh.refresh(payout.id(), FOLLOW_UP, null);
        once.refresh.refresh(payout.id(), FOLLOW_UP, null);

        assertThat(once.current(payout).status()).isEqualTo(PayoutStatus.PROCESSING);
        assertThat(cashin.transfers).hasSize(1);
        assertThat(once.opsExceptions.bySubject(payout.id().value())).extracting(OpsException::type)
                .containsExactly(OpsExceptionType.PAYOUT_PROBLEM);
    }

    @Test
    void aLateFailureAfterSuccessIsAnOpsExceptionAndChangesNothing() {
        Payout payout = approved(50_000);
        kasir.refresh.refresh(payout.id(), FOLLOW_UP, null);
        assertThat(kasir.current(payout).status()).isEqualTo(PayoutStatus.SUCCEEDED);
        cashin.onStatus(lookup -> FakePayoutGateway.says(TransferOutcome.FAILED, TransferReport.Source.STATUS_QUERY));

        RefreshPayoutStatus.Refreshed late = kasir.refresh.refresh(payout.id(), FOLLOW_UP, null);
        kasir.refresh.refresh(payout.id(), FOLLOW_UP, null);

        assertThat(late.outcome()).containsInstanceOf(PayoutReportOutcome.FailedAfterSuccess.class);
        assertThat(kasir.current(payout).status()).isEqualTo(PayoutStatus.SUCCEEDED);
        assertThat(ops(payout)).extracting(OpsException::type).containsExactly(OpsExceptionType.PAYOUT_FAILED_AFTER_SUCCESS);
        assertThat(timeline(payout).stream().filter(PayoutEventType.FAILED_AFTER_SUCCESS::equals)).hasSize(1);
        assertThat(kasir.events(payout)).doesNotContain("payout.failed");
    }

    @Test
    void successAfterFailureIsBelievedAndRaised() {
        cashin.onTransfer(order -> GatewayCallResult.declined("4013800", "Unauthorized", FakePayoutGateway.exchange("transfer")));
        Payout payout = approved(50_000);

        kasir.refresh.refresh(payout.id(), FOLLOW_UP, null);

        assertThat(kasir.current(payout).status()).isEqualTo(PayoutStatus.SUCCEEDED);
        assertThat(ops(payout)).extracting(OpsException::type).containsExactly(OpsExceptionType.PAYOUT_SUCCEEDED_AFTER_FAILURE);
        assertThat(kasir.events(payout)).endsWith("payout.failed", "payout.succeeded");
    }

    @Test
    void successForAnotherAmountIsNotAppliedButRaisedOnce() {
        Payout payout = approved(50_000);
        cashin.onStatus(lookup -> GatewayCallResult.accepted(new TransferReport(TransferOutcome.SUCCEEDED,
                Money.idr(5_000), "TF-1", "00 Success", TransferReport.Source.STATUS_QUERY),
                FakePayoutGateway.exchange("transfer-status")));

        kasir.refresh.refresh(payout.id(), FOLLOW_UP, null);
        kasir.refresh.refresh(payout.id(), FOLLOW_UP, null);

        assertThat(kasir.current(payout).status()).isEqualTo(PayoutStatus.PROCESSING);
        assertThat(ops(payout)).extracting(OpsException::type).containsExactly(OpsExceptionType.AMOUNT_MISMATCH);
    }

    @Test
    void statusChecksBackOffWhileTheTransferIsProcessing() {
        Payout payout = approved(50_000);
        cashin.onStatus(lookup -> FakePayoutGateway.says(TransferOutcome.PROCESSING, TransferReport.Source.STATUS_QUERY));
        var start = kasir.clock.instant();

        kasir.refresh.refresh(payout.id(), FOLLOW_UP, null);
        assertThat(kasir.current(payout).nextCheckAt()).contains(start.plusSeconds(15));
        kasir.refresh.refresh(payout.id(), FOLLOW_UP, null);
        assertThat(kasir.current(payout).nextCheckAt()).contains(start.plusSeconds(60));

        kasir.clock.advance(Duration.ofSeconds(59));
        assertThat(kasir.followUp.run(10).checked()).isZero();
        kasir.clock.advance(Duration.ofSeconds(1));
        assertThat(kasir.followUp.run(10).checked()).isEqualTo(1);
    }

    @Test
    void aPersonCheckingTheStatusIsAudited() {
        Payout payout = approved(50_000);

        kasir.refresh.refresh(payout.id(), FINA, "10.0.0.9");

        assertThat(kasir.audit.recent(null, 1).get(0).entry().action()).isEqualTo("payout.check-status");
    }
}
