package id.kasir.application.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.application.testing.FakePaymentGateway;
import id.kasir.application.testing.TestMerchantKasir;
import id.kasir.domain.common.Actor;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.money.Money;
import id.kasir.domain.payment.Customer;
import id.kasir.domain.payment.GatewayReport;
import id.kasir.domain.payment.PaymentMethod;
import id.kasir.domain.payment.PaymentStatus;
import org.junit.jupiter.api.Test;

class MerchantNotificationsTest {

    private final FakePaymentGateway gateway = new FakePaymentGateway("cashin");
    private final TestMerchantKasir kasir = new TestMerchantKasir(gateway);

    @Test
    void writesOneOutboxRowPerStatusChangeWithTheDocumentedPayload() {
        var request = new MerchantPaymentRequest("ORD-\"7\"\n", GatewayId.of("cashin"), PaymentMethod.QRIS,
                Money.idr(15000), 30, Customer.UNKNOWN, null, null, null, null);
        var payment = kasir.createMerchantPayment.create(request, Actor.merchant("shop")).payment();

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
        assertThat(paid.payload()).isEqualTo("{\"id\":\"" + paid.eventId() + "\",\"type\":\"payment.paid\","
                + "\"createdAt\":\"2026-11-21T03:00:00Z\",\"data\":{\"id\":\"" + payment.id() + "\","
                + "\"orderId\":\"ORD-\\\"7\\\"\\n\",\"status\":\"PAID\",\"previousStatus\":\"OPEN\","
                + "\"provider\":\"cashin\",\"method\":\"QRIS\",\"amount\":15000,\"amountToPay\":15000,"
                + "\"paidAmount\":15000,\"currency\":\"IDR\",\"paidAt\":\"2026-11-21T03:00:00Z\",\"statusReason\":null}}");
    }

    @Test
    void escapesControlCharactersInText() {
        assertThat(new JsonText().string("a", "x\u0001\\y\u2028").toString())
                .isEqualTo("{\"a\":\"x\\u0001\\\\y\\u2028\"}");
    }
}
