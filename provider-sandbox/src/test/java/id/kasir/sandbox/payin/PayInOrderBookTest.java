package id.kasir.sandbox.payin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PayInOrderBookTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-12-02T05:07:06Z"), ZoneOffset.UTC);

    private static PayInOrderRequest request(PayInPayType type, String amount, String mchOrderNo, String remark) {
        return new PayInOrderRequest("IDR", type, new BigDecimal(amount), mchOrderNo, 600,
                "http://127.0.0.1:1/hook", "nonce", remark, "Reza Wijaya", null, null);
    }

    private static PayInSandboxProperties withShape(String shape) {
        return new PayInSandboxProperties(null, null, null, shape, null, null, null, null, null);
    }

    @Test
    void numbersOrdersLikePayInAndPointsThePayDeskAtThePublicBase() {
        PayInOrderBook book = new PayInOrderBook(PayInSandboxProperties.defaults(), "http://pub/sandbox/payin", CLOCK);

        PayInOrder order = book.open("1002001", request(PayInPayType.DANA, "20000", "M-1", "x"));

        assertThat(order.orderNo()).matches("PAYIN\\d{19}");
        assertThat(order.payDeskUrl()).isEqualTo("http://pub/sandbox/payin/paydesk/" + order.orderNo());
        assertThat(order.payCode()).isEmpty();
        assertThat(order.payUrl()).startsWith("http://pub/sandbox/payin/link/pay?bizNo=");
        assertThat(order.expiresAt()).isEqualTo(CLOCK.instant().plusSeconds(600));
        assertThat(book.find("M-1")).containsSame(order);
        assertThat(book.find(order.orderNo())).containsSame(order);
    }

    @Test
    void refusesASecondOrderWithTheSameMerchantOrderNumber() {
        PayInOrderBook book = new PayInOrderBook(PayInSandboxProperties.defaults(), "http://pub/payin", CLOCK);
        book.open("1002001", request(PayInPayType.QRIS, "20000", "M-1", "x"));

        assertThatThrownBy(() -> book.open("1002001", request(PayInPayType.QRIS, "30000", "M-1", "x")))
                .isInstanceOf(PayInRejection.class).hasMessageStartingWith("MchOrderNo_Repeat");
    }

    @Test
    void usesTheConfiguredPayCodeShapeUnlessTheRemarkAsksForAnother() {
        PayInOrderBook book = new PayInOrderBook(withShape("image-url"), "http://pub/payin", CLOCK);

        PayInOrder configured = book.open("1002001", request(PayInPayType.QRIS, "20000", "M-1", "x"));
        PayInOrder asked = book.open("1002001", request(PayInPayType.QRIS, "20000", "M-2", "shape:qris-text"));

        assertThat(configured.payCode()).isEqualTo("http://pub/payin/qr/" + configured.orderNo() + ".png");
        assertThat(configured.payUrl()).isEqualTo(configured.payCode());
        assertThat(asked.payCode()).isEqualTo(asked.qrisPayload()).startsWith("000201");
    }

    @Test
    void chargesAPercentageWithAFloorForQrisAndFlatFeesOtherwise() {
        PayInOrderBook book = new PayInOrderBook(PayInSandboxProperties.defaults(), "http://pub/payin", CLOCK);

        assertThat(book.open("1002001", request(PayInPayType.QRIS, "20000", "A", "x")).fee()).isEqualByComparingTo("1000");
        assertThat(book.open("1002001", request(PayInPayType.QRIS, "1000000", "B", "x")).fee()).isEqualByComparingTo("7000");
        assertThat(book.open("1002001", request(PayInPayType.OVO, "1000000", "C", "x")).fee()).isEqualByComparingTo("1500");
        PayInOrder va = book.open("1002001", request(PayInPayType.VA_BCA, "1000000", "D", "x"));
        assertThat(va.fee()).isEqualByComparingTo("4000");
        assertThat(va.payCode()).matches("\\d{16}");
    }

    @Test
    void refusesAnUnknownPayCodeShapeSetting() {
        assertThatThrownBy(() -> withShape("hologram")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pay-code-shape");
    }
}
