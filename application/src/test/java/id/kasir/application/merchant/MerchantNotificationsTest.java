package id.kasir.application.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.application.testing.FakeMerchantEventPayloads;
import id.kasir.application.testing.FakePaymentGateway;
import id.kasir.application.testing.TestMerchantKasir;
import id.kasir.domain.common.Actor;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.money.Money;
import id.kasir.domain.payment.Customer;
import id.kasir.domain.payment.GatewayReport;
import id.kasir.domain.payment.PaymentMethod;
import id.kasir.domain.payment.PaymentStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MerchantNotificationsTest {

    private final FakePaymentGateway gateway = new FakePaymentGateway("cashin");
    private final FakeMerchantEventPayloads payloads = new FakeMerchantEventPayloads();
    private final TestMerchantKasir kasir = new TestMerchantKasir(payloads, gateway);

    @Test
    void writesOneOutboxRowPerStatusChangeWithTheEnvelopeAndThePaymentAtThatVersion() {
        var request = new MerchantPaymentRequest("ORD-7", GatewayId.of("cashin"), PaymentMethod.QRIS,
                Money.idr(15000), 30, Customer.UNKNOWN, null, null, null, null);
        var payment = kasir.createMerchantPayment.create(request, new ApiCaller(1, "shop", "kasir_test_x", null))
                .payment();
        kasir.clock.advance(Duration.ofMinutes(2));

        kasir.applyGatewayStatus.apply(payment.id(),
                GatewayReport.of(PaymentStatus.PAID, Money.idr(15000), GatewayReport.Source.NOTIFICATION),
                Actor.gateway("cashin"));
        kasir.applyGatewayStatus.apply(payment.id(),
                GatewayReport.of(PaymentStatus.PAID, Money.idr(15000), GatewayReport.Source.NOTIFICATION),
                Actor.gateway("cashin"));

        assertThat(kasir.outbox.all()).extracting(MerchantNotification::type)
                .containsExactly("payment.open", "payment.paid");
        MerchantNotification paid = kasir.outbox.all().get(1);
        assertThat(paid.subject()).isEqualTo(payment.id().value());
        assertThat(paid.status()).isEqualTo(MerchantNotification.Status.DUE);
        assertThat(paid.eventId()).matches("[0-9a-f-]{36}");
        assertThat(payloads.rendered).hasSize(2).last().satisfies(event -> {
            assertThat(event.id()).isEqualTo(paid.eventId());
            assertThat(event.type()).isEqualTo("payment.paid");
            assertThat(event.created()).isEqualTo(kasir.clock.instant());
            assertThat(event.data().status()).isEqualTo(PaymentStatus.PAID);
            assertThat(event.data().paidAmount()).contains(Money.idr(15000));
        });
        assertThat(paid.payload()).isEqualTo(payloads.paymentEvent(payloads.rendered.get(1)));
    }

    @Test
    void eachEventCarriesTheVersionThePaymentIsStoredUnderWithThatChange() {
        var payment = kasir.createMerchantPayment.create(new MerchantPaymentRequest("ORD-8", GatewayId.of("cashin"),
                PaymentMethod.QRIS, Money.idr(15000), 30, Customer.UNKNOWN, null, null, null, null),
                new ApiCaller(1, "shop", "kasir_test_x", null)).payment();
        kasir.applyGatewayStatus.apply(payment.id(),
                GatewayReport.of(PaymentStatus.PAID, Money.idr(15000), GatewayReport.Source.NOTIFICATION),
                Actor.gateway("cashin"));

        long stored = kasir.payments.byId(payment.id()).orElseThrow().version();
        assertThat(payloads.rendered).extracting(MerchantEvent::version)
                .as("open, then paid; strictly growing, the last one the stored version")
                .containsExactly(payment.version(), stored);
        assertThat(payment.version()).isLessThan(stored);
    }
}
