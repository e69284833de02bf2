package id.kasir.application.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kasir.application.gateway.PaymentRequestRejected;
import id.kasir.application.testing.FakePaymentGateway;
import id.kasir.application.testing.TestKasir;
import id.kasir.domain.common.Actor;
import id.kasir.domain.gateway.GatewayCallResult;
import id.kasir.domain.gateway.GatewayExchange;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.gateway.GatewayPaymentCreated;
import id.kasir.domain.money.Money;
import id.kasir.domain.payment.Customer;
import id.kasir.domain.payment.MaximumAmounts;
import id.kasir.domain.payment.NewPayment;
import id.kasir.domain.payment.PaymentEventType;
import id.kasir.domain.payment.PaymentInstructions;
import id.kasir.domain.payment.PaymentMethod;
import id.kasir.domain.payment.PaymentStatus;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CreatePaymentTest {

    private final FakePaymentGateway gateway = new FakePaymentGateway("cashi");
    private final TestKasir kasir = new TestKasir(gateway);

    private NewPayment order(String orderId, long rupiah, PaymentMethod method) {
        return new NewPayment(orderId, GatewayId.of("cashi"), method, Money.idr(rupiah),
                kasir.clock.instant().plus(Duration.ofMinutes(10)), Customer.UNKNOWN, "Coffee", null, null);
    }

    @Test
    void anAcceptedPaymentIsOpenWithTheGatewaysAmountToPayAndItsWholeStoryOnTheTimeline() {
        gateway.onCreate(req -> GatewayCallResult.accepted(new GatewayPaymentCreated("CASHI-9", Money.idr(15023), null,
                new PaymentInstructions("https://cashi.example/pay/1", null, "data:image/png;base64,AA", null)),
                new GatewayExchange("create-order", "{\"amount\":15000}", "{\"amount\":15023}", 200, Duration.ofMillis(40))));

        CreatePayment.Result result = kasir.createPayment.create(order("INV-1", 15000, PaymentMethod.QRIS), Actor.merchant("shop"));

        assertThat(result.created()).isTrue();
        assertThat(result.payment().status()).isEqualTo(PaymentStatus.OPEN);
        assertThat(result.payment().amountToPay()).isEqualTo(Money.idr(15023));
        assertThat(result.payment().gatewayReference()).contains("CASHI-9");
        assertThat(kasir.payments.timeline(result.payment().id())).extracting(e -> e.type()).containsExactly(
                PaymentEventType.CREATED, PaymentEventType.GATEWAY_CALL, PaymentEventType.STATUS_CHANGED);
        assertThat(gateway.created).singleElement().satisfies(r -> assertThat(r.reference()).hasSize(20));
        assertThat(kasir.statusChanges).containsExactly("INV-1:PENDING->OPEN");
    }

    @Test
    void aTimeOutLeavesThePaymentPendingNeverFailed() {
        gateway.onCreate(req -> GatewayCallResult.unknown("read timed out", GatewayExchange.none("create-order")));
        var payment = kasir.createPayment.create(order("INV-2", 15000, PaymentMethod.QRIS), Actor.merchant("shop")).payment();
        assertThat(payment.status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(kasir.payments.timeline(payment.id())).extracting(e -> e.type()).contains(PaymentEventType.OUTCOME_UNKNOWN);
    }

    @Test
    void anAdapterThatThrowsIsTreatedAsAnUnknownOutcome() {
        gateway.onCreate(req -> {
            throw new IllegalStateException("bug");
        });
        var payment = kasir.createPayment.create(order("INV-3", 15000, PaymentMethod.QRIS), Actor.merchant("shop")).payment();
        assertThat(payment.status()).isEqualTo(PaymentStatus.PENDING);
    }

    @Test
    void aDeclineFailsThePaymentWithTheGatewaysWords() {
        gateway.onCreate(req -> GatewayCallResult.declined("400", "amount too small", GatewayExchange.none("create-order")));
        var payment = kasir.createPayment.create(order("INV-4", 15000, PaymentMethod.QRIS), Actor.merchant("shop")).payment();
        assertThat(payment.status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(payment.statusReason()).contains("400: amount too small");
    }

    @Test
    void theSameOrderAgainReturnsTheExistingPaymentWithoutCallingTheGatewayTwice() {
        var first = kasir.createPayment.create(order("INV-5", 15000, PaymentMethod.QRIS), Actor.merchant("shop"));
        var second = kasir.createPayment.create(order("INV-5", 15000, PaymentMethod.QRIS), Actor.merchant("shop"));
        assertThat(second.created()).isFalse();
        assertThat(second.payment().id()).isEqualTo(first.payment().id());
        assertThat(gateway.created).hasSize(1);
    }

    @Test
    void refusesAnUnknownGatewayAnUnsupportedMethodAndAnAmountBelowTheMinimum() {
        NewPayment unknownGateway = new NewPayment("INV-6", GatewayId.of("nope"), PaymentMethod.QRIS, Money.idr(15000),
                kasir.clock.instant().plusSeconds(600), Customer.UNKNOWN, null, null, null);
        assertThatThrownBy(() -> kasir.createPayment.create(unknownGateway, Actor.merchant("shop")))
                .isInstanceOfSatisfying(PaymentRequestRejected.class,
                        e -> assertThat(e.reason()).isEqualTo(PaymentRequestRejected.Reason.UNKNOWN_GATEWAY));
        assertThatThrownBy(() -> kasir.createPayment.create(order("INV-7", 15000, PaymentMethod.VA), Actor.merchant("shop")))
                .isInstanceOfSatisfying(PaymentRequestRejected.class,
                        e -> assertThat(e.reason()).isEqualTo(PaymentRequestRejected.Reason.UNSUPPORTED_METHOD));
        assertThatThrownBy(() -> kasir.createPayment.create(order("INV-8", 999, PaymentMethod.QRIS), Actor.merchant("shop")))
                .isInstanceOfSatisfying(PaymentRequestRejected.class,
                        e -> assertThat(e.reason()).isEqualTo(PaymentRequestRejected.Reason.AMOUNT_BELOW_MINIMUM));
        assertThat(gateway.created).isEmpty();
        assertThat(kasir.payments.byOrderId("INV-8")).isEmpty();
    }

    @Test
    void refusesAnAmountAboveWhatTheInstrumentCarriesOrTheConfiguredMaximumBeforeStoringAnything() {
        var limited = new CreatePayment(kasir.gateways, kasir.payments, kasir.writer, kasir.transactions, kasir.ids,
                kasir.clock, new MaximumAmounts(Map.of(GatewayId.of("cashi"),
                        Map.of(PaymentMethod.QRIS, Money.idr(10_000_000)))));

        assertThatThrownBy(() -> kasir.createPayment.create(order("INV-9", 100_000_000_000_000L, PaymentMethod.QRIS),
                Actor.merchant("shop")))
                .isInstanceOfSatisfying(PaymentRequestRejected.class,
                        e -> assertThat(e.reason()).isEqualTo(PaymentRequestRejected.Reason.AMOUNT_ABOVE_MAXIMUM))
                .hasMessageContaining("at most IDR 9999999999.00 by QRIS");
        assertThatThrownBy(() -> limited.create(order("INV-10", 10_000_001, PaymentMethod.QRIS), Actor.merchant("shop")))
                .isInstanceOfSatisfying(PaymentRequestRejected.class,
                        e -> assertThat(e.reason()).isEqualTo(PaymentRequestRejected.Reason.AMOUNT_ABOVE_MAXIMUM))
                .hasMessageContaining("at most IDR 10000000.00");
        assertThat(gateway.created).isEmpty();
        assertThat(kasir.payments.byOrderId("INV-9")).isEmpty();

        assertThat(limited.create(order("INV-11", 10_000_000, PaymentMethod.QRIS), Actor.merchant("shop")).created())
                .as("the maximum itself is allowed").isTrue();
    }
}
