package id.kasir.adapters.cashi;

import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.application.testing.TestKasir;
import id.kasir.domain.common.Actor;
import id.kasir.domain.money.Money;
import id.kasir.domain.notification.NotificationOutcome;
import id.kasir.domain.notification.StoredNotification;
import id.kasir.domain.notification.Verification;
import id.kasir.domain.ops.OpsExceptionType;
import id.kasir.domain.payment.NewPayment;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentEventType;
import id.kasir.domain.payment.PaymentMethod;
import id.kasir.domain.payment.PaymentStatus;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The webhook endpoint over real HTTP, with Kasir's use cases in memory and a fake Cashi that answers
 * check-status: a settled webhook is applied only as far as check-status confirms it.
 */
class CashiWebhookTest {

    private static final String SECRET = "sandbox-cashi-webhook-secret";
    private final FakeCashi cashi = new FakeCashi("sandbox-cashi-key", SECRET);
    private KasirWithCashiWebhook app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
        cashi.close();
    }

    private TestKasir start(String... properties) {
        String[] all = new String[properties.length + 1];
        all[0] = "kasir.providers.cashi.base-url=" + cashi.baseUrl();
        System.arraycopy(properties, 0, all, 1, properties.length);
        app = new KasirWithCashiWebhook(all);
        app.gateway.target = new CashiGateway(app.bean(CashiProperties.class), app.kasir.clock);
        return app.kasir;
    }

    private Payment createPayment(TestKasir kasir, String orderId, long rupiah) {
        return kasir.createPayment.create(new NewPayment(orderId, CashiGateway.ID, PaymentMethod.QRIS, Money.idr(rupiah),
                kasir.clock.instant().plus(Duration.ofMinutes(10)), null, "Kopi susu", null, null),
                Actor.system("test")).payment();
    }

    private Payment reload(TestKasir kasir, Payment payment) {
        return kasir.payments.byId(payment.id()).orElseThrow();
    }

    private long checkStatusCalls() {
        return cashi.seen.stream().filter(s -> s.path().startsWith("/api/check-status/")).count();
    }

    @Test
    void aSettledWebhookIsConfirmedWithCheckStatusAndMakesThePaymentPaidWithTheUniqueAmount() {
        TestKasir kasir = start();
        Payment payment = createPayment(kasir, "INV-1", 15000);
        assertThat(payment.status()).isEqualTo(PaymentStatus.OPEN);
        assertThat(payment.amountToPay()).isEqualTo(Money.idr(15023));
        assertThat(payment.instructions().qrContent()).isEqualTo(QrPictures.QRIS);

        cashi.settle(payment.reference(), 15023);
        HttpResponse<String> answer = cashi.sendWebhook(app.webhookUrl(),
                cashi.settledWebhookBody(payment.reference(), 15023), true);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("OK");
        Payment paid = reload(kasir, payment);
        assertThat(paid.status()).isEqualTo(PaymentStatus.PAID);
        assertThat(paid.paidAmount()).contains(Money.idr(15023));
        assertThat(paid.gatewayReference()).contains("31277571482");
        assertThat(checkStatusCalls()).isEqualTo(1);
        StoredNotification stored = kasir.notifications.all().get(0);
        assertThat(stored.notification().verification()).isEqualTo(Verification.VERIFIED);
        assertThat(stored.outcome()).isEqualTo(NotificationOutcome.APPLIED);
        assertThat(stored.notification().headers()).containsIgnoringCase("X-Signature: ****").doesNotContain(SECRET);
        assertThat(kasir.payments.timeline(payment.id()))
                .extracting(e -> e.type())
                .containsSubsequence(PaymentEventType.CREATED, PaymentEventType.GATEWAY_CALL,
                        PaymentEventType.STATUS_CHANGED, PaymentEventType.GATEWAY_CALL, PaymentEventType.STATUS_CHANGED);
    }

    @Test
    void aSignedSettledWebhookForAnUnpaidOrderIsNotAppliedBecauseCheckStatusSaysPending() {
        TestKasir kasir = start();
        Payment payment = createPayment(kasir, "INV-2", 15000);

        HttpResponse<String> answer = cashi.sendWebhook(app.webhookUrl(),
                cashi.settledWebhookBody(payment.reference(), 15023), true);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(reload(kasir, payment).status()).isEqualTo(PaymentStatus.OPEN);
        assertThat(kasir.notifications.all().get(0).outcome()).isEqualTo(NotificationOutcome.UNCHANGED);
        assertThat(checkStatusCalls()).isEqualTo(1);
    }

    @Test
    void anUnsignedWebhookIsNeverTrustedByItself() {
        TestKasir kasir = start("kasir.providers.cashi.webhook-secret=");
        Payment payment = createPayment(kasir, "INV-3", 15000);

        HttpResponse<String> forged = cashi.sendWebhook(app.webhookUrl(),
                cashi.settledWebhookBody(payment.reference(), 15023), false);

        assertThat(forged.statusCode()).isEqualTo(200);
        assertThat(reload(kasir, payment).status()).isEqualTo(PaymentStatus.OPEN);
        assertThat(kasir.notifications.all().get(0).notification().verification()).isEqualTo(Verification.UNSIGNED);

        // The real one, after the customer paid, is not swallowed as a "duplicate" of the forged one.
        cashi.settle(payment.reference(), 15023);
        cashi.sendWebhook(app.webhookUrl(), cashi.settledWebhookBody(payment.reference(), 15023), false);
        assertThat(reload(kasir, payment).status()).isEqualTo(PaymentStatus.PAID);
        assertThat(kasir.notifications.all()).extracting(StoredNotification::outcome)
                .containsExactly(NotificationOutcome.UNCHANGED, NotificationOutcome.APPLIED);
    }

    @Test
    void aForgedSignatureIsAnsweredUnauthorizedStoredAsRejectedAndNeitherAppliedNorQueried() {
        TestKasir kasir = start();
        Payment payment = createPayment(kasir, "INV-4", 15000);
        cashi.settle(payment.reference(), 15023);
        String body = cashi.settledWebhookBody(payment.reference(), 15023);

        HttpResponse<String> forged = cashi.sendWebhook(app.webhookUrl(), body.replace("15023", "15023 "), false);
        var wrongKey = new FakeCashi("k", "not-the-secret");
        HttpResponse<String> badKey;
        try {
            badKey = wrongKey.sendWebhook(app.webhookUrl(), body, true);
        } finally {
            wrongKey.close();
        }

        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(badKey.statusCode()).isEqualTo(401);
        assertThat(reload(kasir, payment).status()).isEqualTo(PaymentStatus.OPEN);
        assertThat(checkStatusCalls()).isZero();
        assertThat(kasir.notifications.all()).extracting(StoredNotification::outcome)
                .containsExactly(NotificationOutcome.REJECTED, NotificationOutcome.REJECTED);

        // The genuine webhook still gets through: the forged ones did not take its dedup key.
        assertThat(cashi.sendWebhook(app.webhookUrl(), body, true).statusCode()).isEqualTo(200);
        assertThat(reload(kasir, payment).status()).isEqualTo(PaymentStatus.PAID);
    }

    @Test
    void theDashboardsTestWebhookIsStoredAsATestAndChangesNothing() {
        TestKasir kasir = start();
        Payment payment = createPayment(kasir, "INV-5", 15000);

        HttpResponse<String> answer = cashi.sendWebhook(app.webhookUrl(), cashi.settledWebhookBody("TEST-8f3a", 10000), true);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("Test OK");
        assertThat(kasir.notifications.all()).singleElement()
                .satisfies(n -> assertThat(n.outcome()).isEqualTo(NotificationOutcome.TEST));
        assertThat(reload(kasir, payment).status()).isEqualTo(PaymentStatus.OPEN);
        assertThat(checkStatusCalls()).isZero();
        assertThat(kasir.opsExceptions.countOpen()).isZero();
    }

    @Test
    void aRepeatedWebhookIsAcknowledgedAndRecordedAsADuplicateWithoutAnotherQuery() {
        TestKasir kasir = start();
        Payment payment = createPayment(kasir, "INV-6", 15000);
        cashi.settle(payment.reference(), 15023);
        String body = cashi.settledWebhookBody(payment.reference(), 15023);

        HttpResponse<String> first = cashi.sendWebhook(app.webhookUrl(), body, true);
        HttpResponse<String> second = cashi.sendWebhook(app.webhookUrl(), body, true);

        assertThat(List.of(first.statusCode(), second.statusCode())).containsOnly(200);
        assertThat(kasir.notifications.all()).extracting(StoredNotification::outcome)
                .containsExactly(NotificationOutcome.APPLIED, NotificationOutcome.DUPLICATE);
        assertThat(checkStatusCalls()).isEqualTo(1);
        assertThat(kasir.statusChanges).containsExactly("INV-6:PENDING->OPEN", "INV-6:OPEN->PAID");
    }

    @Test
    void aSettlementOfAnotherAmountThanTheAmountToPayGoesToOpsNotPaid() {
        TestKasir kasir = start();
        Payment payment = createPayment(kasir, "INV-7", 15000);
        cashi.settle(payment.reference(), 15000);

        cashi.sendWebhook(app.webhookUrl(), cashi.settledWebhookBody(payment.reference(), 15000), true);

        assertThat(reload(kasir, payment).status()).isEqualTo(PaymentStatus.OPEN);
        assertThat(kasir.notifications.all().get(0).outcome()).isEqualTo(NotificationOutcome.AMOUNT_MISMATCH);
        assertThat(kasir.opsExceptions.bySubject(payment.id().value())).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(OpsExceptionType.AMOUNT_MISMATCH));
    }

    @Test
    void ourClockExpiresThePaymentAfterTheQrsTenMinutesAndALateSettlementIsPaidAndFlagged() {
        TestKasir kasir = start();
        Payment payment = createPayment(kasir, "INV-8", 15000);

        kasir.clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        assertThat(kasir.expireOverduePayments.expireOverdue(100)).isEqualTo(1);
        assertThat(reload(kasir, payment).status()).isEqualTo(PaymentStatus.EXPIRED);

        cashi.settle(payment.reference(), 15023);
        cashi.sendWebhook(app.webhookUrl(), cashi.settledWebhookBody(payment.reference(), 15023), true);

        assertThat(reload(kasir, payment).status()).isEqualTo(PaymentStatus.PAID);
        assertThat(kasir.notifications.all().get(0).detail()).contains("paid after expiry");
        assertThat(kasir.opsExceptions.bySubject(payment.id().value())).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(OpsExceptionType.PAID_AFTER_EXPIRY));
    }

    @Test
    void aTimeOutOnCreateLeavesThePaymentPending() {
        TestKasir kasir = start("kasir.providers.cashi.read-timeout=300ms");
        cashi.hold("create-order");

        Payment payment = createPayment(kasir, "INV-9", 15000);

        assertThat(payment.status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(payment.statusReason()).hasValueSatisfying(r -> assertThat(r).contains("no answer"));
    }

    @Test
    void anUnreadableBodyIsAnsweredBadRequestAndStoredAsRejected() {
        TestKasir kasir = start();

        HttpResponse<String> answer = cashi.sendWebhook(app.webhookUrl(), "{\"event\":\"PAYMENT_SETTLED\"", true);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).doesNotContain("Exception");
        assertThat(kasir.notifications.all()).singleElement()
                .satisfies(n -> assertThat(n.outcome()).isEqualTo(NotificationOutcome.REJECTED));
    }

    @Test
    void aWebhookForAnOrderKasirDoesNotHaveIsAcknowledgedAndSentToOps() {
        TestKasir kasir = start();

        HttpResponse<String> answer = cashi.sendWebhook(app.webhookUrl(),
                cashi.settledWebhookBody("KNOSUCHORDER00000000", 15023), true);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(kasir.notifications.all().get(0).outcome()).isEqualTo(NotificationOutcome.UNMATCHED);
        assertThat(kasir.opsExceptions.countOpen()).isEqualTo(1);
    }
}
