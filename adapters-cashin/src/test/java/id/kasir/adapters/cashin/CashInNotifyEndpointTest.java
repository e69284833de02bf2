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
import id.kasir.domain.payment.NewPayment;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentMethod;
import id.kasir.domain.payment.PaymentStatus;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The notify endpoint fed exact bytes, over Kasir's use cases in memory. Notifications are signed here
 * with the throwaway gateway key through the signer, whose RSA output CashInSnapSignerTest pins to
 * openssl's; one test uses the openssl-signed vector itself.
 */
class CashInNotifyEndpointTest {

    private static final String PATH = "/v1.0/debit/notify";

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
    void createAnOpenPayment() {
        payment = kasir.createPayment.create(new NewPayment("ORDER-1", CashInPaymentGateway.ID, PaymentMethod.QRIS,
                Money.idr(10000), kasir.clock.instant().plus(Duration.ofMinutes(30)),
                new Customer("C1", "0812", null, null), null, null, null), Actor.system("test")).payment();
        assertThat(payment.status()).isEqualTo(PaymentStatus.OPEN);
    }

    private String tableStyle(String status, String amount) {
        return "{\"originalPartnerReferenceNo\":\"PAY-" + payment.reference() + "\",\"originalReferenceNo\":\"" + payment.reference()
                + "\",\"originalExternalId\":\"123\",\"latestTransactionStatus\":\"" + status + "\",\"transactionStatusDesc\":\"Success\","
                + "\"amount\":{\"value\":\"" + amount + "\",\"currency\":\"IDR\"},\"createdTime\":\"2026-11-21T10:00:00+07:00\","
                + "\"finishedTime\":\"2026-11-21T10:01:00+07:00\"}";
    }

    private CashInNotifyEndpoint.Response send(String externalId, String body) {
        String timestamp = CashInSnapSigner.timestamp(kasir.clock.instant());
        return send(externalId, body, timestamp,
                gatewaySigner.signAsymmetric(CashInSnapSigner.stringToSign("POST", PATH, body, timestamp)));
    }

    private CashInNotifyEndpoint.Response send(String externalId, String body, String timestamp, String signature) {
        return send(endpoint, externalId, body, timestamp, signature);
    }

    private CashInNotifyEndpoint.Response send(CashInNotifyEndpoint endpoint, String externalId, String body,
                                               String timestamp, String signature) {
        Map<String, String> headers = new HashMap<>();
        headers.put("X-PARTNER-ID", "CID-SANDBOX-KASIR");
        headers.put("X-EXTERNAL-ID", externalId);
        headers.put("X-TIMESTAMP", timestamp);
        headers.put("X-SIGNATURE", signature);
        headers.put("CHANNEL-ID", "95221");
        return endpoint.handle(PATH, "http://10.0.0.5:8080" + PATH, headers::get, body.getBytes(StandardCharsets.UTF_8), "203.0.113.9");
    }

    private Payment current() {
        return kasir.payments.byId(payment.id()).orElseThrow();
    }

    private StoredNotification lastStored() {
        var all = kasir.notifications.all();
        return all.get(all.size() - 1);
    }

    /** Kasir's database out of reach (the pool's time-out, as Spring wraps it): SNAP's 500, so Cash In sends it again. */
    @Test
    void aNotificationThatCannotBeStoredForWantOfTheDatabaseIsAnswered500AndItsRetryIsApplied() {
        RuntimeException outage = new IllegalStateException("Failed to obtain JDBC Connection",
                new java.sql.SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
        CashInNotifyEndpoint storeDown = new CashInNotifyEndpoint(kasirSigner, Duration.ofMinutes(5),
                "https://kasir.example", () -> {
                    throw outage;
                }, () -> kasir.guardAgainstReplays, kasir.clock);
        CashInNotifyEndpoint replayCheckDown = new CashInNotifyEndpoint(kasirSigner, Duration.ofMinutes(5),
                "https://kasir.example", () -> kasir.receiveNotification, () -> {
                    throw outage;
                }, kasir.clock);
        String body = tableStyle("00", "10000.00");
        String timestamp = CashInSnapSigner.timestamp(kasir.clock.instant());
        String signature = gatewaySigner.signAsymmetric(CashInSnapSigner.stringToSign("POST", PATH, body, timestamp));

        for (CashInNotifyEndpoint down : List.of(storeDown, replayCheckDown)) {
            var response = send(down, "2001", body, timestamp, signature);
            assertThat(response.httpStatus()).isEqualTo(500);
            assertThat(response.body()).contains("5005600");
        }
        assertThat(current().status()).isEqualTo(PaymentStatus.OPEN);

        var retried = send(endpoint, "2001", body, timestamp, signature);
        assertThat(retried.httpStatus()).isEqualTo(200);
        assertThat(current().status()).isEqualTo(PaymentStatus.PAID);
    }

    @Test
    void appliesASignedPaidNotificationAndAnswersSuccess() {
        var response = send("1001", tableStyle("00", "10000.00"));

        assertThat(response.httpStatus()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"responseCode\":\"2005600\",\"responseMessage\":\"Successful\"}");
        assertThat(current().status()).isEqualTo(PaymentStatus.PAID);
        StoredNotification stored = lastStored();
        assertThat(stored.outcome()).isEqualTo(NotificationOutcome.APPLIED);
        assertThat(stored.notification().dedupKey()).isEqualTo("xid:1001");
        assertThat(stored.notification().headers()).contains("X-SIGNATURE: ***")
                .contains("X-Kasir-Matched-Field: originalReferenceNo").contains("X-Kasir-Original-External-Id: 123");
        assertThat(stored.notification().remoteAddress()).isEqualTo("203.0.113.9");
    }

    @Test
    void readsTheDocumentsExampleStyleWithItsTyposAndANumericAmount() {
        String example = "{\n\"originalPartnerReferenceNo\": \"PAY12345678910\",\n\"originalReferenceNo\": \"" + payment.reference() + "\",\n"
                + "\"orgiginalExternalId\" : \"123232144\",\n\"latestTransactionStatus\": \"00\",\n\"latestTransactionStatusDec\": \"Success\",\n"
                + "\"amount\": {\n\"value\": 10000,\n\"currency\": \"IDR\"\n},\n\"createdTime\": \"2026-11-21T10:00:00+07:00\",\n"
                + "\"finishedTime\": \"2026-11-21T10:00:00+07:00\"\n}";

        assertThat(send("1002", example).httpStatus()).isEqualTo(200);

        assertThat(current().status()).isEqualTo(PaymentStatus.PAID);
        assertThat(lastStored().notification().headers()).contains("X-Kasir-Original-External-Id: 123232144");
    }

    @Test
    void matchesOurReferenceInEitherFieldAndRecordsWhichOne() {
        String snapStyle = "{\"originalPartnerReferenceNo\":\"" + payment.reference() + "\",\"originalReferenceNo\":\"PAY77\","
                + "\"latestTransactionStatus\":\"00\",\"amount\":{\"value\":\"10000.00\",\"currency\":\"IDR\"}}";

        send("1003", snapStyle);

        assertThat(current().status()).isEqualTo(PaymentStatus.PAID);
        assertThat(lastStored().notification().headers()).contains("X-Kasir-Matched-Field: originalPartnerReferenceNo");
    }

    @Test
    void acceptsTheOpensslSignedVector() {
        // NotifyVector was signed at 2026-11-21T10:00:00+07:00 = TestKasir's clock; its reference is no payment.
        var response = send("1004", NotifyVector.PRETTY_BODY, NotifyVector.TIMESTAMP, NotifyVector.SIGNATURE);

        assertThat(response.httpStatus()).isEqualTo(200);
        assertThat(lastStored().outcome()).isEqualTo(NotificationOutcome.UNMATCHED);
        assertThat(lastStored().notification().body()).isEqualTo(NotifyVector.PRETTY_BODY);
    }

    @Test
    void acceptsASignatureOverTheFullUrlAsTheDocumentAlsoReads() {
        String body = tableStyle("00", "10000.00");
        String timestamp = CashInSnapSigner.timestamp(kasir.clock.instant());
        String overFullUrl = gatewaySigner.signAsymmetric(
                CashInSnapSigner.stringToSign("POST", "https://kasir.example" + PATH, body, timestamp));

        assertThat(send("1005", body, timestamp, overFullUrl).httpStatus()).isEqualTo(200);
        assertThat(current().status()).isEqualTo(PaymentStatus.PAID);
    }

    @Test
    void answersADuplicateWithSuccessAndChangesNothing() {
        String body = tableStyle("00", "10000.00");
        send("1006", body);
        int changes = kasir.statusChanges.size();

        var again = send("1006", body);

        assertThat(again.httpStatus()).isEqualTo(200);
        assertThat(again.body()).contains("2005600");
        assertThat(lastStored().outcome()).isEqualTo(NotificationOutcome.DUPLICATE);
        assertThat(kasir.statusChanges).hasSize(changes);
    }

    @Test
    void rejectsTheSameExternalIdWithAnotherBody() {
        send("1007", tableStyle("05", "10000.00"));
        assertThat(current().status()).isEqualTo(PaymentStatus.EXPIRED);

        var replay = send("1007", tableStyle("00", "10000.00"));

        assertThat(replay.httpStatus()).isEqualTo(401);
        assertThat(replay.body()).contains("4015600");
        assertThat(lastStored().outcome()).isEqualTo(NotificationOutcome.REJECTED);
        assertThat(lastStored().notification().headers()).contains("seen before with another body");
        assertThat(current().status()).isEqualTo(PaymentStatus.EXPIRED);
    }

    /** Issue 15: X-EXTERNAL-ID is not signed, so a captured notification re-sent under a new id is a replay. */
    @Test
    void aCapturedNotificationResentUnderANewIdIsRecordedAsAReplayAndNotActedOnAgain() {
        String body = tableStyle("05", "10000.00");
        String timestamp = CashInSnapSigner.timestamp(kasir.clock.instant());
        String signature = gatewaySigner.signAsymmetric(CashInSnapSigner.stringToSign("POST", PATH, body, timestamp));
        assertThat(send("2001", body, timestamp, signature).httpStatus()).isEqualTo(200);
        int changes = kasir.statusChanges.size();
        int stored = kasir.notifications.all().size();

        var replay = send("2002", body, timestamp, signature);

        assertThat(replay.httpStatus()).isEqualTo(401);
        assertThat(replay.body()).contains("4015600").contains("Replayed");
        assertThat(kasir.notifications.all()).hasSize(stored + 1);
        assertThat(lastStored().outcome()).isEqualTo(NotificationOutcome.REJECTED);
        assertThat(lastStored().notification().headers()).contains("already acted on under X-EXTERNAL-ID 2001");
        assertThat(kasir.statusChanges).hasSize(changes);
    }

    @Test
    void theGatewaySigningTheSameBodyAgainWithANewTimestampIsNoReplay() {
        String body = tableStyle("05", "10000.00");
        send("2101", body);
        kasir.clock.advance(Duration.ofSeconds(30));

        var resent = send("2102", body);

        assertThat(resent.httpStatus()).isEqualTo(200);
        assertThat(lastStored().outcome()).isNotEqualTo(NotificationOutcome.REJECTED);
    }

    @Test
    void rejectsAForgedSignatureRecordsTheAttemptAndChangesNothing() {
        String body = tableStyle("00", "10000.00");
        String timestamp = CashInSnapSigner.timestamp(kasir.clock.instant());
        CashInSnapSigner forger = new CashInSnapSigner("HmacSHA512", "x", TestKeys.merchantPrivate(), null, kasir.clock);
        String forged = forger.signAsymmetric(CashInSnapSigner.stringToSign("POST", PATH, body, timestamp));

        var response = send("1008", body, timestamp, forged);

        assertThat(response.httpStatus()).isEqualTo(401);
        assertThat(response.body()).isEqualTo("{\"responseCode\":\"4015600\",\"responseMessage\":\"Unauthorized. Signature\"}");
        assertThat(current().status()).isEqualTo(PaymentStatus.OPEN);
        assertThat(lastStored().outcome()).isEqualTo(NotificationOutcome.REJECTED);
        assertThat(lastStored().notification().headers()).contains("bad or missing X-SIGNATURE").doesNotContain(forged);
        // The forged one did not take the real notification's place in the inbox.
        assertThat(send("1008", body).httpStatus()).isEqualTo(200);
        assertThat(current().status()).isEqualTo(PaymentStatus.PAID);
    }

    @Test
    void rejectsAMissingSignatureAndATamperedBody() {
        String body = tableStyle("00", "10000.00");
        String timestamp = CashInSnapSigner.timestamp(kasir.clock.instant());
        String signature = gatewaySigner.signAsymmetric(CashInSnapSigner.stringToSign("POST", PATH, body, timestamp));

        assertThat(send("1009", body, timestamp, null).httpStatus()).isEqualTo(401);
        assertThat(send("1010", body.replace("10000.00", "1.00"), timestamp, signature).httpStatus()).isEqualTo(401);
        assertThat(current().status()).isEqualTo(PaymentStatus.OPEN);
    }

    @Test
    void rejectsATimestampOutsideTheWindow() {
        String body = tableStyle("00", "10000.00");
        String stale = CashInSnapSigner.timestamp(kasir.clock.instant().minus(Duration.ofMinutes(6)));
        String signature = gatewaySigner.signAsymmetric(CashInSnapSigner.stringToSign("POST", PATH, body, stale));

        var response = send("1011", body, stale, signature);

        assertThat(response.httpStatus()).isEqualTo(401);
        assertThat(response.body()).contains("4015600");
        assertThat(lastStored().outcome()).isEqualTo(NotificationOutcome.REJECTED);
        assertThat(current().status()).isEqualTo(PaymentStatus.OPEN);
    }

    @Test
    void answersBadRequestForASignedBodyThatCannotBeReadAndStoresIt() {
        var notJson = send("1012", "this is not json");
        assertThat(notJson.httpStatus()).isEqualTo(400);
        assertThat(notJson.body()).contains("4005601");
        assertThat(lastStored().outcome()).isEqualTo(NotificationOutcome.REJECTED);

        var noStatus = send("1013", "{\"originalReferenceNo\":\"" + payment.reference() + "\"}");
        assertThat(noStatus.httpStatus()).isEqualTo(400);
        assertThat(noStatus.body()).contains("4005602").contains("latestTransactionStatus");

        var noExternalId = send(null, tableStyle("00", "10000.00"));
        assertThat(noExternalId.httpStatus()).isEqualTo(400);
        assertThat(noExternalId.body()).contains("4005602");
        assertThat(current().status()).isEqualTo(PaymentStatus.OPEN);
    }

    @Test
    void sendsAPaidNotificationForAnotherAmountToOps() {
        var response = send("1014", tableStyle("00", "10001.00"));

        assertThat(response.httpStatus()).isEqualTo(200);
        assertThat(current().status()).isEqualTo(PaymentStatus.OPEN);
        assertThat(lastStored().outcome()).isEqualTo(NotificationOutcome.AMOUNT_MISMATCH);
        assertThat(kasir.opsExceptions.open(10)).anyMatch(e -> e.type() == OpsExceptionType.AMOUNT_MISMATCH);
    }

    @Test
    void mapsTheStatusCodesExpiredAndFailed() {
        send("1015", tableStyle("06", "10000.00"));
        assertThat(current().status()).isEqualTo(PaymentStatus.FAILED);
    }

    @Test
    void asksCashInWhenTheStatusIsNoPaymentStatus() {
        var response = send("1016", tableStyle("04", "10000.00"));

        assertThat(response.httpStatus()).isEqualTo(200);
        assertThat(fakeCashIn.queried).hasSize(1);
        assertThat(lastStored().outcome()).isEqualTo(NotificationOutcome.NOT_CONFIRMED);
    }
}
