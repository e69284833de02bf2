package id.kasir.sandbox.cashin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kasir.sandbox.faults.Fault;
import id.kasir.sandbox.faults.FaultRule;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The faults payouts need from the e-money simulator: lost and late transfers, 5xx, "not found", slow settling. */
class CashInPayoutFaultsHttpTest extends CashInHttpTestBase {

    private static final String TOPUP = "/api/v1.0/emoney/topup";
    private static final String STATUS = "/api/v1.0/emoney/topup-status";

    private static String transferBody(String partnerRef) {
        return "{\"partnerReferenceNo\":\"" + partnerRef + "\",\"amount\":{\"value\":\"50000.00\",\"currency\":\"IDR\"},"
                + "\"customerNumber\":\"6281234567890\",\"additionalInfo\":{\"channel\":\"TOP_UP_E_WALLET_DANA\"}}";
    }

    private HttpResponse<String> status(String partnerRef) throws Exception {
        return snap(STATUS, "{\"originalPartnerReferenceNo\":\"" + partnerRef + "\",\"serviceCode\":\"38\"}");
    }

    /** Sends the transfer, giving up after {@code patience} as a payout adapter with a short read time-out would. */
    private void transferWithin(String partnerRef, Duration patience) throws Exception {
        String body = transferBody(partnerRef);
        String timestamp = CashInTestSigner.now();
        snap(TOPUP, body, timestamp, CashInTestSigner.snapSignature(TOPUP, body, timestamp), externalId(), patience);
    }

    private int transferRequests(String partnerRef) throws Exception {
        return order(partnerRef).path("transferRequests").asInt();
    }

    @Test
    void aTimedOutTransferThatWasDoneIsFoundByTheStatusQueryAndCountedOnce() throws Exception {
        faults.add(FaultRule.of("cashin", "topup", Fault.TIMEOUT).withLatency(3_000).times(1));
        String partnerRef = unique("PO-");

        assertThatThrownBy(() -> transferWithin(partnerRef, Duration.ofMillis(300))).isInstanceOf(HttpTimeoutException.class);

        eventually(() -> {
            try {
                return status(partnerRef).statusCode() == 200;
            } catch (Exception e) {
                return false;
            }
        });
        assertThat(json(status(partnerRef)).path("latestTransactionStatus").asString()).isEqualTo("00");
        assertThat(transferRequests(partnerRef)).isEqualTo(1);
    }

    @Test
    void aTimedOutTransferThatNeverArrivedIsNotFoundAndMayBeSentAgainUnderTheSameReference() throws Exception {
        faults.add(FaultRule.of("cashin", "topup", Fault.TIMEOUT_UNPROCESSED).withLatency(3_000).times(1));
        String partnerRef = unique("PO-");

        assertThatThrownBy(() -> transferWithin(partnerRef, Duration.ofMillis(300))).isInstanceOf(HttpTimeoutException.class);

        HttpResponse<String> notFound = status(partnerRef);
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(json(notFound).path("responseCode").asString()).isEqualTo("4043901");
        HttpResponse<String> again = snap(TOPUP, transferBody(partnerRef));
        assertThat(json(again).path("responseCode").asString()).isEqualTo("2003800");
        assertThat(transferRequests(partnerRef)).isEqualTo(1);
    }

    @Test
    void aLostTransferAnswersTheGatewaysOwnTimeOutToACallerStillListening() throws Exception {
        faults.add(FaultRule.of("cashin", "topup", Fault.TIMEOUT_UNPROCESSED).withLatency(100).times(1));
        String partnerRef = unique("PO-");

        HttpResponse<String> response = snap(TOPUP, transferBody(partnerRef));

        assertThat(response.statusCode()).isEqualTo(504);
        assertThat(json(response).path("responseCode").asString()).isEqualTo("5043800");
        assertThat(status(partnerRef).statusCode()).isEqualTo(404);
    }

    @Test
    void a5xxOnTheTransferDoesNotTransfer() throws Exception {
        faults.add(FaultRule.of("cashin", "topup", Fault.HTTP_500).times(1));
        String partnerRef = unique("PO-");

        HttpResponse<String> response = snap(TOPUP, transferBody(partnerRef));

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(json(response).path("responseCode").asString()).isEqualTo("5003800");
        assertThat(status(partnerRef).statusCode()).isEqualTo(404);
    }

    @Test
    void notFoundOnTheStatusQueryHidesATransferThatExists() throws Exception {
        String partnerRef = unique("PO-");
        snap(TOPUP, transferBody(partnerRef));
        faults.add(FaultRule.of("cashin", "topup-status", Fault.NOT_FOUND).times(1));

        assertThat(status(partnerRef).statusCode()).isEqualTo(404);
        assertThat(json(status(partnerRef)).path("latestTransactionStatus").asString()).isEqualTo("00");
    }

    @Test
    void aSlowSettlementStaysProcessingUntilItsTimeComes() throws Exception {
        faults.add(FaultRule.of("cashin", "topup", Fault.SLOW_SETTLEMENT).withLatency(600_000).times(1));
        String partnerRef = unique("PO-");

        HttpResponse<String> created = snap(TOPUP, transferBody(partnerRef));

        assertThat(json(created).path("responseCode").asString()).isEqualTo("2003800");
        JsonNode status = json(status(partnerRef));
        assertThat(status.path("latestTransactionStatus").asString()).isEqualTo("03");
    }

    @Test
    void aTransferIsSettledByHandSoATestCanMakeTheGatewayChangeItsWord() throws Exception {
        String partnerRef = unique("PO-");
        snap(TOPUP, transferBody(partnerRef));
        assertThat(json(status(partnerRef)).path("latestTransactionStatus").asString()).isEqualTo("00");

        assertThat(sandbox(partnerRef, "fail").statusCode()).isEqualTo(200);
        assertThat(json(status(partnerRef)).path("latestTransactionStatus").asString()).isEqualTo("06");
        assertThat(sandbox(partnerRef, "succeed").statusCode()).isEqualTo(200);
        assertThat(json(status(partnerRef)).path("latestTransactionStatus").asString()).isEqualTo("00");
        assertThat(sandbox(partnerRef, "pay").statusCode()).isEqualTo(404);
    }

    @Test
    void everyTransferRequestThatArrivesIsCountedDuplicatesIncluded() throws Exception {
        String partnerRef = unique("PO-");
        snap(TOPUP, transferBody(partnerRef));

        HttpResponse<String> duplicate = snap(TOPUP, transferBody(partnerRef));

        assertThat(json(duplicate).path("responseCode").asString()).isEqualTo("4093801");
        assertThat(transferRequests(partnerRef)).isEqualTo(2);
    }
}
