package id.kasir.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PaymentLookupTest {

    @Test
    void indonesianPhoneNumbersInEveryFormHaveOneKey() {
        assertThat(PaymentLookup.phoneKey("081234567890")).isEqualTo("6281234567890");
        assertThat(PaymentLookup.phoneKey("6281234567890")).isEqualTo("6281234567890");
        assertThat(PaymentLookup.phoneKey("+62 812-3456-7890")).isEqualTo("6281234567890");
        assertThat(PaymentLookup.phoneKey("(0812) 3456.7890")).isEqualTo("6281234567890");
        assertThat(PaymentLookup.phoneKey("INV-2024")).isNull();
        assertThat(PaymentLookup.phoneKey("0812")).isNull();
    }

    @Test
    void theOrderIdPrefixEscapesWhatLikeWouldReadAsWildcards() {
        PaymentLookup lookup = PaymentLookup.of("  Inv_10%\\ ");
        assertThat(lookup.text()).isEqualTo("Inv_10%\\");
        assertThat(lookup.orderPrefixPattern()).isEqualTo("inv\\_10\\%\\\\%");
        assertThat(lookup.upper()).isEqualTo("INV_10%\\");
    }

    @Test
    void blankOrOverLongQueriesAreRefused() {
        assertThatThrownBy(() -> PaymentLookup.of("  ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PaymentLookup.of("x".repeat(65))).isInstanceOf(IllegalArgumentException.class);
    }
}
