package id.kasir.sandbox.cashin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kasir.sandbox.faults.Fault;
import id.kasir.sandbox.faults.FaultRule;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

class CashInFaultsHttpTest extends CashInHttpTestBase {

    private static final String GENERATE = "/api/v1.0/qr/qr-mpm-generate";

    @Test
    void http500OnCheckoutAnswersCashInsErrorWithoutCreatingTheOrder() throws Exception {
        faults.add(FaultRule.of("cashin", "payment", Fault.HTTP_500));
        String trxNo = unique("TRX-");

        HttpResponse<String> response = checkout("/payment", checkoutBody(trxNo, 10_000));

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).isEqualTo("{\"message\":\"Internal Server Error\"}");
        assertThat(checkout("/payment/status", "{\"trxNo\":\"" + trxNo + "\"}").statusCode()).isEqualTo(404);
    }

    @Test
    void http500OnQrisAnswersTheSnapInternalErrorCode() throws Exception {
        faults.add(FaultRule.of("cashin", "qr-mpm-generate", Fault.HTTP_500));
        String partnerRef = unique("REF");

        HttpResponse<String> response = snap(GENERATE, qrisBody(partnerRef, "10000.00"));

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(json(response).path("responseCode").asString()).isEqualTo("5004700");
        assertThat(get(base() + "/_sandbox/orders/" + partnerRef).statusCode()).isEqualTo(404);
    }

    @Test
    void malformedJsonProcessesTheRequestButAnswersSomethingUnparseable() throws Exception {
        faults.add(FaultRule.of("cashin", "qr-mpm-generate", Fault.MALFORMED_JSON));
        String partnerRef = unique("REF");

        HttpResponse<String> response = snap(GENERATE, qrisBody(partnerRef, "10000.00"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> json(response)).isInstanceOf(JacksonException.class);
        assertThat(get(base() + "/_sandbox/orders/" + partnerRef).statusCode()).isEqualTo(200);
    }

    @Test
    void latencyDelaysTheAnswer() throws Exception {
        String trxNo = unique("TRX-");
        checkout("/payment", checkoutBody(trxNo, 10_000));
        faults.add(FaultRule.of("cashin", "payment-status", Fault.LATENCY).withLatency(300));

        long started = System.nanoTime();
        HttpResponse<String> response = checkout("/payment/status", "{\"trxNo\":\"" + trxNo + "\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void timeoutProcessesTheRequestButHoldsTheAnswerPastTheCallersPatience() throws Exception {
        faults.add(FaultRule.of("cashin", "qr-mpm-generate", Fault.TIMEOUT).withLatency(5_000));
        String partnerRef = unique("REF");
        String body = qrisBody(partnerRef, "10000.00");
        String timestamp = CashInTestSigner.now();

        assertThatThrownBy(() -> snap(GENERATE, body, timestamp, CashInTestSigner.snapSignature(GENERATE, body, timestamp),
                externalId(), Duration.ofMillis(300))).isInstanceOf(HttpTimeoutException.class);
        eventually(() -> {
            try {
                return get(base() + "/_sandbox/orders/" + partnerRef).statusCode() == 200;
            } catch (Exception e) {
                return false;
            }
        });
    }

    @Test
    void badNotificationSignatureSignsWithAKeyTheMerchantDoesNotTrust() throws Exception {
        faults.add(FaultRule.of("cashin", "notify", Fault.BAD_NOTIFICATION_SIGNATURE));
        String referenceNo = generateQris(unique("REF"), "10000.00");

        sandbox(referenceNo, "pay");

        FakeMerchant.Received notice = MERCHANT.next(referenceNo);
        assertThat(CashInTestSigner.verifiesWithCashInKey("POST:/v1.0/debit/notify:"
                + CashInTestSigner.sha256Hex(notice.body()) + ":" + notice.timestamp(), notice.signature())).isFalse();
    }

    @Test
    void duplicateNotificationSendsTheSameNoticeTwiceUnderFreshExternalIds() throws Exception {
        faults.add(FaultRule.of("cashin", "notify", Fault.DUPLICATE_NOTIFICATION));
        String referenceNo = generateQris(unique("REF"), "10000.00");

        sandbox(referenceNo, "pay");

        FakeMerchant.Received first = MERCHANT.next(referenceNo);
        FakeMerchant.Received second = MERCHANT.next(referenceNo);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.externalId()).isNotEqualTo(first.externalId());
    }

    @Test
    void outOfOrderNotificationFollowsThePaidNoticeWithACancelledOne() throws Exception {
        faults.add(FaultRule.of("cashin", "notify", Fault.OUT_OF_ORDER_NOTIFICATION));
        String referenceNo = generateQris(unique("REF"), "10000.00");

        sandbox(referenceNo, "pay");

        assertThat(MERCHANT.next(referenceNo).json().path("latestTransactionStatus").asString()).isEqualTo("00");
        assertThat(MERCHANT.next(referenceNo).json().path("latestTransactionStatus").asString()).isEqualTo("05");
    }

    @Test
    void wrongPaidAmountPaysTheDelta() throws Exception {
        faults.add(FaultRule.of("cashin", "qr-mpm-generate", Fault.WRONG_PAID_AMOUNT).withAmountDelta(-500));
        String referenceNo = generateQris(unique("REF"), "10000.00");

        HttpResponse<String> paid = sandbox(referenceNo, "pay");

        assertThat(json(paid).path("paidAmount").asLong()).isEqualTo(9_500);
        assertThat(MERCHANT.next(referenceNo).json().path("amount").path("value").asString()).isEqualTo("9500.00");
    }

    @Test
    void retriesAFailedDeliveryAndRecordsEveryAttempt() throws Exception {
        String referenceNo = generateQris(unique("REF"), "10000.00");
        MERCHANT.failNext(2);

        sandbox(referenceNo, "pay");

        MERCHANT.next(referenceNo);
        MERCHANT.next(referenceNo);
        MERCHANT.next(referenceNo);
        eventually(() -> {
            try {
                return order(referenceNo).path("notifications").size() == 3;
            } catch (Exception e) {
                return false;
            }
        });
        var attempts = order(referenceNo).path("notifications");
        assertThat(attempts.path(0).path("httpStatus").asInt()).isEqualTo(500);
        assertThat(attempts.path(1).path("httpStatus").asInt()).isEqualTo(500);
        assertThat(attempts.path(2).path("httpStatus").asInt()).isEqualTo(200);
        assertThat(attempts.path(2).path("attempt").asInt()).isEqualTo(3);
    }
}
