package id.kasir.adapters.cashin;

import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.application.testing.Eventually;
import id.kasir.domain.money.Money;
import id.kasir.domain.notification.NotificationOutcome;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentMethod;
import id.kasir.domain.payment.PaymentStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sandbox sending the notify body as the document's <em>example</em> writes it
 * ({@code latestTransactionStatusDec}, {@code orgiginalExternalId}, a numeric {@code amount.value}).
 */
class CashInAgainstSandboxExampleStyleTest {

    static SandboxHarness world;

    @BeforeAll
    static void start() {
        world = new SandboxHarness("example");
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    @Test
    void aPaymentNotifiedInTheExampleStyleBecomesPaid() {
        Payment payment = world.create(PaymentMethod.CHECKOUT_PAGE, 15000);

        world.act(payment, "pay");

        Eventually.waitUntil("the payment is PAID", () -> world.current(payment).status() == PaymentStatus.PAID);
        assertThat(world.current(payment).paidAmount()).contains(Money.idr(15000));
        assertThat(world.notificationsAbout(payment).get(0).outcome()).isEqualTo(NotificationOutcome.APPLIED);
        assertThat(world.notificationsAbout(payment).get(0).notification().body()).contains("latestTransactionStatusDec");
    }

    @Test
    void anExpiryNotifiedInTheExampleStyleBecomesExpired() {
        Payment payment = world.create(PaymentMethod.QRIS, 10000);

        world.act(payment, "expire");

        Eventually.waitUntil("the payment is EXPIRED", () -> world.current(payment).status() == PaymentStatus.EXPIRED);
    }
}
