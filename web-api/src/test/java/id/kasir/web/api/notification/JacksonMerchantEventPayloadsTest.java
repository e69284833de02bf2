package id.kasir.web.api.notification;

import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.application.merchant.MerchantEvent;
import id.kasir.application.testing.FakePayoutGateway;
import id.kasir.application.testing.TestPayoutKasir;
import id.kasir.domain.common.Actor;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.gateway.GatewayPaymentCreated;
import id.kasir.domain.money.Money;
import id.kasir.domain.payment.Customer;
import id.kasir.domain.payment.GatewayReport;
import id.kasir.domain.payment.NewPayment;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentId;
import id.kasir.domain.payment.PaymentInstructions;
import id.kasir.domain.payment.PaymentMethod;
import id.kasir.domain.payment.PaymentStatus;
import id.kasir.domain.payout.Payout;
import id.kasir.web.api.payout.PayoutResponse;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JacksonMerchantEventPayloadsTest {

    /** The body of web-api/README.md's worked example, exactly (one line). */
    static final String README_EXAMPLE = "{\"id\":\"0b9d4c1e-2f7a-4c55-8d0e-6a1b2c3d4e5f\",\"type\":\"payment.paid\","
            + "\"created\":\"2026-11-21T03:05:00.123456Z\",\"version\":3,\"data\":{\"id\":"
            + "\"7f0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b\",\"orderId\":\"ORD-2026-0001\",\"status\":\"PAID\","
            + "\"provider\":\"cashin\",\"method\":\"QRIS\",\"currency\":\"IDR\",\"amount\":15000,\"amountToPay\":15000,"
            + "\"paidAmount\":15000,\"paidAt\":\"2026-11-21T03:05:00.123456Z\",\"fee\":null,\"instructions\":"
            + "{\"checkoutUrl\":null,\"qrContent\":\"00020101021226…6304ABCD\",\"qrImageUrl\":null,\"payCode\":null},"
            + "\"expiresAt\":\"2026-11-21T03:30:00Z\",\"createdAt\":\"2026-11-21T03:00:00Z\","
            + "\"updatedAt\":\"2026-11-21T03:05:00.123456Z\",\"statusReason\":null,\"version\":3}}";

    @Test
    void writesTheEnvelopeAndThePaymentAsTheReadmeShowsThem() {
        Instant created = Instant.parse("2026-11-21T03:00:00Z");
        Instant paid = Instant.parse("2026-11-21T03:05:00.123456789Z");
        Payment payment = Payment.request(new PaymentId("7f0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b"), "REF-1",
                new NewPayment("ORD-2026-0001", GatewayId.of("cashin"), PaymentMethod.QRIS, Money.idr(15000),
                        Instant.parse("2026-11-21T03:30:00Z"), Customer.UNKNOWN, null, null, null),
                Actor.merchant("shop"), created);
        payment.opened(new GatewayPaymentCreated("GW-1", Money.idr(15000), null,
                new PaymentInstructions(null, "00020101021226…6304ABCD", null, null)), created);
        payment.apply(GatewayReport.of(PaymentStatus.PAID, Money.idr(15000), GatewayReport.Source.NOTIFICATION),
                Actor.gateway("cashin"), paid);

        String body = new JacksonMerchantEventPayloads(JsonMapper.builder().build()).paymentEvent(new MerchantEvent<>(
                "0b9d4c1e-2f7a-4c55-8d0e-6a1b2c3d4e5f", "payment.paid", paid, 3, payment));

        assertThat(body).as("times to the microsecond, as stored").isEqualTo(README_EXAMPLE);
    }

    @Test
    void aPayoutEventCarriesThePayoutExactlyAsTheApiShowsItAtTheEventsVersion() {
        Payout payout = new TestPayoutKasir(new FakePayoutGateway("cashin")).requested(50_000);
        JsonMapper json = JsonMapper.builder().build();

        JsonNode body = json.readTree(new JacksonMerchantEventPayloads(json).payoutEvent(new MerchantEvent<>(
                "5d1e0c2a-0000-4000-8000-000000000001", "payout.awaiting_approval",
                Instant.parse("2026-11-21T03:05:00Z"), 7, payout)));

        assertThat(body.get("type").asString()).isEqualTo("payout.awaiting_approval");
        assertThat(body.get("version").asLong()).isEqualTo(7);
        assertThat(body.get("data")).isEqualTo(json.readTree(json.writeValueAsString(PayoutResponse.of(payout, 7))));
        assertThat(body.get("data").get("version").asLong()).as("data.version equals the envelope's").isEqualTo(7);
        assertThat(body.get("data").get("reference").asString()).isEqualTo(payout.reference());
    }
}
