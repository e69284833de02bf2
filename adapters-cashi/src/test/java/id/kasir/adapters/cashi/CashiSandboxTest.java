package id.kasir.adapters.cashi;

import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.application.testing.Eventually;
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
import id.kasir.sandbox.faults.Fault;
import id.kasir.sandbox.faults.FaultRule;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The adapter against the sandbox's simulated Cashi over real HTTP: Kasir's use cases in memory call
 * the real {@link CashiGateway}, the customer pays on the sandbox, and the sandbox's webhook arrives at
 * the real {@link CashiWebhookController}.
 */
class CashiSandboxTest {

    private KasirWithCashiWebhook kasirApp;
    private CashiSandbox sandbox;

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
        if (kasirApp != null) {
            kasirApp.close();
        }
    }

    /** Kasir first (the sandbox needs its port for webhooks), then the sandbox, then the gateway between them. */
    private TestKasir start(String[] kasirProperties, String... sandboxProperties) {
        kasirApp = new KasirWithCashiWebhook(kasirProperties);
        sandbox = new CashiSandbox(kasirApp.baseUrl(), sandboxProperties);
        CashiProperties properties = kasirApp.bean(CashiProperties.class).withBaseUrl(sandbox.cashiBaseUrl());
        kasirApp.gateway.target = new CashiGateway(properties, kasirApp.kasir.clock);
        return kasirApp.kasir;
    }

    private TestKasir start() {
        return start(new String[0]);
    }

    private static Payment create(TestKasir kasir, String orderId, long rupiah) {
        return kasir.createPayment.create(new NewPayment(orderId, CashiGateway.ID, PaymentMethod.QRIS, Money.idr(rupiah),
                kasir.clock.instant().plus(Duration.ofMinutes(10)), null, "Nasi goreng", null, null),
                Actor.system("test")).payment();
    }

    private static Payment reload(TestKasir kasir, Payment payment) {
        return kasir.payments.byId(payment.id()).orElseThrow();
    }

    private static void waitForNotifications(TestKasir kasir, int count) {
        Eventually.waitUntil(count + " Cashi notification(s) handled", () -> kasir.notifications.all().size() >= count
                && kasir.notifications.all().stream().noneMatch(n -> n.outcome() == NotificationOutcome.RECEIVED));
    }

    @Test
    void createSettleAndTheWebhookMakeThePaymentPaidWithTheUniqueAmount() {
        TestKasir kasir = start();
        Payment payment = create(kasir, "INV-S1", 15000);

        JsonNode order = sandbox.order(payment.reference());
        assertThat(payment.status()).isEqualTo(PaymentStatus.OPEN);
        long unique = order.get("amount").asLong();
        assertThat(unique).isBetween(15001L, 15099L);
        assertThat(payment.amount()).isEqualTo(Money.idr(15000));
        assertThat(payment.amountToPay()).isEqualTo(Money.idr(unique));
        assertThat(payment.instructions().checkoutUrl()).isEqualTo(order.get("checkout_url").asString());
        assertThat(payment.instructions().qrImageUrl()).startsWith("data:image/png;base64,");
        assertThat(payment.instructions().qrContent()).isEqualTo(order.get("qrContent").asString());

        sandbox.act(payment.reference(), "pay", null);
        Eventually.waitUntil("the payment is PAID", () -> reload(kasir, payment).status() == PaymentStatus.PAID);

        Payment paid = reload(kasir, payment);
        assertThat(paid.paidAmount()).contains(Money.idr(unique));
        assertThat(paid.gatewayReference()).isPresent();
        waitForNotifications(kasir, 1);
        StoredNotification notification = kasir.notifications.all().get(0);
        assertThat(notification.notification().verification()).isEqualTo(Verification.VERIFIED);
        assertThat(notification.outcome()).isEqualTo(NotificationOutcome.APPLIED);
        assertThat(notification.detail()).contains("applied the gateway's status query");
        assertThat(kasir.payments.timeline(payment.id())).extracting(e -> e.type()).containsSubsequence(
                PaymentEventType.CREATED, PaymentEventType.GATEWAY_CALL, PaymentEventType.STATUS_CHANGED,
                PaymentEventType.GATEWAY_CALL, PaymentEventType.STATUS_CHANGED);
        assertThat(kasir.payments.timeline(payment.id())).last()
                .satisfies(e -> assertThat(e.to()).isEqualTo(PaymentStatus.PAID));
        // The sandbox writes down the delivery once our answer is back, which may be after the payment is PAID.
        Eventually.waitUntil("the sandbox recorded its webhook delivery",
                () -> sandbox.order(payment.reference()).get("notifications").size() > 0);
        assertThat(sandbox.order(payment.reference()).get("notifications").get(0).get("http_status").asInt())
                .isEqualTo(200);
    }

    @Test
    void theSandboxsTestWebhookIsAnsweredTestOkAndChangesNothing() {
        TestKasir kasir = start();
        Payment payment = create(kasir, "INV-S2", 20000);

        JsonNode result = sandbox.sendTestWebhook();

        assertThat(result.get("merchant_status").asInt()).isEqualTo(200);
        assertThat(kasir.notifications.all()).singleElement().satisfies(n -> {
            assertThat(n.outcome()).isEqualTo(NotificationOutcome.TEST);
            assertThat(n.notification().reference()).startsWith("TEST-");
        });
        assertThat(reload(kasir, payment).status()).isEqualTo(PaymentStatus.OPEN);
        assertThat(kasir.opsExceptions.countOpen()).isZero();
    }

    @Test
    void aWebhookForAnOrderTheSandboxHasNotSettledIsNotAppliedSignedOrNot() throws Exception {
        TestKasir kasir = start();
        Payment payment = create(kasir, "INV-S3", 15000);
        String body = "{\"event\":\"PAYMENT_SETTLED\",\"data\":{\"order_id\":\"" + payment.reference()
                + "\",\"status\":\"SETTLED\",\"amount\":" + payment.amountToPay().toWholeUnits() + "}}";

        // Signed with the right secret (as if it had leaked): still confirmed with check-status, which says PENDING.
        assertThat(post(kasirApp.webhookUrl(), body, CashiProperties.SANDBOX_WEBHOOK_SECRET).statusCode()).isEqualTo(200);
        // Unsigned or signed with another secret: refused outright.
        assertThat(post(kasirApp.webhookUrl(), body, null).statusCode()).isEqualTo(401);
        assertThat(post(kasirApp.webhookUrl(), body, "guessed-secret").statusCode()).isEqualTo(401);

        assertThat(reload(kasir, payment).status()).isEqualTo(PaymentStatus.OPEN);
        assertThat(kasir.notifications.all()).extracting(StoredNotification::outcome).containsExactly(
                NotificationOutcome.UNCHANGED, NotificationOutcome.REJECTED, NotificationOutcome.REJECTED);
    }

    @Test
    void withoutAWebhookSecretAnUnsignedWebhookCountsOnlyAsFarAsCheckStatusConfirmsIt() throws Exception {
        TestKasir kasir = start(new String[] {"kasir.providers.cashi.webhook-secret="}, "kasir.sandbox.cashi.webhook-secret=");
        Payment payment = create(kasir, "INV-S4", 15000);
        String body = "{\"event\":\"PAYMENT_SETTLED\",\"data\":{\"order_id\":\"" + payment.reference()
                + "\",\"status\":\"SETTLED\",\"amount\":" + payment.amountToPay().toWholeUnits() + "}}";

        assertThat(post(kasirApp.webhookUrl(), body, null).statusCode()).isEqualTo(200);
        assertThat(reload(kasir, payment).status()).isEqualTo(PaymentStatus.OPEN);

        sandbox.act(payment.reference(), "pay", null);
        Eventually.waitUntil("the payment is PAID", () -> reload(kasir, payment).status() == PaymentStatus.PAID);
        waitForNotifications(kasir, 2);
        assertThat(kasir.notifications.all()).extracting(n -> n.notification().verification())
                .containsOnly(Verification.UNSIGNED);
        assertThat(kasir.notifications.all()).extracting(StoredNotification::outcome)
                .containsExactly(NotificationOutcome.UNCHANGED, NotificationOutcome.APPLIED);
    }

    @Test
    void aWebhookWithABadSignatureIsRefusedAndTheSandboxSeesUnauthorized() {
        TestKasir kasir = start();
        sandbox.fault(FaultRule.of("cashi", "webhook", Fault.BAD_NOTIFICATION_SIGNATURE));
        Payment payment = create(kasir, "INV-S5", 15000);

        sandbox.act(payment.reference(), "pay", null);
        Eventually.waitUntil("the sandbox recorded its webhook attempt",
                () -> sandbox.order(payment.reference()).get("notifications").size() == 1);

        assertThat(sandbox.order(payment.reference()).get("notifications").get(0).get("http_status").asInt()).isEqualTo(401);
        assertThat(kasir.notifications.all()).singleElement()
                .satisfies(n -> assertThat(n.outcome()).isEqualTo(NotificationOutcome.REJECTED));
        assertThat(reload(kasir, payment).status()).isEqualTo(PaymentStatus.OPEN);
    }

    @Test
    void aDuplicatedWebhookIsAcknowledgedAndRecordedAsADuplicate() {
        TestKasir kasir = start();
        sandbox.fault(FaultRule.of("cashi", "webhook", Fault.DUPLICATE_NOTIFICATION));
        Payment payment = create(kasir, "INV-S6", 15000);

        sandbox.act(payment.reference(), "pay", null);
        waitForNotifications(kasir, 2);

        assertThat(kasir.notifications.all()).extracting(StoredNotification::outcome)
                .containsExactlyInAnyOrder(NotificationOutcome.APPLIED, NotificationOutcome.DUPLICATE);
        assertThat(reload(kasir, payment).status()).isEqualTo(PaymentStatus.PAID);
        assertThat(kasir.statusChanges).containsExactly("INV-S6:PENDING->OPEN", "INV-S6:OPEN->PAID");
        Eventually.waitUntil("the sandbox recorded both deliveries",
                () -> sandbox.order(payment.reference()).get("notifications").size() == 2);
        sandbox.order(payment.reference()).get("notifications")
                .forEach(n -> assertThat(n.get("http_status").asInt()).isEqualTo(200));
    }

    @Test
    void aWrongPaidAmountIsAnOpsExceptionNotPaid() {
        TestKasir kasir = start();
        sandbox.fault(FaultRule.of("cashi", "pay", Fault.WRONG_PAID_AMOUNT).withAmountDelta(-10));
        Payment payment = create(kasir, "INV-S7", 15000);

        sandbox.act(payment.reference(), "pay", null);
        waitForNotifications(kasir, 1);

        assertThat(kasir.notifications.all().get(0).outcome()).isEqualTo(NotificationOutcome.AMOUNT_MISMATCH);
        assertThat(reload(kasir, payment).status()).isEqualTo(PaymentStatus.OPEN);
        assertThat(kasir.opsExceptions.bySubject(payment.id().value())).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(OpsExceptionType.AMOUNT_MISMATCH);
            assertThat(e.description()).contains(payment.amountToPay().minus(Money.idr(10)).toPlainString());
        });
    }

    @Test
    void afterTheQrsTenMinutesOurClockExpiresThePaymentAndALateSettlementIsPaidAndFlagged() {
        TestKasir kasir = start();
        Payment payment = create(kasir, "INV-S8", 15000);

        kasir.clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        kasir.expireOverduePayments.expireOverdue(100);
        assertThat(reload(kasir, payment).status()).isEqualTo(PaymentStatus.EXPIRED);

        // The sandbox runs on the real clock, so its QR is still payable: a settlement that arrives late.
        sandbox.act(payment.reference(), "pay", null);
        Eventually.waitUntil("the payment is PAID", () -> reload(kasir, payment).status() == PaymentStatus.PAID);

        waitForNotifications(kasir, 1);
        assertThat(kasir.notifications.all().get(0).detail()).contains("paid after expiry");
        assertThat(kasir.opsExceptions.bySubject(payment.id().value())).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(OpsExceptionType.PAID_AFTER_EXPIRY));
    }

    @Test
    void aTimeOutOnCreateLeavesThePaymentPendingAndALaterCheckFindsItOpen() {
        TestKasir kasir = start(new String[] {"kasir.providers.cashi.read-timeout=500ms"});
        sandbox.fault(FaultRule.of("cashi", "create-order", Fault.TIMEOUT).withLatency(5000).times(1));

        Payment payment = create(kasir, "INV-S9", 15000);

        assertThat(payment.status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(payment.statusReason()).hasValueSatisfying(r -> assertThat(r).contains("no answer"));
        // The sandbox did create the order: reconciliation's query finds it.
        kasir.refreshPayment.refresh(payment.id(), Actor.system("reconciliation"));
        assertThat(reload(kasir, payment).status()).isEqualTo(PaymentStatus.OPEN);
    }

    @Test
    void aFailedWebhookAfterTheSettlementLeavesThePaymentPaid() {
        TestKasir kasir = start();
        sandbox.fault(FaultRule.of("cashi", "webhook", Fault.OUT_OF_ORDER_NOTIFICATION));
        Payment payment = create(kasir, "INV-S10", 15000);

        sandbox.act(payment.reference(), "pay", null);
        waitForNotifications(kasir, 2);

        assertThat(reload(kasir, payment).status()).isEqualTo(PaymentStatus.PAID);
        assertThat(kasir.notifications.all()).extracting(StoredNotification::outcome)
                .containsExactly(NotificationOutcome.APPLIED, NotificationOutcome.IGNORED);
    }

    private static HttpResponse<String> post(String url, String body, String secret) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header("X-Signature", "sha256=" + new CashiWebhookSignature(secret).sign(body.getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
