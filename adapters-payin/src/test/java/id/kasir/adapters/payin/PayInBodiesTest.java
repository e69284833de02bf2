package id.kasir.adapters.payin;

import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.domain.gateway.GatewayPaymentLookup;
import id.kasir.domain.gateway.GatewayPaymentRequest;
import id.kasir.domain.money.Money;
import id.kasir.domain.payment.Customer;
import id.kasir.domain.payment.PaymentId;
import id.kasir.domain.payment.PaymentMethod;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PayInBodiesTest {

    private static final Instant NOW = Instant.parse("2026-11-21T03:00:00Z");
    private final PayInProperties properties = PayInProperties.defaults();

    @Test
    void writesTheOrderBodyInTheDocumentsShapes() {
        var request = request(new Customer("c-1", "628123456789", "Reza Wijaya", "reza@example.com"),
                "Electronic Cigarettes", NOW.plusSeconds(1800));
        String body = PayInBodies.order(request, "41", "https://kasir.example/webhooks/payin",
                "16a5a70f43384134bfae33acc77132e0", NOW, properties);
        assertThat(body).isEqualTo("{\"currency\":\"IDR\",\"payType\":\"41\",\"amount\":\"20000.00\","
                + "\"reusableStatus\":false,\"mchOrderNo\":\"K1A2B3C4D5E6F7G8H9J0\",\"expireTime\":1800,"
                + "\"notifyUrl\":\"https://kasir.example/webhooks/payin\",\"nonceStr\":\"16a5a70f43384134bfae33acc77132e0\","
                + "\"remark\":\"Electronic Cigarettes\",\"realName\":\"Reza Wijaya\",\"phone\":\"628123456789\","
                + "\"email\":\"reza@example.com\"}");
    }

    @Test
    void fillsRequiredFieldsWhenTheMerchantGaveNothingAndLeavesOutUnknownContacts() {
        String body = PayInBodies.order(request(Customer.UNKNOWN, null, NOW.plusSeconds(600)), "43", "http://n",
                "n", NOW, properties);
        assertThat(body).contains("\"remark\":\"Kasir K1A2B3C4D5E6F7G8H9J0\"", "\"realName\":\"Kasir Customer\"")
                .doesNotContain("phone", "email");
    }

    @Test
    void asksForTheTimeLeftCappedByExpireSecondsAndNeverLessThanAMinute() {
        assertThat(PayInBodies.expireSeconds(NOW.plusSeconds(900), NOW, 3600)).isEqualTo(900);
        assertThat(PayInBodies.expireSeconds(NOW.plusSeconds(86_400), NOW, 3600)).isEqualTo(3600);
        assertThat(PayInBodies.expireSeconds(NOW.plusSeconds(5), NOW, 3600)).isEqualTo(60);
        assertThat(PayInBodies.expireSeconds(NOW.minusSeconds(5), NOW, 3600)).isEqualTo(60);
    }

    @Test
    void cutsALongNameToSixtyFourCharacters() {
        assertThat(PayInBodies.realName("A".repeat(80), "x")).hasSize(64);
        assertThat(PayInBodies.realName("  ", "Kasir Customer")).isEqualTo("Kasir Customer");
    }

    @Test
    void queriesByPayInsOrderNumberWhenKnownElseByOurs() {
        var known = new GatewayPaymentLookup(new PaymentId("p-1"), "K1A2B3C4D5E6F7G8H9J0", "PAYIN855", PaymentMethod.QRIS, NOW);
        var unknown = new GatewayPaymentLookup(new PaymentId("p-1"), "K1A2B3C4D5E6F7G8H9J0", null, PaymentMethod.QRIS, NOW);
        assertThat(PayInBodies.query(known, "abc")).isEqualTo("{\"orderNo\":\"PAYIN855\",\"nonceStr\":\"abc\"}");
        assertThat(PayInBodies.query(unknown, "abc")).isEqualTo("{\"mchOrderNo\":\"K1A2B3C4D5E6F7G8H9J0\",\"nonceStr\":\"abc\"}");
    }

    static GatewayPaymentRequest request(Customer customer, String description, Instant expiresAt) {
        return new GatewayPaymentRequest(new PaymentId("p-1"), "K1A2B3C4D5E6F7G8H9J0", "order-1", Money.idr(20_000),
                PaymentMethod.QRIS, expiresAt, customer, description, null, null);
    }
}
