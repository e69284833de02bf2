package id.kasir.application.notification;

import static id.kasir.domain.fixtures.PaymentFixtures.aPayment;
import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.application.testing.FakePaymentGateway;
import id.kasir.application.testing.TestKasir;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.money.Money;
import id.kasir.domain.money.ReportedAmount;
import id.kasir.domain.notification.InboundNotification;
import id.kasir.domain.notification.NotificationOutcome;
import id.kasir.domain.notification.Verification;
import id.kasir.domain.ops.OpsExceptionType;
import id.kasir.domain.payment.GatewayReport;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentStatus;
import org.junit.jupiter.api.Test;

class ReceiveGatewayNotificationTest {

    private final FakePaymentGateway gateway = new FakePaymentGateway("cashi");
    private final TestKasir kasir = new TestKasir(gateway);
    private final Payment payment = aPayment().withGateway("cashi").withStatus(PaymentStatus.OPEN)
            .withReference("KREF0000000000000001").build();

    {
        kasir.payments.add(payment);
    }

    private InboundNotification notification(String dedupKey, Verification verification) {
        return new InboundNotification(GatewayId.of("cashi"), dedupKey, "KREF0000000000000001", verification,
                "X-Signature: ****", "{\"event\":\"PAYMENT_SETTLED\"}", "127.0.0.1", kasir.clock.instant());
    }

    private static GatewayReport paid() {
        return GatewayReport.of(PaymentStatus.PAID, Money.idr(15000), GatewayReport.Source.NOTIFICATION);
    }

    @Test
    void aVerifiedNotificationIsStoredThenApplied() {
        var receipt = kasir.receiveNotification.receive(notification("n-1", Verification.VERIFIED), paid());
        assertThat(receipt.outcome()).isEqualTo(NotificationOutcome.APPLIED);
        assertThat(kasir.findPayments.byId(payment.id()).status()).isEqualTo(PaymentStatus.PAID);
        assertThat(kasir.notifications.all()).singleElement().satisfies(n -> {
            assertThat(n.outcome()).isEqualTo(NotificationOutcome.APPLIED);
            assertThat(n.paymentId()).isEqualTo(payment.id());
        });
    }

    @Test
    void aDuplicateIsStoredAndAcknowledgedButChangesNothing() {
        kasir.receiveNotification.receive(notification("n-1", Verification.VERIFIED), paid());
        var again = kasir.receiveNotification.receive(notification("n-1", Verification.VERIFIED), paid());
        assertThat(again.outcome()).isEqualTo(NotificationOutcome.DUPLICATE);
        assertThat(again.acknowledged()).isTrue();
        assertThat(kasir.notifications.all()).hasSize(2);
        assertThat(kasir.statusChanges).hasSize(1);
    }

    @Test
    void aRetryOfANotificationStoredButNeverAppliedIsAppliedNotDroppedAsADuplicate() {
        // We crashed after storing the first arrival and before applying it: it stays RECEIVED.
        kasir.notifications.store(notification("n-9", Verification.VERIFIED));

        var retry = kasir.receiveNotification.receive(notification("n-9", Verification.VERIFIED), paid());

        assertThat(retry.outcome()).isEqualTo(NotificationOutcome.APPLIED);
        assertThat(kasir.findPayments.byId(payment.id()).status()).isEqualTo(PaymentStatus.PAID);
        assertThat(kasir.notifications.all().get(0).outcome()).isEqualTo(NotificationOutcome.APPLIED);
        var third = kasir.receiveNotification.receive(notification("n-9", Verification.VERIFIED), paid());
        assertThat(third.outcome()).isEqualTo(NotificationOutcome.DUPLICATE);
        assertThat(kasir.statusChanges).hasSize(1);
    }

    @Test
    void aForgedNotificationIsRecordedRejectedAndDoesNotBlockTheRealOne() {
        var forged = kasir.receiveNotification.receive(notification("n-1", Verification.REJECTED), paid());
        assertThat(forged.outcome()).isEqualTo(NotificationOutcome.REJECTED);
        assertThat(forged.acknowledged()).isFalse();
        assertThat(kasir.findPayments.byId(payment.id()).status()).isEqualTo(PaymentStatus.OPEN);

        var real = kasir.receiveNotification.receive(notification("n-1", Verification.VERIFIED), paid());
        assertThat(real.outcome()).isEqualTo(NotificationOutcome.APPLIED);
    }

    @Test
    void anUnsignedNotificationIsNotTrustedButConfirmedWithTheGateway() {
        gateway.queryAnswers(GatewayReport.of(PaymentStatus.OPEN, null, GatewayReport.Source.QUERY));
        var receipt = kasir.receiveNotification.receive(notification("n-2", Verification.UNSIGNED), paid());
        assertThat(receipt.outcome()).isEqualTo(NotificationOutcome.UNCHANGED);
        assertThat(kasir.findPayments.byId(payment.id()).status()).isEqualTo(PaymentStatus.OPEN);

        gateway.queryAnswers(GatewayReport.of(PaymentStatus.PAID, Money.idr(15000), GatewayReport.Source.QUERY));
        var confirmed = kasir.receiveNotification.receive(notification("n-3", Verification.UNSIGNED), paid());
        assertThat(confirmed.outcome()).isEqualTo(NotificationOutcome.APPLIED);
        assertThat(kasir.findPayments.byId(payment.id()).status()).isEqualTo(PaymentStatus.PAID);
    }

    @Test
    void anUnsignedNotificationTheGatewayCannotConfirmChangesNothing() {
        var receipt = kasir.receiveNotification.receive(notification("n-4", Verification.UNSIGNED), paid());
        assertThat(receipt.outcome()).isEqualTo(NotificationOutcome.NOT_CONFIRMED);
        assertThat(kasir.findPayments.byId(payment.id()).status()).isEqualTo(PaymentStatus.OPEN);
    }

    @Test
    void aNotificationForNoKnownPaymentGoesToOps() {
        var unknown = new InboundNotification(GatewayId.of("cashi"), "n-5", "NOPE", Verification.VERIFIED, "", "{}",
                "127.0.0.1", kasir.clock.instant());
        var receipt = kasir.receiveNotification.receive(unknown, paid());
        assertThat(receipt.outcome()).isEqualTo(NotificationOutcome.UNMATCHED);
        assertThat(kasir.opsExceptions.open(10)).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(OpsExceptionType.UNMATCHED_NOTIFICATION));
    }

    @Test
    void aConnectionTestIsStoredAndNothingElseHappens() {
        var receipt = kasir.receiveNotification.recordConnectionTest(notification("TEST-1", Verification.UNSIGNED));
        assertThat(receipt.outcome()).isEqualTo(NotificationOutcome.TEST);
        assertThat(kasir.statusChanges).isEmpty();
    }

    @Test
    void aSignedPaidWithAnAmountThatCannotBeCheckedIsStoredRaisedAndFollowedByAQueryUnderTheSameRule() {
        gateway.queryAnswers(GatewayReport.of(PaymentStatus.PAID, Money.idr(15000), GatewayReport.Source.QUERY));
        GatewayReport inUsd = new GatewayReport(PaymentStatus.PAID, ReportedAmount.read("15000.00", "USD"), null, null,
                "00", GatewayReport.Source.NOTIFICATION);

        var receipt = kasir.receiveNotification.receive(notification("n-usd", Verification.VERIFIED), inUsd);

        assertThat(receipt.outcome()).isEqualTo(NotificationOutcome.UNUSABLE_AMOUNT);
        assertThat(receipt.acknowledged()).isTrue();
        assertThat(gateway.queried).hasSize(1);
        assertThat(kasir.findPayments.byId(payment.id()).status()).isEqualTo(PaymentStatus.PAID);
        assertThat(kasir.opsExceptions.open(10)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(OpsExceptionType.UNUSABLE_AMOUNT);
            assertThat(e.description()).contains("'USD'");
        });
        assertThat(kasir.notifications.all()).singleElement().satisfies(n -> {
            assertThat(n.outcome()).isEqualTo(NotificationOutcome.UNUSABLE_AMOUNT);
            assertThat(n.detail()).contains("the gateway's status query then: OPEN -> PAID");
        });
    }

    @Test
    void aSignedPaidWithoutAmountWhoseQueryAlsoHasNoneLeavesThePaymentOpen() {
        gateway.queryAnswers(GatewayReport.of(PaymentStatus.PAID, null, GatewayReport.Source.QUERY));
        var receipt = kasir.receiveNotification.receive(notification("n-none", Verification.VERIFIED),
                GatewayReport.of(PaymentStatus.PAID, null, GatewayReport.Source.NOTIFICATION));
        assertThat(receipt.outcome()).isEqualTo(NotificationOutcome.UNUSABLE_AMOUNT);
        assertThat(kasir.findPayments.byId(payment.id()).status()).isEqualTo(PaymentStatus.OPEN);
        assertThat(kasir.opsExceptions.open(10)).extracting(e -> e.type())
                .containsOnly(OpsExceptionType.UNUSABLE_AMOUNT);
    }
}
