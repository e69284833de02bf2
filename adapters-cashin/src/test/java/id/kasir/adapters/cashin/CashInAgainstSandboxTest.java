package id.kasir.adapters.cashin;

import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.application.testing.Eventually;
import id.kasir.domain.common.Actor;
import id.kasir.domain.gateway.GatewayCallResult;
import id.kasir.domain.money.Money;
import id.kasir.domain.notification.NotificationOutcome;
import id.kasir.domain.ops.OpsExceptionType;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentMethod;
import id.kasir.domain.payment.PaymentStatus;
import id.kasir.sandbox.faults.Fault;
import id.kasir.sandbox.faults.FaultRule;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End to end over real HTTP: Kasir's use cases (TestKasir) with this adapter against the sandbox's
 * simulated Cash In, whose notifications arrive at this adapter's notify endpoint in a Spring Boot app.
 * The sandbox sends the notify body as the document's table writes it ({@code notify-style=table}).
 */
class CashInAgainstSandboxTest {

    static SandboxHarness world;

    @BeforeAll
    static void start() {
        world = new SandboxHarness("table");
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    @AfterEach
    void clearFaults() {
        world.faults.clear();
    }

    @Test
    void aCheckoutPagePaymentPaidOnTheSandboxBecomesPaidThroughTheNotification() {
        Payment payment = world.create(PaymentMethod.CHECKOUT_PAGE, 10000);
        assertThat(payment.status()).isEqualTo(PaymentStatus.OPEN);
        assertThat(payment.instructions().checkoutUrl()).startsWith("http").contains("/cashin/");

        assertThat(world.act(payment, "pay")).isEqualTo(200);

        Eventually.waitUntil("the payment is PAID", () -> world.current(payment).status() == PaymentStatus.PAID);
        assertThat(world.current(payment).paidAmount()).contains(Money.idr(10000));
        assertThat(world.current(payment).gatewayReference()).hasValueSatisfying(r -> assertThat(r).startsWith("PAY"));
        assertThat(world.notificationsAbout(payment)).extracting(n -> n.outcome()).containsExactly(NotificationOutcome.APPLIED);
        assertThat(world.notificationsAbout(payment).get(0).notification().headers())
                .contains("X-Kasir-Matched-Field: originalReferenceNo").contains("X-SIGNATURE: ***");
        assertThat(world.kasir.payments.timeline(payment.id())).extracting(e -> e.to())
                .contains(PaymentStatus.OPEN, PaymentStatus.PAID);
        // And the checkout status query agrees.
        var refreshed = world.kasir.refreshPayment.refresh(payment.id(), Actor.system("test"));
        assertThat(refreshed.gatewaySays()).isInstanceOf(GatewayCallResult.Accepted.class);
        assertThat(world.current(payment).status()).isEqualTo(PaymentStatus.PAID);
    }

    @Test
    void aQrisPaymentGetsACheckedQrAndBecomesPaidWhenPaid() {
        Payment payment = world.create(PaymentMethod.QRIS, 25000);
        assertThat(payment.status()).isEqualTo(PaymentStatus.OPEN);
        assertThat(id.kasir.domain.qris.QrisCode.check(payment.instructions().qrContent(), payment.amountToPay()).passed()).isTrue();
        assertThat(((id.kasir.domain.qris.QrisCode.Passed) id.kasir.domain.qris.QrisCode.read(payment.instructions().qrContent())).code().amountText()).isEqualTo("25000.00");
        assertThat(payment.gatewayReference()).hasValueSatisfying(r -> assertThat(r).startsWith("PAY"));

        world.act(payment, "pay");

        Eventually.waitUntil("the payment is PAID", () -> world.current(payment).status() == PaymentStatus.PAID);
        var query = world.gateway.query(payment.toGatewayLookup());
        assertThat(((GatewayCallResult.Accepted<id.kasir.domain.payment.GatewayReport>) query).value().status())
                .isEqualTo(PaymentStatus.PAID);
    }

    @Test
    void aPaymentThatExpiresOnTheSandboxBecomesExpired() {
        Payment payment = world.create(PaymentMethod.QRIS, 10000);

        assertThat(world.act(payment, "expire")).isEqualTo(200);

        Eventually.waitUntil("the payment is EXPIRED", () -> world.current(payment).status() == PaymentStatus.EXPIRED);
    }

    @Test
    void aFailedCheckoutPaymentBecomesFailed() {
        Payment payment = world.create(PaymentMethod.CHECKOUT_PAGE, 10000);

        world.act(payment, "fail");

        Eventually.waitUntil("the payment is FAILED", () -> world.current(payment).status() == PaymentStatus.FAILED);
    }

    @Test
    void duplicateNotificationsChangeNothingTheSecondTime() {
        world.faults.add(FaultRule.of("cashin", "notify", Fault.DUPLICATE_NOTIFICATION));
        Payment payment = world.create(PaymentMethod.QRIS, 10000);

        world.act(payment, "pay");

        world.waitForNotifications(payment, 2);
        assertThat(world.current(payment).status()).isEqualTo(PaymentStatus.PAID);
        // The sandbox sends its copy at once, under a new X-EXTERNAL-ID: within the same second its body and
        // X-TIMESTAMP (what the signature covers) are the first one's, so the copy is a replay by content (issue
        // 15) — recorded, refused, not acted on; a copy (or the sandbox's retry of the refused one) a second later
        // is a new signature and changes nothing either.
        List<NotificationOutcome> outcomes = world.notificationsAbout(payment).stream().map(n -> n.outcome())
                .filter(o -> o != NotificationOutcome.RECEIVED).toList();
        assertThat(outcomes.get(0)).isEqualTo(NotificationOutcome.APPLIED);
        assertThat(outcomes.subList(1, outcomes.size())).isNotEmpty()
                .allMatch(o -> o == NotificationOutcome.REJECTED || o == NotificationOutcome.UNCHANGED);
        assertThat(world.kasir.statusChanges).filteredOn(c -> c.startsWith(payment.orderId() + ":") && c.endsWith("->PAID"))
                .hasSize(1);
    }

    @Test
    void anExpiredNotificationAfterThePaidOneDoesNotUndoThePayment() {
        world.faults.add(FaultRule.of("cashin", "notify", Fault.OUT_OF_ORDER_NOTIFICATION));
        Payment payment = world.create(PaymentMethod.CHECKOUT_PAGE, 10000);

        world.act(payment, "pay");

        world.waitForNotifications(payment, 2);
        assertThat(world.current(payment).status()).isEqualTo(PaymentStatus.PAID);
        assertThat(world.notificationsAbout(payment)).extracting(n -> n.outcome())
                .containsExactly(NotificationOutcome.APPLIED, NotificationOutcome.IGNORED);
    }

    @Test
    void aForgedNotificationIsAnsweredUnauthorizedRecordedAndChangesNothing() {
        world.faults.add(FaultRule.of("cashin", "notify", Fault.BAD_NOTIFICATION_SIGNATURE));
        Payment payment = world.create(PaymentMethod.QRIS, 10000);

        world.act(payment, "pay");

        world.waitForNotifications(payment, 1);
        assertThat(world.notificationsAbout(payment)).allMatch(n -> n.outcome() == NotificationOutcome.REJECTED);
        assertThat(world.notificationsAbout(payment).get(0).notification().headers()).contains("bad or missing X-SIGNATURE");
        assertThat(world.current(payment).status()).isEqualTo(PaymentStatus.OPEN);
        // Cash In heard 401 and kept trying; the refusals are what it recorded.
        Eventually.waitUntil("the sandbox recorded a 401", () -> world.order(payment).contains("401"));
    }

    @Test
    void aTimeOutOnCreateLeavesThePaymentPendingUntilAQueryResolvesIt() {
        world.faults.add(FaultRule.of("cashin", "payment", Fault.TIMEOUT).withLatency(3000).times(1));
        world.gateway.target = world.gatewayWith(Duration.ofMillis(500));
        Payment payment;
        try {
            payment = world.create(PaymentMethod.CHECKOUT_PAGE, 10000);
        } finally {
            world.gateway.target = world.gatewayWith(Duration.ofSeconds(20));
        }
        assertThat(payment.status()).isEqualTo(PaymentStatus.PENDING);

        world.kasir.refreshPayment.refresh(payment.id(), Actor.system("reconciliation"));

        assertThat(world.current(payment).status()).isEqualTo(PaymentStatus.OPEN);
        world.act(payment, "pay");
        Eventually.waitUntil("the payment is PAID", () -> world.current(payment).status() == PaymentStatus.PAID);
    }

    @Test
    void aPaymentOfAnotherAmountGoesToOpsAndIsNotPaid() {
        world.faults.add(FaultRule.of("cashin", "qr-mpm-generate", Fault.WRONG_PAID_AMOUNT).withAmountDelta(-500));
        Payment payment = world.create(PaymentMethod.QRIS, 10000);

        world.act(payment, "pay");

        world.waitForNotifications(payment, 1);
        assertThat(world.notificationsAbout(payment).get(0).outcome()).isEqualTo(NotificationOutcome.AMOUNT_MISMATCH);
        assertThat(world.current(payment).status()).isEqualTo(PaymentStatus.OPEN);
        assertThat(world.kasir.opsExceptions.bySubject(payment.id().value()))
                .anyMatch(e -> e.type() == OpsExceptionType.AMOUNT_MISMATCH);
    }

    @Test
    void aServerErrorOrABrokenAnswerOnCreateIsUnknownNotFailed() {
        world.faults.add(FaultRule.of("cashin", "qr-mpm-generate", Fault.HTTP_500).times(1));
        assertThat(world.create(PaymentMethod.QRIS, 10000).status()).isEqualTo(PaymentStatus.PENDING);

        world.faults.add(FaultRule.of("cashin", "payment", Fault.MALFORMED_JSON).times(1));
        assertThat(world.create(PaymentMethod.CHECKOUT_PAGE, 10000).status()).isEqualTo(PaymentStatus.PENDING);
    }

    @Test
    void aQueryRetriesPastAServerError() {
        Payment payment = world.create(PaymentMethod.QRIS, 10000);
        world.faults.add(FaultRule.of("cashin", "qr-mpm-query", Fault.HTTP_500).times(1));

        var answer = world.gateway.query(payment.toGatewayLookup());

        assertThat(answer).isInstanceOf(GatewayCallResult.Accepted.class);
    }
}
