package id.kasir.sandbox.cashin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CashInQrisHttpTest extends CashInHttpTestBase {

    private static final String GENERATE = "/api/v1.0/qr/qr-mpm-generate";
    private static final String QUERY = "/api/v1.0/qr/qr-mpm-query";

    private static String queryBody(String partnerReferenceNo) {
        return "{\"merchantId\":\"MCH-SANDBOX-KASIR\",\"originalPartnerReferenceNo\":\"" + partnerReferenceNo
                + "\",\"serviceCode\":\"47\"}";
    }

    @Test
    void generatesAQrisOrderWhosePayloadCarriesTheAmountAndAValidCrc() throws Exception {
        String partnerRef = unique("REF");
        HttpResponse<String> response = snap(GENERATE, qrisBody(partnerRef, "10000.00"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode answer = json(response);
        assertThat(answer.path("responseCode").asString()).isEqualTo("2004700");
        assertThat(answer.path("partnerReferenceNo").asString()).isEqualTo(partnerRef);
        assertThat(answer.path("referenceNo").asString()).startsWith("PAY");
        String qr = answer.path("qrContent").asString();
        assertThat(QrisPayload.hasValidCrc(qr)).isTrue();
        Map<String, String> tags = QrisPayload.parse(qr);
        assertThat(tags).containsEntry("01", "12").containsEntry("54", "10000.00").containsEntry("53", "360");
        assertThat(QrisPayload.parse(tags.get("62"))).containsEntry("05", partnerRef)
                .containsEntry("01", answer.path("referenceNo").asString());
    }

    @Test
    void rejectsAForgedSignatureWithTheEndpointsServiceCode() throws Exception {
        String body = qrisBody(unique("REF"), "10000.00");
        String timestamp = CashInTestSigner.now();
        String overOtherPath = CashInTestSigner.snapSignature(QUERY, body, timestamp);

        HttpResponse<String> generate = snap(GENERATE, body, timestamp, overOtherPath, externalId(), Duration.ofSeconds(30));
        assertThat(generate.statusCode()).isEqualTo(401);
        assertThat(json(generate).path("responseCode").asString()).isEqualTo("4014700");

        String query = queryBody("REF-X");
        HttpResponse<String> q = snap(QUERY, query, timestamp, "Zm9yZ2Vk", externalId(), Duration.ofSeconds(30));
        assertThat(q.statusCode()).isEqualTo(401);
        assertThat(json(q).path("responseCode").asString()).isEqualTo("4015100");
    }

    @Test
    void refusesARepeatedExternalIdWithConflict() throws Exception {
        String externalId = externalId();
        assertThat(snap(GENERATE, qrisBody(unique("REF"), "10000.00"), externalId).statusCode()).isEqualTo(200);

        HttpResponse<String> again = snap(GENERATE, qrisBody(unique("REF"), "10000.00"), externalId);

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again).path("responseCode").asString()).isEqualTo("4094700");
    }

    @Test
    void refusesANonNumericExternalId() throws Exception {
        HttpResponse<String> response = snap(GENERATE, qrisBody(unique("REF"), "10000.00"), "3fa85f64-5717-4562");

        assertThat(json(response).path("responseCode").asString()).isEqualTo("4004701");
    }

    @Test
    void refusesMissingAndMalformedFieldsAndDuplicates() throws Exception {
        HttpResponse<String> missing = snap(GENERATE, qrisBody(unique("REF"), "10000.00")
                .replaceFirst("\"partnerReferenceNo\":\"REF\\d+\",", ""));
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(json(missing).path("responseCode").asString()).isEqualTo("4004702");

        HttpResponse<String> noCents = snap(GENERATE, qrisBody(unique("REF"), "10000"));
        assertThat(json(noCents).path("responseCode").asString()).isEqualTo("4004701");

        HttpResponse<String> tooLong = snap(GENERATE, qrisBody("R".repeat(26), "10000.00"));
        assertThat(json(tooLong).path("responseCode").asString()).isEqualTo("4004701");

        String partnerRef = unique("REF");
        generateQris(partnerRef, "10000.00");
        HttpResponse<String> duplicate = snap(GENERATE, qrisBody(partnerRef, "10000.00"));
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(json(duplicate).path("responseCode").asString()).isEqualTo("4094701");
    }

    @Test
    void queriesPendingThenPaidAndNotifiesTheMerchant() throws Exception {
        String partnerRef = unique("REF");
        String referenceNo = generateQris(partnerRef, "25000.00");

        JsonNode pending = json(snap(QUERY, queryBody(partnerRef)));
        assertThat(pending.path("responseCode").asString()).isEqualTo("2005100");
        assertThat(pending.path("latestTransactionStatus").asString()).isEqualTo("03");
        assertThat(pending.path("originalReferenceNo").asString()).isEqualTo(referenceNo);

        assertThat(sandbox(partnerRef, "pay").statusCode()).isEqualTo(200);

        JsonNode paid = json(snap(QUERY, queryBody(partnerRef)));
        assertThat(paid.path("latestTransactionStatus").asString()).isEqualTo("00");
        assertThat(paid.path("latestTransactionDesc").asString()).isEqualTo("Success");
        assertThat(paid.path("paidTime").asString()).endsWith("+07:00");
        assertThat(paid.path("amount").path("value").asString()).isEqualTo("25000.00");
        assertThat(paid.path("serviceCode").asString()).isEqualTo("47");

        FakeMerchant.Received notice = MERCHANT.next(referenceNo);
        assertThat(CashInTestSigner.verifiesWithCashInKey("POST:/v1.0/debit/notify:"
                + CashInTestSigner.sha256Hex(notice.body()) + ":" + notice.timestamp(), notice.signature())).isTrue();
        assertThat(notice.json().path("originalReferenceNo").asString()).isEqualTo(partnerRef);
        assertThat(notice.json().path("amount").path("value").asString()).isEqualTo("25000.00");
    }

    @Test
    void answersNotFoundForAnUnknownPartnerReference() throws Exception {
        HttpResponse<String> response = snap(QUERY, queryBody("NO-SUCH-REF"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).path("responseCode").asString()).isEqualTo("4045101");
    }

    @Test
    void showsTheQrContentAndAmountOnTheQrisPageAndPaysFromIt() throws Exception {
        String partnerRef = unique("REF");
        String referenceNo = generateQris(partnerRef, "30000.00");
        String page = base() + "/qris/" + referenceNo;

        String html = get(page).body();
        assertThat(html).contains(order(referenceNo).path("qrContent").asString(), "30.000", ">Pay<");
        assertThat(order(referenceNo).path("payPageUrl").asString())
                .isEqualTo("http://localhost:8080/sandbox/cashin/qris/" + referenceNo);

        assertThat(post(page + "/pay").statusCode()).isEqualTo(200);
        assertThat(MERCHANT.next(referenceNo).json().path("latestTransactionStatus").asString()).isEqualTo("00");
    }
}
