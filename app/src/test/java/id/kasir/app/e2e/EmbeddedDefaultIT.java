package id.kasir.app.e2e;

import static id.kasir.application.testing.Eventually.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.kasir.application.payment.CreatePayment;
import id.kasir.application.payment.FindPayments;
import id.kasir.domain.common.Actor;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.money.Money;
import id.kasir.domain.notification.GatewayNotifications;
import id.kasir.domain.notification.NotificationOutcome;
import id.kasir.domain.notification.NotificationSearch;
import id.kasir.domain.payment.Customer;
import id.kasir.domain.payment.NewPayment;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentEventType;
import id.kasir.domain.payment.PaymentMethod;
import id.kasir.domain.payment.PaymentStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embedded default end to end: Kasir and its in-process sandbox over real HTTP, on H2. A payment
 * created at a gateway is paid on the sandbox, the sandbox's notification comes back to Kasir's
 * endpoint, and the payment is PAID with its whole story on the timeline.
 */
class EmbeddedDefaultIT {

    private static EmbeddedKasir kasir;

    @BeforeAll
    static void start() {
        kasir = EmbeddedKasir.start();
    }

    @AfterAll
    static void stop() {
        kasir.close();
    }

    @Test
    void healthIsUp() {
        var health = kasir.get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void theSandboxIndexPageListsTheSimulatedGateways() {
        var index = kasir.get("/sandbox");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.body()).contains("Kasir gateway sandbox").contains("payin");
    }

    @Test
    void everyPortalPageSaysThatTheSandboxIsMounted() {
        var login = kasir.get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("id=\"sandbox-banner\"").contains("No real money moves");
    }

    @Test
    void aPayInPaymentPaidOnTheSandboxBecomesPaidWithItsFeeAndTimeline() {
        Payment created = create("E2E-PAYIN-1", "payin", PaymentMethod.QRIS, 20000);
        assertThat(created.status()).isEqualTo(PaymentStatus.OPEN);

        var paid = kasir.post("/sandbox/payin/_sandbox/orders/" + created.reference() + "/pay", "{}");
        assertThat(paid.statusCode()).isEqualTo(200);

        Payment payment = awaitStatus(created, PaymentStatus.PAID);
        assertThat(payment.gatewayFee()).isPresent();
        assertThat(payment.paidAmount()).contains(Money.idr(20000));
        assertThat(kasir.bean(FindPayments.class).timeline(payment.id()))
                .extracting(e -> e.type() + ":" + e.to())
                .containsSubsequence("CREATED:PENDING", "GATEWAY_CALL:null", "STATUS_CHANGED:OPEN", "STATUS_CHANGED:PAID");
        // The notification is marked APPLIED just after the payment's change commits: wait for it, do not race it.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(kasir.bean(GatewayNotifications.class)
                .search(new NotificationSearch(null, null, payment.id(), null, 10)))
                .extracting(n -> n.outcome()).contains(NotificationOutcome.APPLIED));
    }

    @Test
    void aCashInCheckoutPagePaymentPaidOnTheSandboxBecomesPaid() {
        Payment created = create("E2E-CASHIN-CHECKOUT-1", "cashin", PaymentMethod.CHECKOUT_PAGE, 15000);
        assertThat(created.status()).isEqualTo(PaymentStatus.OPEN);
        assertThat(created.instructions().checkoutUrl()).startsWith(kasir.url("/sandbox/cashin/"));

        assertThat(kasir.post("/sandbox/cashin/_sandbox/orders/" + created.reference() + "/pay", "{}").statusCode())
                .isEqualTo(200);

        Payment payment = awaitStatus(created, PaymentStatus.PAID);
        assertThat(payment.paidAmount()).contains(Money.idr(15000));
        assertThat(payment.gatewayReference()).isPresent();
    }

    @Test
    void aCashInQrisPaymentShowsAValidQrAndBecomesPaid() {
        Payment created = create("E2E-CASHIN-QRIS-1", "cashin", PaymentMethod.QRIS, 25000);
        assertThat(created.status()).isEqualTo(PaymentStatus.OPEN);
        assertThat(created.instructions().qrContent()).startsWith("000201").contains("25000.00");

        assertThat(kasir.post("/sandbox/cashin/_sandbox/orders/" + created.reference() + "/pay", "{}").statusCode())
                .isEqualTo(200);

        awaitStatus(created, PaymentStatus.PAID);
    }

    @Test
    void aCashiPaymentIsPaidForTheUniqueAmountAndBecomesPaid() {
        Payment created = create("E2E-CASHI-1", "cashi", PaymentMethod.QRIS, 15000);
        assertThat(created.status()).isEqualTo(PaymentStatus.OPEN);
        assertThat(created.amountToPay()).isGreaterThan(Money.idr(15000));
        assertThat(created.amountToPay()).isLessThanOrEqualTo(Money.idr(15099));

        assertThat(kasir.post("/sandbox/cashi/_sandbox/orders/" + created.reference() + "/pay", "{}").statusCode())
                .isEqualTo(200);

        Payment payment = awaitStatus(created, PaymentStatus.PAID);
        assertThat(payment.paidAmount()).contains(created.amountToPay());
    }

    static Payment create(String orderId, String gateway, PaymentMethod method, long rupiah) {
        return kasir.bean(CreatePayment.class).create(new NewPayment(orderId, GatewayId.of(gateway), method,
                Money.idr(rupiah), Instant.now().plus(Duration.ofMinutes(10)),
                new Customer("C-1", "6281234567890", "Siti Aminah", "siti@example.id"), "Two coffees", null, null),
                Actor.merchant("e2e")).payment();
    }

    static Payment awaitStatus(Payment payment, PaymentStatus status) {
        FindPayments find = kasir.bean(FindPayments.class);
        waitUntil(payment.orderId() + " is " + status, () -> find.byId(payment.id()).status() == status);
        return find.byId(payment.id());
    }

    static boolean hasEvent(Payment payment, PaymentEventType type) {
        return kasir.bean(FindPayments.class).timeline(payment.id()).stream().anyMatch(e -> e.type() == type);
    }
}
