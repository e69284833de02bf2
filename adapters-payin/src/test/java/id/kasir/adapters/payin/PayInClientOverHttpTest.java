package id.kasir.adapters.payin;

import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.domain.gateway.GatewayCallResult;
import id.kasir.domain.gateway.UnknownCause;
import id.kasir.domain.gateway.GatewayPaymentCreated;
import id.kasir.domain.gateway.GatewayPaymentLookup;
import id.kasir.domain.money.Money;
import id.kasir.domain.payment.Customer;
import id.kasir.domain.payment.GatewayReport;
import id.kasir.domain.payment.PaymentId;
import id.kasir.domain.payment.PaymentMethod;
import id.kasir.domain.payment.PaymentStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client over real HTTP against a scripted PayIn: every envelope the document shows, and the failures it does not. */
class PayInClientOverHttpTest {

    private static final Instant NOW = Instant.parse("2026-11-21T03:00:00Z");
    private FakePayIn payIn;
    private PayInPaymentGateway gateway;

    @BeforeEach
    void start() throws Exception {
        payIn = new FakePayIn();
        gateway = gatewayWith(PayInProperties.defaults().withBaseUrl(payIn.baseUrl()));
    }

    @AfterEach
    void stop() {
        payIn.close();
    }

    private static PayInPaymentGateway gatewayWith(PayInProperties properties) {
        return new PayInPaymentGateway(properties, "https://kasir.example", Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void sendsTheSignedBytesAndStoresOrderNoFeeAndQrisText() throws Exception {
        payIn.answer("/api/payIn", 200, FakePayIn.created("PAYIN1", QrisSamples.VALID_PAYLOAD, "",
                "https://desk.example/PAYIN1"));

        var result = gateway.create(PayInBodiesTest.request(
                new Customer(null, "628123456789", "Reza", null), "Kopi", NOW.plusSeconds(900)));

        assertThat(result).isInstanceOf(GatewayCallResult.Accepted.class);
        GatewayPaymentCreated created = ((GatewayCallResult.Accepted<GatewayPaymentCreated>) result).value();
        assertThat(created.gatewayReference()).isEqualTo("PAYIN1");
        assertThat(created.fee()).isEqualTo(Money.idr(1700));
        assertThat(created.amountToPay()).isEqualTo(Money.idr(20_000));
        assertThat(created.instructions().qrContent()).isEqualTo(QrisSamples.VALID_PAYLOAD);
        assertThat(created.instructions().checkoutUrl()).isEqualTo("https://desk.example/PAYIN1");

        FakePayIn.Received sent = payIn.received.get(0);
        assertThat(sent.merchantId()).isEqualTo("1002001");
        assertThat(sent.sign()).isEqualTo(md5Upper(sent.body() + "sandbox-payin-key"));
        assertThat(sent.body()).contains("\"mchOrderNo\":\"K1A2B3C4D5E6F7G8H9J0\"", "\"expireTime\":900",
                "\"notifyUrl\":\"https://kasir.example/webhooks/payin\"", "\"amount\":\"20000.00\"", "\"payType\":\"41\"");
        assertThat(result.exchange().request()).contains("Sign: ***").doesNotContain("628123456789", sent.sign());
    }

    @Test
    void prefersPayUrlOverThePayDeskForTheCheckoutLink() {
        payIn.answer("/api/payIn", 200, FakePayIn.created("PAYIN2", "", "https://m.dana.id/link/pay?bizNo=1",
                "https://desk.example/PAYIN2"));
        var created = ((GatewayCallResult.Accepted<GatewayPaymentCreated>) gateway.create(ewallet())).value();
        assertThat(created.instructions().checkoutUrl()).isEqualTo("https://m.dana.id/link/pay?bizNo=1");
        assertThat(created.instructions().qrContent()).isNull();
    }

    @Test
    void declinesAQrisPayCodeWithABadCrcSoItIsNeverShown() {
        payIn.answer("/api/payIn", 200, FakePayIn.created("PAYIN3", QrisSamples.DOC_PAYLOAD, "", "https://desk.example/3"));
        var result = gateway.create(PayInBodiesTest.request(Customer.UNKNOWN, "x", NOW.plusSeconds(900)));
        assertThat(result).isInstanceOf(GatewayCallResult.Declined.class);
        assertThat(((GatewayCallResult.Declined<?>) result).code()).isEqualTo(PayInPaymentGateway.INVALID_QR);
        assertThat(((GatewayCallResult.Declined<?>) result).message()).contains("WRONG_CRC");
    }

    @Test
    void declinesAQrisPayCodeForAnotherAmountOrAStaticQr() {
        String oneRupiah = withCrc(QrisSamples.VALID_PAYLOAD.replace("540820000.00", "54041.00"));
        String staticQr = withCrc(QrisSamples.VALID_PAYLOAD.replace("010212", "010211"));
        payIn.answer("/api/payIn", 200, FakePayIn.created("PAYIN4", oneRupiah, "", "https://desk.example/4"))
                .answer("/api/payIn", 200, FakePayIn.created("PAYIN5", staticQr, "", "https://desk.example/5"));
        var wrongAmount = gateway.create(PayInBodiesTest.request(Customer.UNKNOWN, "x", NOW.plusSeconds(900)));
        var notDynamic = gateway.create(PayInBodiesTest.request(Customer.UNKNOWN, "x", NOW.plusSeconds(900)));
        assertThat(((GatewayCallResult.Declined<?>) wrongAmount).message()).contains("WRONG_AMOUNT");
        assertThat(((GatewayCallResult.Declined<?>) notDynamic).message()).contains("STATIC_QR");
    }

    private static String withCrc(String payload) {
        String body = payload.substring(0, payload.length() - 4);
        return body + id.kasir.domain.qris.QrisCode.crc16(body);
    }

    @Test
    void declinesWithPayInsMessageForABusinessNo() {
        payIn.answer("/api/payIn", 200, "{\"msg\":\"Amount_Error\",\"code\":400}");
        var result = gateway.create(ewallet());
        assertThat(result).isEqualTo(new GatewayCallResult.Declined<>("400", "Amount_Error", result.exchange()));
    }

    @Test
    void neverCallsAFiveHundredCodeAnHttpFiveHundredOrABrokenBodyAFailure() {
        payIn.answer("/api/payIn", 200, "{\"msg\":\"Payin_Order_Error\",\"code\":500}")
                .answer("/api/payIn", 502, "<html>Bad Gateway</html>")
                .answer("/api/payIn", 200, "this is not json");
        for (int i = 0; i < 3; i++) {
            assertThat(gateway.create(ewallet())).isInstanceOf(GatewayCallResult.Unknown.class);
        }
    }

    @Test
    void givesUpOnASilentPayInAfterTheReadTimeOutWithAnUnknownOutcome() {
        CountDownLatch release = new CountDownLatch(1);
        payIn.answerAfter(release, "/api/payIn", 200, FakePayIn.created("PAYIN4", "", "https://x", ""));
        var impatient = gatewayWith(PayInProperties.defaults().withBaseUrl(payIn.baseUrl())
                .withReadTimeout(Duration.ofMillis(300)));
        try {
            var result = impatient.create(ewallet());
            assertThat(result).isInstanceOf(GatewayCallResult.Unknown.class);
            assertThat(((GatewayCallResult.Unknown<?>) result).cause()).isEqualTo(UnknownCause.TIMEOUT);
            assertThat(result.exchange().httpStatus()).isZero();
        } finally {
            release.countDown();
        }
    }

    @Test
    void answersUnknownWhenNobodyListens() {
        String deadUrl = payIn.baseUrl();
        payIn.close();
        var result = gatewayWith(PayInProperties.defaults().withBaseUrl(deadUrl)).create(ewallet());
        assertThat(result).isInstanceOf(GatewayCallResult.Unknown.class);
    }

    @Test
    void mapsEachOrderStatusOfAQuery() {
        payIn.answer("/api/payInQuery", 200, FakePayIn.queried("PAYIN5", "PAYING"))
                .answer("/api/payInQuery", 200, FakePayIn.queried("PAYIN5", "SUCCESS"))
                .answer("/api/payInQuery", 200, FakePayIn.queried("PAYIN5", "FAIL"))
                .answer("/api/payInQuery", 200, FakePayIn.queried("PAYIN5", "CANCEL"));
        assertThat(queried().status()).isEqualTo(PaymentStatus.PAYING);
        GatewayReport paid = queried();
        assertThat(paid.status()).isEqualTo(PaymentStatus.PAID);
        assertThat(paid.money()).contains(Money.idr(20_000));
        assertThat(paid.fee()).isEqualTo(Money.idr(140));
        assertThat(paid.gatewayStatus()).isEqualTo("SUCCESS");
        assertThat(queried().status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(queried().status()).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(payIn.received.get(0).body()).startsWith("{\"orderNo\":\"PAYIN5\",\"nonceStr\":\"");
    }

    @Test
    void retriesAQueryThroughAFiveHundredButNotThroughADecline() {
        payIn.answer("/api/payInQuery", 500, "{\"code\":500,\"msg\":\"busy\"}")
                .answer("/api/payInQuery", 200, FakePayIn.queried("PAYIN6", "SUCCESS"))
                .answer("/api/payInQuery", 200, "{\"code\":404,\"msg\":\"Order_Not_Exist\"}");
        assertThat(queried().status()).isEqualTo(PaymentStatus.PAID);
        assertThat(payIn.received).hasSize(2);
        assertThat(payIn.received.get(0).body()).isNotEqualTo(payIn.received.get(1).body()); // a fresh nonce each time
        assertThat(gateway.query(lookup())).isInstanceOf(GatewayCallResult.Declined.class);
        assertThat(payIn.received).hasSize(3);
    }

    @Test
    void aTimeOutOrABrokenBodyOnAQueryIsUnknownNeverAnOutcome() {
        payIn.answer("/api/payInQuery", 200, "this is not json");
        assertThat(gateway.query(lookup())).isInstanceOf(GatewayCallResult.Unknown.class);

        CountDownLatch release = new CountDownLatch(1);
        for (int i = 0; i < 3; i++) { // a silence is retried: three tries
            payIn.answerAfter(release, "/api/payInQuery", 200, FakePayIn.queried("PAYIN7", "SUCCESS"));
        }
        var impatient = gatewayWith(PayInProperties.defaults().withBaseUrl(payIn.baseUrl())
                .withReadTimeout(Duration.ofMillis(300)));
        try {
            var result = impatient.query(lookup());
            assertThat(result).as("a SUCCESS that came too late is no answer").isInstanceOf(GatewayCallResult.Unknown.class);
            assertThat(((GatewayCallResult.Unknown<?>) result).cause()).isEqualTo(UnknownCause.TIMEOUT);
        } finally {
            release.countDown();
        }
    }

    @Test
    void stopsCallingOnceTheCircuitIsOpen() {
        for (int i = 0; i < 10; i++) {
            payIn.answer("/api/payIn", 503, "down");
        }
        for (int i = 0; i < 10; i++) {
            gateway.create(ewallet());
        }
        int calls = payIn.received.size();
        var result = gateway.create(ewallet());
        assertThat(result).isInstanceOf(GatewayCallResult.Unknown.class);
        assertThat(((GatewayCallResult.Unknown<?>) result).reason()).startsWith("circuit open");
        assertThat(payIn.received).hasSize(calls);
    }

    private GatewayReport queried() {
        var result = gateway.query(lookup());
        assertThat(result).isInstanceOf(GatewayCallResult.Accepted.class);
        return ((GatewayCallResult.Accepted<GatewayReport>) result).value();
    }

    private static GatewayPaymentLookup lookup() {
        return new GatewayPaymentLookup(new PaymentId("p-1"), "K1A2B3C4D5E6F7G8H9J0", "PAYIN5", PaymentMethod.QRIS, NOW);
    }

    private static id.kasir.domain.gateway.GatewayPaymentRequest ewallet() {
        var qris = PayInBodiesTest.request(Customer.UNKNOWN, "x", NOW.plusSeconds(900));
        return new id.kasir.domain.gateway.GatewayPaymentRequest(qris.paymentId(), qris.reference(), qris.orderId(),
                qris.amount(), PaymentMethod.EWALLET, qris.expiresAt(), qris.customer(), qris.description(), null, null);
    }

    private static String md5Upper(String text) throws Exception {
        return HexFormat.of().withUpperCase().formatHex(
                MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
