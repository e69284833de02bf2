package id.kasir.sandbox.cashin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CashInEmoneyHttpTest extends CashInHttpTestBase {

    private static final String INQUIRY = "/api/v1.0/emoney/account-inquiry";
    private static final String TOPUP = "/api/v1.0/emoney/topup";
    private static final String STATUS = "/api/v1.0/emoney/topup-status";

    private static String transferBody(String partnerRef, String customerNumber, String channel) {
        return "{\"partnerReferenceNo\":\"" + partnerRef + "\",\"amount\":{\"value\":\"50000.00\",\"currency\":\"IDR\"},"
                + "\"customerNumber\":\"" + customerNumber + "\",\"additionalInfo\":{\"channel\":\"" + channel + "\"}}";
    }

    private static String statusBody(String partnerRef) {
        return "{\"originalPartnerReferenceNo\":\"" + partnerRef + "\",\"serviceCode\":\"38\"}";
    }

    @Test
    void inquiryNamesAKnownAccount() throws Exception {
        HttpResponse<String> response = snap(INQUIRY, transferBody(unique("INQ"), "6281234567890", "TOP_UP_E_WALLET_DANA"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode answer = json(response);
        assertThat(answer.path("responseCode").asString()).isEqualTo("2003700");
        assertThat(answer.path("customerName").asString()).isEqualTo("John Doe");
        assertThat(answer.path("amount").path("value").asString()).isEqualTo("50000.00");
    }

    @Test
    void inquiryAcceptsTheDocumentsOvoSpellingWithTheStraySpace() throws Exception {
        HttpResponse<String> response = snap(INQUIRY, transferBody(unique("INQ"), "6281111111111", "TRANSFER _E_WALLET_OVO"));

        assertThat(json(response).path("customerName").asString()).isEqualTo("Siti Aminah");
    }

    @Test
    void inquiryAnswersNotFoundForAnUnknownAccount() throws Exception {
        HttpResponse<String> response = snap(INQUIRY, transferBody(unique("INQ"), "6287777777777", "TRANSFER_E_WALLET_GOPAY"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).path("responseCode").asString()).isEqualTo("4043711");
    }

    @Test
    void refusesAnUnknownChannelAndANumberNotStartingWith628() throws Exception {
        assertThat(json(snap(INQUIRY, transferBody(unique("INQ"), "6281234567890", "TRANSFER_E_WALLET_LINKAJA")))
                .path("responseCode").asString()).isEqualTo("4003701");
        assertThat(json(snap(INQUIRY, transferBody(unique("INQ"), "081234567890", "TRANSFER_E_WALLET_GOPAY")))
                .path("responseCode").asString()).isEqualTo("4003701");
    }

    @Test
    void transfersAndSettlesSuccessfully() throws Exception {
        String partnerRef = unique("TF-");
        HttpResponse<String> created = snap(TOPUP, transferBody(partnerRef, "6282222222222", "TRANSFER_E_WALLET_SHOPEEPAY"));

        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(json(created).path("responseCode").asString()).isEqualTo("2003800");
        assertThat(json(created).path("additionalInfo").path("status").asString()).isEqualTo("PROCESSING");

        JsonNode status = json(snap(STATUS, statusBody(partnerRef)));
        assertThat(status.path("responseCode").asString()).isEqualTo("2003900");
        assertThat(status.path("latestTransactionStatus").asString()).isEqualTo("00");
        assertThat(status.path("originalReferenceNo").asString()).startsWith("TF");
        assertThat(status.path("serviceCode").asString()).isEqualTo("38");
        assertThat(status.path("amount").path("value").asString()).isEqualTo("50000.00");
    }

    @Test
    void aTransferToTheAlwaysFailingAccountFails() throws Exception {
        String partnerRef = unique("TF-");
        snap(TOPUP, transferBody(partnerRef, "6289999999999", "TRANSFER_E_WALLET_GOPAY"));

        JsonNode status = json(snap(STATUS, statusBody(partnerRef)));

        assertThat(status.path("latestTransactionStatus").asString()).isEqualTo("06");
        assertThat(status.path("latestTransactionDesc").asString()).isEqualTo("Failed");
    }

    @Test
    void refusesADuplicatePartnerReference() throws Exception {
        String partnerRef = unique("TF-");
        snap(TOPUP, transferBody(partnerRef, "6281234567890", "TOP_UP_E_WALLET_DANA"));

        HttpResponse<String> again = snap(TOPUP, transferBody(partnerRef, "6281234567890", "TOP_UP_E_WALLET_DANA"));

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again).path("responseCode").asString()).isEqualTo("4093801");
    }

    @Test
    void rejectsAForgedTransferAndAnUnknownStatus() throws Exception {
        String body = transferBody(unique("TF-"), "6281234567890", "TOP_UP_E_WALLET_DANA");
        String timestamp = CashInTestSigner.now();
        HttpResponse<String> forged = snap(TOPUP, body, timestamp, CashInTestSigner.snapSignature(INQUIRY, body, timestamp),
                externalId(), Duration.ofSeconds(30));
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(json(forged).path("responseCode").asString()).isEqualTo("4013800");

        HttpResponse<String> unknown = snap(STATUS, statusBody("NO-SUCH-TRANSFER"));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).path("responseCode").asString()).isEqualTo("4043901");
    }
}
