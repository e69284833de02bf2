package id.kasir.adapters.cashin;

import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.application.testing.FakePaymentGateway;
import id.kasir.application.testing.TestKasir;
import id.kasir.domain.common.Actor;
import id.kasir.domain.gateway.GatewayDescriptor;
import id.kasir.domain.money.Money;
import id.kasir.domain.notification.NotificationOutcome;
import id.kasir.domain.notification.StoredNotification;
import id.kasir.domain.ops.OpsExceptionType;
import id.kasir.domain.payment.Customer;
import id.kasir.domain.payment.GatewayReport;
import id.kasir.domain.payment.NewPayment;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentMethod;
import id.kasir.domain.payment.PaymentStatus;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 11's corpus for Cash In's notify endpoint: signed and unsigned "paid" notifications whose amount
 * is everything an integrator or an attacker might send. For each: the answer, the inbox row, the payment
 * (unchanged unless the amount is exactly right) and the ops exception. None answers 5xx. Cash In's status
 * query (fake here) answers "still pending", so the query that follows an unusable amount changes nothing.
 */
class CashInNotifyCorpusTest {

    private static final String PATH = "/v1.0/qr/qr-mpm-notify";
    private static final AtomicInteger IDS = new AtomicInteger(5000);

    private final FakePaymentGateway fakeCashIn = new FakePaymentGateway(new GatewayDescriptor(CashInPaymentGateway.ID,
            "Cash In", Set.of(PaymentMethod.CHECKOUT_PAGE, PaymentMethod.QRIS), Money.idr(1000)));
    private final TestKasir kasir = new TestKasir(fakeCashIn);
    private final CashInSnapSigner gatewaySigner = new CashInSnapSigner("HmacSHA512", "x", TestKeys.gatewayPrivate(),
            null, kasir.clock);
    private final CashInSnapSigner kasirSigner = new CashInSnapSigner("HmacSHA512", "x", null, TestKeys.gatewayPublic(),
            kasir.clock);
    private final CashInNotifyEndpoint endpoint = new CashInNotifyEndpoint(kasirSigner, Duration.ofMinutes(5),
            "https://kasir.example", () -> kasir.receiveNotification, () -> kasir.guardAgainstReplays, kasir.clock);
    private Payment payment;

    @BeforeEach
    void createAnOpenPaymentOf15000() {
        payment = kasir.createPayment.create(new NewPayment("ORDER-1", CashInPaymentGateway.ID, PaymentMethod.QRIS,
                Money.idr(15000), kasir.clock.instant().plus(Duration.ofMinutes(30)),
                new Customer("C1", "0812", null, null), null, null, null), Actor.system("test")).payment();
        fakeCashIn.queryAnswers(GatewayReport.of(PaymentStatus.OPEN, null, GatewayReport.Source.QUERY));
    }

    /** {@code amount} is the JSON written after {@code "amount":}, or {@code -} for no amount field at all. */
    @ParameterizedTest(name = "[{index}] signed={0} amount={1} -> {2} {3}, payment {4}, ops {5}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            // the inputs of the issue
            "true |-                                         |200|UNUSABLE_AMOUNT|OPEN|UNUSABLE_AMOUNT",
            "true |{\"value\":\"abc\",\"currency\":\"IDR\"}      |200|UNUSABLE_AMOUNT|OPEN|UNUSABLE_AMOUNT",
            "true |{\"value\":\"-15000.00\",\"currency\":\"IDR\"}|200|UNUSABLE_AMOUNT|OPEN|UNUSABLE_AMOUNT",
            "true |{\"value\":\"14999.999\",\"currency\":\"IDR\"}|200|UNUSABLE_AMOUNT|OPEN|UNUSABLE_AMOUNT",
            "true |{\"value\":\"1.00\",\"currency\":\"ZZZ\"}     |200|UNUSABLE_AMOUNT|OPEN|UNUSABLE_AMOUNT",
            "true |{\"value\":\"15000.00\",\"currency\":\"USD\"} |200|UNUSABLE_AMOUNT|OPEN|UNUSABLE_AMOUNT",
            "false|{\"value\":1e400,\"currency\":\"IDR\"}        |401|REJECTED       |OPEN|-",
            // neighbours
            "true |{\"value\":15000,\"currency\":\"IDR\"}        |200|APPLIED        |PAID|-",
            "true |{\"value\":\"15000.00\",\"currency\":\"IDR\"} |200|APPLIED        |PAID|-",
            // SNAP's amount names its currency: none, null or a bare value is not rupiah by default
            "true |{\"value\":\"15000.00\"}                      |200|UNUSABLE_AMOUNT|OPEN|UNUSABLE_AMOUNT",
            "true |{\"value\":\"15000.00\",\"currency\":null}   |200|UNUSABLE_AMOUNT|OPEN|UNUSABLE_AMOUNT",
            "true |\"15000.00\"                                  |200|UNUSABLE_AMOUNT|OPEN|UNUSABLE_AMOUNT",
            "true |15000                                       |200|UNUSABLE_AMOUNT|OPEN|UNUSABLE_AMOUNT",
            "true |{\"value\":0,\"currency\":\"IDR\"}            |200|AMOUNT_MISMATCH|OPEN|AMOUNT_MISMATCH",
            "true |{\"value\":\"1.00\",\"currency\":\"IDR\"}     |200|AMOUNT_MISMATCH|OPEN|AMOUNT_MISMATCH",
            "true |{\"value\":\"\",\"currency\":\"IDR\"}         |200|UNUSABLE_AMOUNT|OPEN|UNUSABLE_AMOUNT",
            "true |{\"value\":null,\"currency\":\"IDR\"}         |200|UNUSABLE_AMOUNT|OPEN|UNUSABLE_AMOUNT",
            "true |{\"currency\":\"IDR\"}                        |200|UNUSABLE_AMOUNT|OPEN|UNUSABLE_AMOUNT",
            "true |{\"value\":1e400,\"currency\":\"IDR\"}        |200|UNUSABLE_AMOUNT|OPEN|UNUSABLE_AMOUNT",
            "true |{\"value\":1e10000000,\"currency\":\"IDR\"}   |200|UNUSABLE_AMOUNT|OPEN|UNUSABLE_AMOUNT",
            "true |{\"value\":\"1e999999999\",\"currency\":\"IDR\"}|200|UNUSABLE_AMOUNT|OPEN|UNUSABLE_AMOUNT",
            "true |{\"value\":1.5E4,\"currency\":\"IDR\"}        |200|APPLIED        |PAID|-",
            "true |{\"value\":\"15000.00\",\"currency\":\"\"}    |200|UNUSABLE_AMOUNT|OPEN|UNUSABLE_AMOUNT",
            "true |{\"value\":\"15000.00\",\"currency\":\"idr\"} |200|UNUSABLE_AMOUNT|OPEN|UNUSABLE_AMOUNT",
            "true |{\"value\":\"15000.00\",\"currency\":360}     |200|UNUSABLE_AMOUNT|OPEN|UNUSABLE_AMOUNT",
            "true |{\"value\":true,\"currency\":\"IDR\"}         |200|UNUSABLE_AMOUNT|OPEN|UNUSABLE_AMOUNT",
            "true |{\"value\":[15000],\"currency\":\"IDR\"}      |200|UNUSABLE_AMOUNT|OPEN|UNUSABLE_AMOUNT",
            "true |{\"value\":\"15 000\",\"currency\":\"IDR\"}   |200|UNUSABLE_AMOUNT|OPEN|UNUSABLE_AMOUNT",
            "true |{\"value\":\"9\",\"currency\":\"IDR\"}|200|AMOUNT_MISMATCH|OPEN|AMOUNT_MISMATCH",
            "false|{\"value\":\"15000.00\",\"currency\":\"USD\"} |401|REJECTED       |OPEN|-",
            "false|{\"value\":1e10000000,\"currency\":\"IDR\"}   |401|REJECTED       |OPEN|-",
    })
    void eachPaidNotificationIsAnsweredStoredAndJudgedByTheDomain(boolean signed, String amount, int status,
                                                                   NotificationOutcome outcome, PaymentStatus after,
                                                                   String ops) {
        String body = "{\"originalPartnerReferenceNo\":\"PAY-1\",\"originalReferenceNo\":\"" + payment.reference()
                + "\",\"latestTransactionStatus\":\"00\",\"transactionStatusDesc\":\"Success\""
                + (amount.equals("-") ? "" : ",\"amount\":" + amount) + "}";

        CashInNotifyEndpoint.Response response = send(body, signed);

        assertThat(response.httpStatus()).isEqualTo(status);
        StoredNotification stored = kasir.notifications.all().get(kasir.notifications.all().size() - 1);
        assertThat(stored.outcome()).isEqualTo(outcome);
        assertThat(stored.notification().body()).isEqualTo(body);
        assertThat(kasir.payments.byId(payment.id()).orElseThrow().status()).isEqualTo(after);
        if (ops.equals("-")) {
            assertThat(kasir.opsExceptions.open(10)).isEmpty();
        } else {
            assertThat(kasir.opsExceptions.open(10)).singleElement()
                    .satisfies(e -> assertThat(e.type()).isEqualTo(OpsExceptionType.valueOf(ops)));
        }
        if (outcome == NotificationOutcome.UNUSABLE_AMOUNT) {
            assertThat(fakeCashIn.queried).as("a status query follows").hasSize(1);
        }
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "{\"value\":\"15000.00\",\"currency\":\"USD\",\"currency\":\"IDR\"}",
            "{\"value\":\"1.00\",\"value\":\"15000.00\",\"currency\":\"IDR\"}"})
    void aSignedBodyWithAKeyTwiceIsAmbiguousAndNeverMakesThePaymentPaid(String amount) {
        String body = "{\"originalPartnerReferenceNo\":\"PAY-1\",\"originalReferenceNo\":\"" + payment.reference()
                + "\",\"latestTransactionStatus\":\"00\",\"amount\":" + amount + "}";

        CashInNotifyEndpoint.Response response = send(body, true);

        assertThat(response.httpStatus()).as("a client's mistake, not ours").isBetween(200, 499);
        assertThat(kasir.notifications.all().get(kasir.notifications.all().size() - 1).notification().body())
                .as("stored before anything else").isEqualTo(body);
        assertThat(kasir.payments.byId(payment.id()).orElseThrow().status()).isEqualTo(PaymentStatus.OPEN);
    }

    private CashInNotifyEndpoint.Response send(String body, boolean signed) {
        String timestamp = CashInSnapSigner.timestamp(kasir.clock.instant());
        String signature = signed ? gatewaySigner.signAsymmetric(CashInSnapSigner.stringToSign("POST", PATH, body, timestamp))
                : "bm90IGEgc2lnbmF0dXJl";
        Map<String, String> headers = new HashMap<>();
        headers.put("X-PARTNER-ID", "CID-SANDBOX-KASIR");
        headers.put("X-EXTERNAL-ID", String.valueOf(IDS.incrementAndGet()));
        headers.put("X-TIMESTAMP", timestamp);
        headers.put("X-SIGNATURE", signature);
        headers.put("CHANNEL-ID", "95221");
        return endpoint.handle(PATH, "http://10.0.0.5:8080" + PATH, headers::get, body.getBytes(StandardCharsets.UTF_8),
                "203.0.113.9");
    }
}
