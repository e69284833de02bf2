package id.kasir.adapters.cashin;

import static id.kasir.application.testing.TestPayoutKasir.ABDI;
import static id.kasir.application.testing.TestPayoutKasir.CITRA;
import static id.kasir.application.testing.TestPayoutKasir.FAY;
import static id.kasir.application.testing.TestPayoutKasir.FINA;
import static id.kasir.application.testing.TestPayoutKasir.newPayout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kasir.application.payout.ApprovePayout;
import id.kasir.application.payout.InquirePayoutAccount;
import id.kasir.application.payout.PayoutPolicy;
import id.kasir.application.payout.PayoutRefused;
import id.kasir.application.payout.PayoutRequest;
import id.kasir.application.testing.TestPayoutKasir;
import id.kasir.domain.gateway.GatewayCallResult;
import id.kasir.domain.gateway.UnknownCause;
import id.kasir.domain.money.Money;
import id.kasir.domain.ops.OpsException;
import id.kasir.domain.ops.OpsExceptionType;
import id.kasir.domain.payout.EwalletChannel;
import id.kasir.domain.payout.NameCheck;
import id.kasir.domain.payout.NewPayout;
import id.kasir.domain.payout.Payout;
import id.kasir.domain.payout.PayoutEvent;
import id.kasir.domain.payout.PayoutEventType;
import id.kasir.domain.payout.PayoutId;
import id.kasir.domain.payout.PayoutRuleViolation;
import id.kasir.domain.payout.PayoutStatus;
import id.kasir.domain.payout.TransferLookup;
import id.kasir.domain.payout.TransferOutcome;
import id.kasir.domain.payout.TransferReport;
import id.kasir.sandbox.faults.Fault;
import id.kasir.sandbox.faults.FaultRule;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Payouts end to end over real HTTP: Kasir's payout use cases with this adapter against the sandbox's
 * simulated Cash In e-money API (services 37, 38, 39), its faults switched on where a case needs them.
 * What the sandbox recorded (how many transfer requests arrived under a partnerReferenceNo) is the proof
 * that a payout went out exactly once.
 */
class CashInPayoutsAgainstSandboxTest {

    private static final ApprovePayout.Approval PLAIN = new ApprovePayout.Approval(false, null, null);
    private static PayoutSandbox world;
    private static CashInPayoutGateway cashin;

    @BeforeAll
    static void start() {
        world = new PayoutSandbox();
        cashin = world.gateway(Duration.ofSeconds(1));
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    @AfterEach
    void clearFaults() {
        world.faults.clear();
    }

    private static TestPayoutKasir kasir() {
        return world.kasir(cashin, PayoutPolicy.defaults());
    }

    private static Payout request(TestPayoutKasir kasir, NewPayout payout) {
        return kasir.request.request(new PayoutRequest(payout, null), FINA, "10.0.0.1").payout();
    }

    private static Payout approve(TestPayoutKasir kasir, Payout payout) {
        return kasir.approve.approve(payout.id(), ABDI, PLAIN, "10.0.0.2");
    }

    /** Moves Kasir's clock on and runs the follow-up once, as its schedule would. */
    private static Payout followUp(TestPayoutKasir kasir, Payout payout, Duration later) {
        kasir.clock.advance(later);
        kasir.followUp.run(10);
        return kasir.current(payout);
    }

    private static int transferRequests(Payout payout) {
        var transfer = world.transfer(payout.partnerReferenceNo());
        return transfer == null ? 0 : transfer.path("transferRequests").asInt();
    }

    private static List<PayoutEventType> timeline(TestPayoutKasir kasir, Payout payout) {
        return kasir.payouts.timeline(payout.id()).stream().map(PayoutEvent::type).toList();
    }

    @Test
    void anInquiryNamesAKnownAccountAndSaysWhenThereIsNone() {
        TestPayoutKasir kasir = kasir();

        InquirePayoutAccount.Result known = kasir.inquire.inquire(EwalletChannel.OVO, "6281111111111", Money.idr(50_000),
                FINA, null);
        assertThat(known.accountName()).isEqualTo("Siti Aminah");

        assertThatThrownBy(() -> kasir.inquire.inquire(EwalletChannel.GOPAY, "6287777777777", Money.idr(50_000), FINA, null))
                .isInstanceOfSatisfying(PayoutRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(PayoutRefused.Reason.ACCOUNT_NOT_FOUND));
    }

    @Test
    void aNameOtherThanTheExpectedOneIsShownAndMustBeAcknowledgedToApprove() {
        TestPayoutKasir kasir = kasir();
        Payout payout = request(kasir, newPayout(50_000, "6281234567890", "Budi Santoso"));
        assertThat(payout.beneficiary().confirmedName()).isEqualTo("John Doe");
        assertThat(payout.beneficiary().nameCheck()).isEqualTo(NameCheck.DIFFERS);

        assertThatThrownBy(() -> approve(kasir, payout)).isInstanceOf(PayoutRuleViolation.class);
        Payout sent = kasir.approve.approve(payout.id(), ABDI, new ApprovePayout.Approval(true, null, null), null);

        assertThat(sent.status()).isEqualTo(PayoutStatus.PROCESSING);
    }

    @Test
    void aRequestedAndApprovedPayoutSucceedsWithOneTransfer() {
        TestPayoutKasir kasir = kasir();
        Payout payout = request(kasir, newPayout(50_000, "6282222222222", "Budi Santoso"));

        Payout sent = approve(kasir, payout);
        assertThat(sent.status()).isEqualTo(PayoutStatus.PROCESSING);
        assertThat(sent.gatewayReference()).hasValueSatisfying(r -> assertThat(r).startsWith("TF"));

        Payout settled = followUp(kasir, payout, Duration.ofSeconds(5));

        assertThat(settled.status()).isEqualTo(PayoutStatus.SUCCEEDED);
        assertThat(transferRequests(payout)).isEqualTo(1);
        assertThat(kasir.events(payout)).containsExactly("payout.awaiting_approval", "payout.approved",
                "payout.processing", "payout.succeeded");
        List<String> calls = kasir.payouts.timeline(payout.id()).stream()
                .filter(e -> e.type() == PayoutEventType.GATEWAY_CALL).map(PayoutEvent::detail).toList();
        assertThat(calls).hasSize(3).allSatisfy(detail -> assertThat(detail).doesNotContain("6282222222222")
                .contains("X-SIGNATURE: ***"));
        assertThat(calls).filteredOn(detail -> detail.contains("\"customerNumber\":\"****2222\"")).hasSize(2);
    }

    @Test
    void aRejectedPayoutNeverReachesTheGateway() {
        TestPayoutKasir kasir = kasir();
        Payout payout = request(kasir, newPayout(50_000, "6281234567890", "John Doe"));

        kasir.reject.reject(payout.id(), ABDI, "not our customer", null);

        assertThat(kasir.current(payout).status()).isEqualTo(PayoutStatus.REJECTED);
        assertThat(world.transfer(payout.partnerReferenceNo())).isNull();
    }

    @Test
    void theMakerApprovingTheirOwnPayoutIsRefused() {
        TestPayoutKasir kasir = kasir();
        Payout payout = kasir.request.request(new PayoutRequest(newPayout(50_000, "6281234567890", null), null), FAY, null)
                .payout();

        assertThatThrownBy(() -> kasir.approve.approve(payout.id(), FAY, PLAIN, null))
                .isInstanceOfSatisfying(PayoutRuleViolation.class,
                        e -> assertThat(e.rule()).isEqualTo(PayoutRuleViolation.Rule.MAKER_CANNOT_DECIDE));
        assertThat(world.transfer(payout.partnerReferenceNo())).isNull();
    }

    @Test
    void aTransferThatTimedOutButWentThroughSucceedsOnTheStatusQueryWithExactlyOneTransfer() {
        TestPayoutKasir kasir = kasir();
        Payout payout = request(kasir, newPayout(75_000, "6281234567890", "John Doe"));
        world.faults.add(FaultRule.of("cashin", "topup", Fault.TIMEOUT).withLatency(3_000).times(1));

        Payout sent = approve(kasir, payout);

        assertThat(sent.status()).isEqualTo(PayoutStatus.PROCESSING);
        assertThat(kasir.payouts.timeline(payout.id())).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(PayoutEventType.OUTCOME_UNKNOWN);
            assertThat(e.summary()).contains(UnknownCause.TIMEOUT.name());
        });
        Payout settled = followUp(kasir, payout, Duration.ofSeconds(5));

        assertThat(settled.status()).isEqualTo(PayoutStatus.SUCCEEDED);
        assertThat(settled.transferAttempts()).isEqualTo(1);
        assertThat(transferRequests(payout)).isEqualTo(1);
    }

    @Test
    void aTransferLostOnTheWayIsNotFoundAndResentWithTheSameReferenceAfterTheGracePeriodStillOnce() {
        TestPayoutKasir kasir = kasir();
        Payout payout = request(kasir, newPayout(60_000, "6281234567890", "John Doe"));
        world.faults.add(FaultRule.of("cashin", "topup", Fault.TIMEOUT_UNPROCESSED).withLatency(3_000).times(1));

        assertThat(approve(kasir, payout).status()).isEqualTo(PayoutStatus.PROCESSING);
        Payout early = followUp(kasir, payout, Duration.ofSeconds(5));
        assertThat(early.status()).isEqualTo(PayoutStatus.PROCESSING);
        assertThat(early.transferAttempts()).as("not found, but within the grace period").isEqualTo(1);
        assertThat(world.transfer(payout.partnerReferenceNo())).isNull();

        Payout resent = followUp(kasir, payout, Duration.ofMinutes(5));
        assertThat(resent.transferAttempts()).isEqualTo(2);
        Payout settled = followUp(kasir, payout, Duration.ofSeconds(5));

        assertThat(settled.status()).isEqualTo(PayoutStatus.SUCCEEDED);
        assertThat(transferRequests(payout)).isEqualTo(1);
        assertThat(world.transfer(payout.partnerReferenceNo()).path("merchantReference").asString())
                .isEqualTo(payout.partnerReferenceNo());
        assertThat(timeline(kasir, payout)).contains(PayoutEventType.TRANSFER_NOT_FOUND, PayoutEventType.TRANSFER_RESENT);
    }

    @Test
    void a5xxOnTheTransferLeavesItProcessingAndNeverFailed() {
        TestPayoutKasir kasir = kasir();
        Payout payout = request(kasir, newPayout(40_000, "6281234567890", null));
        world.faults.add(FaultRule.of("cashin", "topup", Fault.HTTP_500).times(1));

        Payout sent = approve(kasir, payout);

        assertThat(sent.status()).isEqualTo(PayoutStatus.PROCESSING);
        assertThat(kasir.payouts.timeline(payout.id()))
                .anySatisfy(e -> assertThat(e.summary()).contains(UnknownCause.GATEWAY_ERROR.name()));
        assertThat(kasir.events(payout)).doesNotContain("payout.failed");
    }

    @Test
    void aTransferTheGatewayFailsEndsFailedAndTheMerchantIsTold() {
        TestPayoutKasir kasir = kasir();
        Payout payout = request(kasir, newPayout(50_000, "6289999999999", "Gagal Terus"));

        approve(kasir, payout);
        Payout settled = followUp(kasir, payout, Duration.ofSeconds(5));

        assertThat(settled.status()).isEqualTo(PayoutStatus.FAILED);
        assertThat(settled.statusReason()).hasValueSatisfying(r -> assertThat(r).contains("06"));
        assertThat(kasir.events(payout)).endsWith("payout.failed");
    }

    @Test
    void theDailyLimitAndTheSecondApproverThresholdHold() {
        TestPayoutKasir kasir = world.kasir(cashin, new PayoutPolicy(CashInPaymentGateway.ID, Money.idr(10_000),
                Money.idr(80_000), Money.idr(100_000), Money.idr(50_000), PayoutPolicy.defaults().businessZone(),
                Duration.ofMinutes(5), 3, PayoutPolicy.defaults().statusCheckBackoff(), Duration.ofMinutes(1)));
        Payout large = request(kasir, newPayout(60_000, "6281234567890", null));
        assertThat(large.approvalsRequired()).isEqualTo(2);

        assertThat(approve(kasir, large).status()).isEqualTo(PayoutStatus.AWAITING_APPROVAL);
        assertThat(world.transfer(large.partnerReferenceNo())).isNull();
        assertThat(kasir.approve.approve(large.id(), CITRA, PLAIN, null).status()).isEqualTo(PayoutStatus.PROCESSING);

        assertThatThrownBy(() -> request(kasir, newPayout(50_000, "6281234567890", null)))
                .isInstanceOfSatisfying(PayoutRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(PayoutRefused.Reason.OVER_DAILY_LIMIT));
        assertThat(kasir.find.today().remaining()).isEqualTo(Money.idr(40_000));
    }

    @Test
    void aLateFailureAfterSuccessIsAnOpsExceptionAndThePayoutStaysSucceeded() {
        TestPayoutKasir kasir = kasir();
        Payout payout = request(kasir, newPayout(50_000, "6281234567890", null));
        approve(kasir, payout);
        assertThat(followUp(kasir, payout, Duration.ofSeconds(5)).status()).isEqualTo(PayoutStatus.SUCCEEDED);

        world.settle(payout.partnerReferenceNo(), "fail");
        kasir.refresh.refresh(payout.id(), id.kasir.domain.common.Actor.system("reconciliation"), null);

        assertThat(kasir.current(payout).status()).isEqualTo(PayoutStatus.SUCCEEDED);
        assertThat(kasir.opsExceptions.bySubject(payout.id().value())).extracting(OpsException::type)
                .containsExactly(OpsExceptionType.PAYOUT_FAILED_AFTER_SUCCESS);
        assertThat(kasir.events(payout)).doesNotContain("payout.failed");
        assertThat(timeline(kasir, payout)).contains(PayoutEventType.FAILED_AFTER_SUCCESS);
    }

    @Test
    void theStatusOfATransferTheGatewayNeverSawIsTypedNotFound() {
        GatewayCallResult<TransferReport> answer = cashin.status(new TransferLookup(new PayoutId(UUID.randomUUID().toString()),
                "K" + UUID.randomUUID().toString().substring(0, 19).toUpperCase(), Money.idr(10_000)));

        assertThat(answer).isInstanceOfSatisfying(GatewayCallResult.Accepted.class,
                a -> assertThat(((TransferReport) a.value()).outcome()).isEqualTo(TransferOutcome.NOT_FOUND));
    }
}
