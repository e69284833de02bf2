package id.kasir.adapters.payin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kasir.domain.payment.PaymentMethod;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PayInPropertiesTest {

    @Test
    void defaultsToTheEmbeddedSandbox() {
        PayInProperties p = PayInProperties.defaults();
        assertThat(p.baseUrl()).isEqualTo("http://localhost:8080/sandbox/payin");
        assertThat(p.merchantId()).isEqualTo("1002001");
        assertThat(p.apiKey()).isEqualTo("sandbox-payin-key");
        assertThat(p.methodPayTypes()).containsExactlyInAnyOrderEntriesOf(
                Map.of(PaymentMethod.QRIS, "41", PaymentMethod.EWALLET, "43"));
        assertThat(p.expireSeconds()).isEqualTo(3600);
        assertThat(p.toString()).doesNotContain("sandbox-payin-key");
    }

    @Test
    void offersExactlyTheMappedMethodsWhateverTheKeysSpelling() {
        PayInProperties p = new PayInProperties(null, null, null, null, Map.of("qris", "41", "va", "39"),
                null, null, null, null);
        var gateway = new PayInPaymentGateway(p, "http://localhost:8080/", Clock.systemUTC());
        assertThat(gateway.descriptor().methods()).containsExactlyInAnyOrder(PaymentMethod.QRIS, PaymentMethod.VA);
        assertThat(gateway.descriptor().displayName()).isEqualTo("PayIn");
        assertThat(gateway.descriptor().minimumAmount()).isEqualTo(PayInPaymentGateway.MINIMUM);
        assertThat(gateway.notifyUrl()).isEqualTo("http://localhost:8080/webhooks/payin");
    }

    @Test
    void refusesAMappingThatIsNotAMethodOrNotAPayType() {
        assertThatThrownBy(() -> new PayInProperties(null, null, null, null, Map.of("card", "41"), null, null, null, null))
                .hasMessageContaining("'card' is not a Kasir payment method");
        assertThatThrownBy(() -> new PayInProperties(null, null, null, null, Map.of("QRIS", "qr"), null, null, null, null))
                .hasMessageContaining("numeric payType");
    }
}
