package id.kasir.domain.payment;

import static id.kasir.domain.fixtures.PaymentFixtures.NOW;
import static id.kasir.domain.fixtures.PaymentFixtures.aPayment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kasir.domain.common.Actor;
import id.kasir.domain.common.DomainRuleViolation;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.gateway.GatewayPaymentCreated;
import id.kasir.domain.money.Money;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PaymentLifecycleTest {

    private static NewPayment newPayment() {
        return new NewPayment("ORDER-1", GatewayId.of("cashi"), PaymentMethod.QRIS, Money.idr(15000),
                NOW.plus(Duration.ofMinutes(10)), Customer.UNKNOWN, "Coffee", null, null);
    }

    @Test
    void aNewPaymentIsPendingWithACreatedEvent() {
        Payment payment = Payment.request(new PaymentId("p-1"), "KREF", newPayment(), Actor.merchant("shop"), NOW);
        assertThat(payment.status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(payment.amountToPay()).isEqualTo(Money.idr(15000));
        assertThat(payment.newEvents()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(PaymentEventType.CREATED);
            assertThat(e.to()).isEqualTo(PaymentStatus.PENDING);
        });
    }

    @Test
    void aPaymentThatExpiresInThePastIsRefused() {
        NewPayment late = new NewPayment("ORDER-2", GatewayId.of("cashi"), PaymentMethod.QRIS, Money.idr(15000),
                NOW, Customer.UNKNOWN, null, null, null);
        assertThatThrownBy(() -> Payment.request(new PaymentId("p-2"), "KREF", late, Actor.merchant("shop"), NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void openingTakesTheGatewaysAmountToPayNotTheRequestedOne() {
        Payment payment = Payment.request(new PaymentId("p-1"), "KREF", newPayment(), Actor.merchant("shop"), NOW);
        payment.opened(new GatewayPaymentCreated("CASHI-1", Money.idr(15023), null, PaymentInstructions.NONE), NOW);
        assertThat(payment.status()).isEqualTo(PaymentStatus.OPEN);
        assertThat(payment.amount()).isEqualTo(Money.idr(15000));
        assertThat(payment.amountToPay()).isEqualTo(Money.idr(15023));
        assertThat(payment.newEvents()).last().satisfies(e -> assertThat(e.summary()).contains("15023"));
    }

    @Test
    void anUnknownOutcomeLeavesThePaymentPendingAndSaysSoOnTheTimeline() {
        Payment payment = Payment.request(new PaymentId("p-1"), "KREF", newPayment(), Actor.merchant("shop"), NOW);
        payment.outcomeUnknown("read timed out", Actor.system("create-payment"), NOW);
        assertThat(payment.status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(payment.newEvents()).last().satisfies(e -> assertThat(e.type()).isEqualTo(PaymentEventType.OUTCOME_UNKNOWN));
    }

    @Test
    void aDeclineFailsThePaymentWithTheGatewaysReason() {
        Payment payment = Payment.request(new PaymentId("p-1"), "KREF", newPayment(), Actor.merchant("shop"), NOW);
        payment.declined("4004701", "Invalid field format", NOW);
        assertThat(payment.status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(payment.statusReason()).contains("4004701: Invalid field format");
    }

    @Test
    void expiresOnlyInFlightPaymentsWhoseExpiryHasPassed() {
        Payment open = aPayment().withStatus(PaymentStatus.OPEN).expiresAt(NOW).build();
        assertThat(open.expireIfOverdue(NOW.minusSeconds(1))).isFalse();
        assertThat(open.expireIfOverdue(NOW)).isTrue();
        assertThat(open.status()).isEqualTo(PaymentStatus.EXPIRED);
        assertThat(open.newEvents()).singleElement().satisfies(e -> assertThat(e.actor()).isEqualTo(Actor.clock()));

        Payment paid = aPayment().withStatus(PaymentStatus.PAID).expiresAt(NOW).build();
        assertThat(paid.expireIfOverdue(NOW.plusSeconds(60))).isFalse();
    }

    @Test
    void opsCanCancelAnOpenPaymentButNotAPaidOne() {
        Payment open = aPayment().withStatus(PaymentStatus.OPEN).build();
        open.cancel(Actor.operator("ani"), "customer called it off", NOW);
        assertThat(open.status()).isEqualTo(PaymentStatus.CANCELLED);

        Payment paid = aPayment().withStatus(PaymentStatus.PAID).build();
        assertThatThrownBy(() -> paid.cancel(Actor.operator("ani"), "oops", NOW)).isInstanceOf(DomainRuleViolation.class);
    }
}
