package id.kasir.adapters.cashin;

import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.domain.gateway.GatewayCallResult;
import id.kasir.domain.gateway.GatewayPaymentCreated;
import id.kasir.domain.gateway.GatewayPaymentLookup;
import id.kasir.domain.gateway.GatewayPaymentRequest;
import id.kasir.domain.money.Money;
import id.kasir.domain.payment.Customer;
import id.kasir.domain.payment.GatewayReport;
import id.kasir.domain.payment.PaymentId;
import id.kasir.domain.payment.PaymentMethod;
import id.kasir.domain.payment.PaymentStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The adapter's two clients over real HTTP against a scripted Cash In that checks signatures on its own. */
class CashInClientsOverHttpTest {

    static final String REF = "K0MI8Z2Q4ABCDEFGHIJK";
    /** Built and its CRC computed with Python's binascii.crc_hqx(payload, 0xFFFF), see QrisPayloadTest. */
    static final String QR = "00020101021226650013ID.CASHIN.WWW011893600000000000010202150000000000000010303UMI"
            + "520458125303360540810000.005802ID5910KASIR TOKO6007JAKARTA61051234062240520K0MI8Z2Q4ABCDEFGHIJK6304CB16";

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-21T03:00:00Z"), ZoneOffset.UTC);
    private FakeCashIn cashIn;
    private CashInPaymentGateway gateway;

    @BeforeEach
    void start() throws Exception {
        cashIn = new FakeCashIn();
        gateway = gatewayWith(CashInProperties.sandboxDefaults().withBaseUrl(cashIn.baseUrl()));
    }

    private CashInPaymentGateway gatewayWith(CashInProperties properties) {
        CashInSnapSigner signer = new CashInSnapSigner("HmacSHA512", "sandbox-cashin-secret",
                TestKeys.merchantPrivate(), TestKeys.gatewayPublic(), clock);
        return CashInAutoConfiguration.build(properties, signer, clock, "http://localhost:8080");
    }

    @AfterEach
    void stop() {
        cashIn.close();
    }

    static GatewayPaymentRequest request(PaymentMethod method) {
        return new GatewayPaymentRequest(new PaymentId("p-1"), REF, "ORDER-1", Money.idr(10000), method,
                Instant.parse("2026-11-21T03:30:00Z"), new Customer("CUST-1", "081234567890", null, null),
                "a test", "https://shop.example/ok", "https://shop.example/back");
    }

    static GatewayPaymentLookup lookup(PaymentMethod method) {
        return new GatewayPaymentLookup(new PaymentId("p-1"), REF, null, method, Instant.parse("2026-11-21T03:00:00Z"));
    }

    @Test
    void asksForACheckoutLinkWithASignedRequestAndReadsTheDocumentedAnswer() {
        cashIn.answer("/pg/fo/payment", 200,
                "{\"message\":\"Successful\",\"data\":{\"paymentToken\":\"Y2ExMTRjNjAtMzBj\",\"paymentUrl\":\"https://checkout.example/payment/Y2ExMTRjNjAtMzBj\"}}");

        var result = gateway.create(request(PaymentMethod.CHECKOUT_PAGE));

        assertThat(result).isInstanceOf(GatewayCallResult.Accepted.class);
        GatewayPaymentCreated created = ((GatewayCallResult.Accepted<GatewayPaymentCreated>) result).value();
        assertThat(created.instructions().checkoutUrl()).isEqualTo("https://checkout.example/payment/Y2ExMTRjNjAtMzBj");
        assertThat(created.amountToPay()).isEqualTo(Money.idr(10000));
        FakeCashIn.Received sent = cashIn.received.get(0);
        assertThat(sent.signatureValid()).isTrue();
        assertThat(sent.headers()).containsEntry("X-CLIENT-ID", "CID-SANDBOX-KASIR").containsEntry("X-TIMESTAMP", "2026-11-21T10:00:00+07:00");
        assertThat(sent.headers().get("X-REQUEST-ID")).hasSize(36);
        assertThat(sent.body()).isEqualTo("{\"amount\":10000,\"trxNo\":\"K0MI8Z2Q4ABCDEFGHIJK\",\"duration\":30,"
                + "\"successCallbackUrl\":\"https://shop.example/ok\",\"cancelCallbackUrl\":\"https://shop.example/back\","
                + "\"customer\":{\"id\":\"CUST-1\",\"phoneNumber\":\"081234567890\"}}");
        assertThat(result.exchange().request()).contains("X-SIGNATURE: ***").contains("\"phoneNumber\":\"****7890\"")
                .doesNotContain("081234567890");
        // The link itself carries the token and is what the customer opens; the bare token is masked.
        assertThat(result.exchange().response()).contains("\"paymentToken\":\"Y2ExMT***\"");
    }

    @Test
    void readsTheCheckoutAnswerWithoutItsDataWrapperAndWithTheUnquotedUrlOfTheDocumentsExample() {
        cashIn.answer("/pg/fo/payment", 200, "{\n\"paymentToken\": \"Y2ExMTRj\",\n\"paymentUrl\": https://dev-checkout.example/payment/Y2ExMTRj=\"\n}");

        var result = gateway.create(request(PaymentMethod.CHECKOUT_PAGE));

        assertThat(((GatewayCallResult.Accepted<GatewayPaymentCreated>) result).value().instructions().checkoutUrl())
                .isEqualTo("https://dev-checkout.example/payment/Y2ExMTRj=");
    }

    @Test
    void sendsTheConfiguredPaymentChannelToTheCheckoutPage() {
        gateway = gatewayWith(CashInProperties.sandboxDefaults().withBaseUrl(cashIn.baseUrl()).withCheckoutPaymentChannel("QRIS"));
        cashIn.answer("/pg/fo/payment", 200, "{\"data\":{\"paymentUrl\":\"https://c.example/x\"}}");

        gateway.create(request(PaymentMethod.CHECKOUT_PAGE));

        assertThat(cashIn.received.get(0).body()).contains("\"cancelCallbackUrl\":\"https://shop.example/back\",\"paymentChannel\":\"QRIS\",\"customer\"");
    }

    @Test
    void treatsA5xxAMalformedAnswerAndATimeOutOnCreateAsUnknownNeverDeclined() {
        cashIn.answer("/pg/fo/payment", 500, "{\"message\":\"Internal Server Error\"}");
        assertThat(gateway.create(request(PaymentMethod.CHECKOUT_PAGE))).isInstanceOf(GatewayCallResult.Unknown.class);

        cashIn.answer("/pg/fo/payment", 200, "<html>oops</html>");
        assertThat(gateway.create(request(PaymentMethod.CHECKOUT_PAGE))).isInstanceOf(GatewayCallResult.Unknown.class);

        CountDownLatch never = new CountDownLatch(1);
        gateway = gatewayWith(CashInProperties.sandboxDefaults().withBaseUrl(cashIn.baseUrl()).withReadTimeout(Duration.ofMillis(300)));
        cashIn.answerAfter("/pg/fo/payment", never, 200, "{\"data\":{\"paymentUrl\":\"https://c.example/x\"}}");
        var timedOut = gateway.create(request(PaymentMethod.CHECKOUT_PAGE));
        never.countDown();
        assertThat(timedOut).isInstanceOf(GatewayCallResult.Unknown.class);
        assertThat(((GatewayCallResult.Unknown<?>) timedOut).reason()).contains("time-out");
        assertThat(timedOut.exchange().httpStatus()).isZero();
    }

    @Test
    void declinesWhenCashInRefusesTheCheckoutRequest() {
        cashIn.answer("/pg/fo/payment", 400, "{\"message\":\"amount is required\"}");

        var result = gateway.create(request(PaymentMethod.CHECKOUT_PAGE));

        assertThat(result).isInstanceOf(GatewayCallResult.Declined.class);
        assertThat(((GatewayCallResult.Declined<?>) result).message()).isEqualTo("amount is required");
    }

    @Test
    void declinesACheckoutPaymentWithoutACustomerPhoneWithoutCallingCashIn() {
        var noPhone = new GatewayPaymentRequest(new PaymentId("p-1"), REF, "ORDER-1", Money.idr(10000),
                PaymentMethod.CHECKOUT_PAGE, Instant.parse("2026-11-21T03:30:00Z"), null, null, null, null);

        var result = gateway.create(noPhone);

        assertThat(((GatewayCallResult.Declined<?>) result).code()).isEqualTo("CUSTOMER_PHONE_REQUIRED");
        assertThat(cashIn.received).isEmpty();
    }

    @Test
    void mapsTheCheckoutStatusesSuccessOpenAndFailed() {
        cashIn.answer("/pg/fo/payment/status", 200, "{\"message\":\"Successful\",\"data\":{\"trxNo\":\" K0MI8Z2Q4ABCDEFGHIJK\","
                + "\"status\":\"SUCCESS\",\"paymentMethod\":\"QRIS \",\"referenceNo\":\"PAY123\",\"amount\":10000.00}}");
        GatewayReport paid = accepted(gateway.query(lookup(PaymentMethod.CHECKOUT_PAGE)));
        assertThat(paid.status()).isEqualTo(PaymentStatus.PAID);
        assertThat(paid.money()).contains(Money.idr(10000));
        assertThat(paid.gatewayReference()).isEqualTo("PAY123");
        assertThat(paid.gatewayStatus()).isEqualTo("SUCCESS via QRIS");
        FakeCashIn.Received sent = cashIn.received.get(0);
        assertThat(sent.signatureValid()).isTrue();
        assertThat(sent.body()).isEqualTo("{\"trxNo\":\"K0MI8Z2Q4ABCDEFGHIJK\"}");

        cashIn.answer("/pg/fo/payment/status", 200, "{\"data\":{\"status\":\"OPEN\",\"amount\":10000}}");
        assertThat(accepted(gateway.query(lookup(PaymentMethod.CHECKOUT_PAGE))).status()).isEqualTo(PaymentStatus.OPEN);

        cashIn.answer("/pg/fo/payment/status", 200, "{\"data\":{\"status\":\"FAILED\"}}");
        assertThat(accepted(gateway.query(lookup(PaymentMethod.CHECKOUT_PAGE))).status()).isEqualTo(PaymentStatus.FAILED);

        cashIn.answer("/pg/fo/payment/status", 404, "{\"message\":\"transaction not found\"}");
        assertThat(((GatewayCallResult.Declined<?>) gateway.query(lookup(PaymentMethod.CHECKOUT_PAGE))).code()).isEqualTo("NOT_FOUND");
    }

    @Test
    void generatesAQrisWithAnAsymmetricSignatureJakartaValidityAndTwoDecimalAmounts() {
        cashIn.answer("/pg/fo/api/v1.0/qr/qr-mpm-generate", 200, "{\"responseCode\":\"2004700\",\"responseMessage\":\"Successful\","
                + "\"partnerReferenceNo\":\"K0MI8Z2Q4ABCDEFGHIJK\",\"referenceNo\":\"PAY1234567890\",\"qrContent\":\"" + QR + "\"}");

        var result = gateway.create(request(PaymentMethod.QRIS));

        GatewayPaymentCreated created = ((GatewayCallResult.Accepted<GatewayPaymentCreated>) result).value();
        assertThat(created.instructions().qrContent()).isEqualTo(QR);
        assertThat(created.gatewayReference()).isEqualTo("PAY1234567890");
        FakeCashIn.Received sent = cashIn.received.get(0);
        assertThat(sent.signatureValid()).isTrue();
        assertThat(sent.body()).isEqualTo("{\"partnerReferenceNo\":\"K0MI8Z2Q4ABCDEFGHIJK\",\"validityPeriod\":\"2026-11-21T10:30:00+07:00\","
                + "\"amount\":{\"value\":\"10000.00\",\"currency\":\"IDR\"},\"feeAmount\":{\"value\":\"0.00\",\"currency\":\"IDR\"}}");
        assertThat(sent.headers()).containsEntry("X-PARTNER-ID", "CID-SANDBOX-KASIR").containsEntry("CHANNEL-ID", "95221")
                .containsEntry("X-TIMESTAMP", "2026-11-21T10:00:00+07:00");
        assertThat(sent.headers().get("X-EXTERNAL-ID")).matches("\\d{32}");
    }

    @Test
    void declinesAQrWhoseCrcIsWrongRatherThanShowingIt() {
        String corrupt = QR.substring(0, QR.length() - 4) + "CB17";
        cashIn.answer("/pg/fo/api/v1.0/qr/qr-mpm-generate", 200, "{\"responseCode\":\"2004700\",\"responseMessage\":\"Successful\","
                + "\"referenceNo\":\"PAY1\",\"qrContent\":\"" + corrupt + "\"}");

        var result = gateway.create(request(PaymentMethod.QRIS));

        assertThat(result).isInstanceOf(GatewayCallResult.Declined.class);
        assertThat(((GatewayCallResult.Declined<?>) result).code()).isEqualTo(CashInQrisClient.INVALID_QR);
        assertThat(((GatewayCallResult.Declined<?>) result).message()).contains("WRONG_CRC").contains("CB17, computed CB16");
    }

    @Test
    void mapsTheDocumentedQrisGenerateResponseCodes() {
        String path = "/pg/fo/api/v1.0/qr/qr-mpm-generate";
        cashIn.answer(path, 400, "{\"responseCode\":\"4004701\",\"responseMessage\":\"Invalid field format [amount.value]\"}");
        assertThat(((GatewayCallResult.Declined<?>) gateway.create(request(PaymentMethod.QRIS))).code()).isEqualTo("4004701");
        cashIn.answer(path, 400, "{\"responseCode\":\"4004702\",\"responseMessage\":\"Invalid mandatory field [validityPeriod]\"}");
        assertThat(((GatewayCallResult.Declined<?>) gateway.create(request(PaymentMethod.QRIS))).code()).isEqualTo("4004702");
        cashIn.answer(path, 401, "{\"responseCode\":\"4014700\",\"responseMessage\":\"Unauthorized. Signature\"}");
        assertThat(((GatewayCallResult.Declined<?>) gateway.create(request(PaymentMethod.QRIS))).code()).isEqualTo("4014700");
        cashIn.answer(path, 409, "{\"responseCode\":\"4094700\",\"responseMessage\":\"Conflict\"}");
        assertThat(gateway.create(request(PaymentMethod.QRIS))).isInstanceOf(GatewayCallResult.Unknown.class);
        cashIn.answer(path, 500, "{\"responseCode\":\"5004700\",\"responseMessage\":\"Internal server error\"}");
        assertThat(gateway.create(request(PaymentMethod.QRIS))).isInstanceOf(GatewayCallResult.Unknown.class);
        cashIn.answer(path, 504, "{\"responseCode\":\"5044700\",\"responseMessage\":\"Timeout\"}");
        assertThat(gateway.create(request(PaymentMethod.QRIS))).isInstanceOf(GatewayCallResult.Unknown.class);
        cashIn.answer(path, 200, "{\"responseCode\":\"2004701\",\"responseMessage\":\"Invalid field format\"}");
        assertThat(gateway.create(request(PaymentMethod.QRIS))).isInstanceOf(GatewayCallResult.Unknown.class);
        cashIn.answer(path, 200, "{\"responseCode\":\"4004702\",\"responseMessage\":\"Invalid mandatory field\"}");
        assertThat(gateway.create(request(PaymentMethod.QRIS))).isInstanceOf(GatewayCallResult.Declined.class);
    }

    @Test
    void mapsTheQrisQueryStatuses() {
        String path = "/pg/fo/api/v1.0/qr/qr-mpm-query";
        cashIn.answer(path, 200, "{\"responseCode\":\"2005100\",\"responseMessage\":\"Successful\",\"originalPartnerReferenceNo\":\"K0MI8Z2Q4ABCDEFGHIJK\","
                + "\"originalReferenceNo\":\"PAY1234567890\",\"serviceCode\":\"47 \",\"latestTransactionStatus\":\"00\",\"latestTransactionDesc\":\"Success\","
                + "\"paidTime\":\"2026-11-21T10:05:00+07:00\",\"amount\":{\"value\":10000.00,\"currency\":\"IDR\"}}");
        GatewayReport paid = accepted(gateway.query(lookup(PaymentMethod.QRIS)));
        assertThat(paid.status()).isEqualTo(PaymentStatus.PAID);
        assertThat(paid.money()).contains(Money.idr(10000));
        assertThat(paid.gatewayReference()).isEqualTo("PAY1234567890");
        assertThat(paid.gatewayStatus()).isEqualTo("00 Success");
        assertThat(cashIn.received.get(0).signatureValid()).isTrue();
        assertThat(cashIn.received.get(0).body())
                .isEqualTo("{\"merchantId\":\"MCH-SANDBOX-KASIR\",\"originalPartnerReferenceNo\":\"K0MI8Z2Q4ABCDEFGHIJK\",\"serviceCode\":\"47\"}");

        for (String[] c : new String[][] {{"01", "OPEN"}, {"02", "PAYING"}, {"03", "OPEN"}, {"05", "EXPIRED"}, {"06", "FAILED"}}) {
            cashIn.answer(path, 200, "{\"responseCode\":\"2005100\",\"latestTransactionStatus\":\"" + c[0] + "\",\"amount\":{\"value\":\"10000.00\",\"currency\":\"IDR\"}}");
            assertThat(accepted(gateway.query(lookup(PaymentMethod.QRIS))).status()).as(c[0]).isEqualTo(PaymentStatus.valueOf(c[1]));
        }
        cashIn.answer(path, 200, "{\"responseCode\":\"2005100\",\"latestTransactionStatus\":\"07\"}");
        assertThat(((GatewayCallResult.Declined<?>) gateway.query(lookup(PaymentMethod.QRIS))).code()).isEqualTo("NOT_FOUND");
        cashIn.answer(path, 404, "{\"responseCode\":\"4045101\",\"responseMessage\":\"Transaction not found\"}");
        assertThat(((GatewayCallResult.Declined<?>) gateway.query(lookup(PaymentMethod.QRIS))).code()).isEqualTo("4045101");
    }

    @Test
    void retriesAQueryThatGotNoUsableAnswerEachTimeWithANewExternalId() {
        cashIn.answer("/pg/fo/api/v1.0/qr/qr-mpm-query", 500, "{\"responseCode\":\"5005100\",\"responseMessage\":\"Internal server error\"}");

        var result = gateway.query(lookup(PaymentMethod.QRIS));

        assertThat(result).isInstanceOf(GatewayCallResult.Unknown.class);
        assertThat(cashIn.received).hasSize(3);
        assertThat(cashIn.received.stream().map(r -> r.headers().get("X-EXTERNAL-ID")).distinct()).hasSize(3);
    }

    @Test
    void treatsATimeOutOrAMalformedAnswerOnAQueryAsUnknownNeverAnOutcome() {
        String path = "/pg/fo/api/v1.0/qr/qr-mpm-query";
        cashIn.answer(path, 200, "<html>oops</html>");
        var malformed = gateway.query(lookup(PaymentMethod.QRIS));
        assertThat(malformed).isInstanceOf(GatewayCallResult.Unknown.class);
        assertThat(cashIn.received).as("retried, each time a new X-EXTERNAL-ID").hasSize(3);

        CountDownLatch never = new CountDownLatch(1);
        gateway = gatewayWith(CashInProperties.sandboxDefaults().withBaseUrl(cashIn.baseUrl())
                .withReadTimeout(Duration.ofMillis(300)));
        cashIn.answerAfter(path, never, 200, "{\"responseCode\":\"2005100\",\"latestTransactionStatus\":\"00\","
                + "\"amount\":{\"value\":\"10000.00\",\"currency\":\"IDR\"}}");
        var timedOut = gateway.query(lookup(PaymentMethod.QRIS));
        never.countDown();
        assertThat(timedOut).as("a PAID answer that came too late is no answer").isInstanceOf(GatewayCallResult.Unknown.class);
        assertThat(timedOut.exchange().httpStatus()).isZero();
    }

    @Test
    void neverRetriesACreate() {
        cashIn.answer("/pg/fo/api/v1.0/qr/qr-mpm-generate", 500, "{\"responseCode\":\"5004700\"}");

        gateway.create(request(PaymentMethod.QRIS));

        assertThat(cashIn.received).hasSize(1);
    }

    @Test
    void answersUnknownWithoutCallingWhenTheCircuitIsOpen() throws Exception {
        CashInHttp http = new CashInHttp(cashIn.baseUrl(), Duration.ofSeconds(1), Duration.ofSeconds(1),
                CashInAutoConfiguration.circuitBreaker());
        http.breaker().transitionToOpenState();

        CashInHttp.Answer answer = http.post("/pg/fo/payment", java.util.Map.of(), "{}");

        assertThat(answer.circuitOpen()).isTrue();
        assertThat(cashIn.received).isEmpty();
    }

    @Test
    void opensTheCircuitAfterRepeatedServerErrors() {
        cashIn.answer("/pg/fo/api/v1.0/qr/qr-mpm-generate", 503, "{\"responseCode\":\"5034700\"}");
        for (int i = 0; i < 10; i++) {
            gateway.create(request(PaymentMethod.QRIS));
        }
        var result = gateway.create(request(PaymentMethod.QRIS));

        assertThat(((GatewayCallResult.Unknown<?>) result).reason()).isEqualTo("circuit open");
        assertThat(cashIn.received).hasSize(10);
    }

    private static GatewayReport accepted(GatewayCallResult<GatewayReport> result) {
        assertThat(result).isInstanceOf(GatewayCallResult.Accepted.class);
        return ((GatewayCallResult.Accepted<GatewayReport>) result).value();
    }
}
