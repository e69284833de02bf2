package id.kasir.sandbox.cashin;

import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.sandbox.SimulatedGateway;
import id.kasir.sandbox.faults.Fault;
import id.kasir.sandbox.faults.FaultRule;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class CashInCheckoutHttpTest extends CashInHttpTestBase {

    @Autowired
    List<SimulatedGateway> gateways;

    @Test
    void listsItsOrdersAndPublicKeyForTheIndexPage() throws Exception {
        String trxNo = unique("TRX-");
        checkout("/payment", checkoutBody(trxNo, 10_000));

        SimulatedGateway cashIn = gateways.stream().filter(g -> g.name().equals("cashin")).findFirst().orElseThrow();

        assertThat(cashIn.publicKeyPem()).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(cashIn.orders(100)).anySatisfy(o -> {
            assertThat(o.merchantReference()).isEqualTo(trxNo);
            assertThat(o.status()).isEqualTo("OPEN");
            assertThat(o.payPageUrl()).startsWith("http://localhost:8080/sandbox/cashin/checkout/");
        });
    }

    @Test
    void createsACheckoutPageAndAnswersItsStatus() throws Exception {
        String trxNo = unique("TRX-");
        HttpResponse<String> created = checkout("/payment", checkoutBody(trxNo, 10_000));

        assertThat(created.statusCode()).isEqualTo(200);
        JsonNode data = json(created).path("data");
        assertThat(json(created).path("message").asString()).isEqualTo("Successful");
        assertThat(data.path("paymentUrl").asString())
                .isEqualTo("http://localhost:8080/sandbox/cashin/checkout/" + data.path("paymentToken").asString());

        HttpResponse<String> status = checkout("/payment/status", "{\"trxNo\":\"" + trxNo + "\"}");
        assertThat(status.statusCode()).isEqualTo(200);
        JsonNode s = json(status).path("data");
        assertThat(s.path("trxNo").asString()).isEqualTo(trxNo);
        assertThat(s.path("status").asString()).isEqualTo("OPEN");
        assertThat(s.path("referenceNo").asString()).startsWith("PAY");
        assertThat(s.path("amount").asLong()).isEqualTo(10_000);
    }

    @Test
    void rejectsARequestWithAForgedSignature() throws Exception {
        String body = checkoutBody(unique("TRX-"), 10_000);
        String timestamp = CashInTestSigner.now();
        String forged = CashInTestSigner.hmac("HmacSHA512", "not-the-secret", "POST:/payment:"
                + CashInTestSigner.sha256Hex(body) + ":" + timestamp);

        HttpResponse<String> response = checkout("/payment", body, timestamp, forged, UUID.randomUUID().toString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).path("message").asString()).contains("signature");
        assertThat(json(response).path("data").isNull()).isTrue();
    }

    @Test
    void rejectsASignatureOverTheFullPathInsteadOfTheRelativeOne() throws Exception {
        String body = checkoutBody(unique("TRX-"), 10_000);
        String timestamp = CashInTestSigner.now();
        String overFullPath = CashInTestSigner.checkoutSignature("/pg/fo/payment", body, timestamp);

        assertThat(checkout("/payment", body, timestamp, overFullPath, UUID.randomUUID().toString()).statusCode())
                .isEqualTo(401);
    }

    @Test
    void rejectsATimestampOutsideTheWindowEvenWhenSigned() throws Exception {
        String body = checkoutBody(unique("TRX-"), 10_000);
        String old = OffsetDateTime.now(ZoneOffset.ofHours(7)).minusMinutes(10)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX"));

        HttpResponse<String> response = checkout("/payment", body, old,
                CashInTestSigner.checkoutSignature("/payment", body, old), UUID.randomUUID().toString());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void rejectsATimestampNotInJakartaTime() throws Exception {
        String body = checkoutBody(unique("TRX-"), 10_000);
        String utc = OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX"));

        HttpResponse<String> response = checkout("/payment", body, utc,
                CashInTestSigner.checkoutSignature("/payment", body, utc), UUID.randomUUID().toString());

        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void refusesARepeatedRequestId() throws Exception {
        String requestId = UUID.randomUUID().toString();
        String first = checkoutBody(unique("TRX-"), 10_000);
        String timestamp = CashInTestSigner.now();
        assertThat(checkout("/payment", first, timestamp, CashInTestSigner.checkoutSignature("/payment", first, timestamp),
                requestId).statusCode()).isEqualTo(200);

        String second = checkoutBody(unique("TRX-"), 10_000);
        HttpResponse<String> again = checkout("/payment", second, timestamp,
                CashInTestSigner.checkoutSignature("/payment", second, timestamp), requestId);
        assertThat(again.statusCode()).isEqualTo(409);
    }

    @Test
    void refusesADuplicateTrxNo() throws Exception {
        String trxNo = unique("TRX-");
        assertThat(checkout("/payment", checkoutBody(trxNo, 10_000)).statusCode()).isEqualTo(200);

        HttpResponse<String> again = checkout("/payment", checkoutBody(trxNo, 20_000));

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again).path("message").asString()).isEqualTo("Duplicate trxNo");
    }

    @Test
    void refusesInvalidBodies() throws Exception {
        assertThat(checkout("/payment", checkoutBody(unique("TRX-"), 999)).statusCode()).isEqualTo(400);
        assertThat(checkout("/payment", checkoutBody(unique("TRX-"), 10_000)
                .replace(",\"phoneNumber\":\"082232232231\"", "")).statusCode()).isEqualTo(400);
        assertThat(checkout("/payment", checkoutBody(unique("TRX-"), 10_000)
                .replace("\"QRIS\"", "\"CASH\"")).statusCode()).isEqualTo(400);
        assertThat(checkout("/payment", checkoutBody(unique("TRX-"), 10_000)
                .replace("\"duration\":30", "\"duration\":0")).statusCode()).isEqualTo(400);
        assertThat(checkout("/payment", checkoutBody("T".repeat(65), 10_000)).statusCode()).isEqualTo(400);
        assertThat(checkout("/payment", "{not-json").statusCode()).isEqualTo(400);
    }

    @Test
    void answersNotFoundForAnUnknownTrxNo() throws Exception {
        HttpResponse<String> response = checkout("/payment/status", "{\"trxNo\":\"NO-SUCH-TRX\"}");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).path("message").asString()).isNotBlank();
    }

    @Test
    void paysOnTheCheckoutPageAndNotifiesTheMerchantWithASignatureThatVerifiesWithCashInsPublicKey() throws Exception {
        String trxNo = unique("TRX-");
        String requestId = UUID.randomUUID().toString();
        String body = checkoutBody(trxNo, 10_000);
        String timestamp = CashInTestSigner.now();
        JsonNode data = json(checkout("/payment", body, timestamp,
                CashInTestSigner.checkoutSignature("/payment", body, timestamp), requestId)).path("data");
        String page = base() + "/checkout/" + data.path("paymentToken").asString();

        HttpResponse<String> html = get(page);
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(html.body()).contains(trxNo, "10.000", ">Pay<", ">Fail<", ">Cancel<").doesNotContain("<script");

        HttpResponse<String> paid = post(page + "/pay");
        assertThat(paid.statusCode()).isEqualTo(200);
        assertThat(paid.body()).contains("https://merchant.example/success");

        String referenceNo = order(trxNo).path("referenceNo").asString();
        FakeMerchant.Received notice = MERCHANT.next(referenceNo);
        String stringToSign = "POST:/v1.0/debit/notify:" + CashInTestSigner.sha256Hex(notice.body()) + ":" + notice.timestamp();
        assertThat(CashInTestSigner.verifiesWithCashInKey(stringToSign, notice.signature())).isTrue();
        assertThat(notice.partnerId()).isEqualTo("CID-SANDBOX-KASIR");
        assertThat(notice.channelId()).isEqualTo("95221");
        assertThat(notice.externalId()).matches("\\d{1,36}");
        assertThat(notice.timestamp()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+07:00");
        JsonNode n = notice.json();
        assertThat(n.path("originalPartnerReferenceNo").asString()).isEqualTo(referenceNo);
        assertThat(n.path("originalReferenceNo").asString()).isEqualTo(trxNo);
        assertThat(n.path("originalExternalId").asString()).isEqualTo(requestId);
        assertThat(n.path("latestTransactionStatus").asString()).isEqualTo("00");
        assertThat(n.path("transactionStatusDesc").asString()).isEqualTo("Success");
        assertThat(n.path("amount").path("value").isString()).isTrue();
        assertThat(n.path("amount").path("value").asString()).isEqualTo("10000.00");
        assertThat(n.path("amount").path("currency").asString()).isEqualTo("IDR");

        JsonNode status = json(checkout("/payment/status", "{\"trxNo\":\"" + trxNo + "\"}")).path("data");
        assertThat(status.path("status").asString()).isEqualTo("SUCCESS");
        assertThat(status.path("paymentMethod").asString()).isEqualTo("QRIS");
        eventually(() -> {
            try {
                return order(trxNo).path("notifications").path(0).path("httpStatus").asInt() == 200;
            } catch (Exception e) {
                return false;
            }
        });
    }

    @Test
    void cancellingOnThePageAnswersFailedAndNotifiesCancelled() throws Exception {
        String trxNo = unique("TRX-");
        String token = json(checkout("/payment", checkoutBody(trxNo, 15_000))).path("data").path("paymentToken").asString();

        HttpResponse<String> cancelled = post(base() + "/checkout/" + token + "/cancel");

        assertThat(cancelled.statusCode()).isEqualTo(200);
        assertThat(cancelled.body()).contains("https://merchant.example/cancel");
        String referenceNo = order(trxNo).path("referenceNo").asString();
        assertThat(MERCHANT.next(referenceNo).json().path("latestTransactionStatus").asString()).isEqualTo("05");
        assertThat(json(checkout("/payment/status", "{\"trxNo\":\"" + trxNo + "\"}")).path("data").path("status")
                .asString()).isEqualTo("FAILED");
        assertThat(post(base() + "/checkout/" + token + "/pay").statusCode()).isEqualTo(409);
    }

    @Test
    void failingAPaymentNotifiesFailed06() throws Exception {
        String trxNo = unique("TRX-");
        checkout("/payment", checkoutBody(trxNo, 15_000));

        HttpResponse<String> failed = sandbox(trxNo, "fail");

        assertThat(failed.statusCode()).isEqualTo(200);
        assertThat(json(failed).path("checkoutStatus").asString()).isEqualTo("FAILED");
        assertThat(MERCHANT.next(json(failed).path("referenceNo").asString()).json()
                .path("latestTransactionStatus").asString()).isEqualTo("06");
    }

    @Test
    void anExpiredOrderAnswersFailedNotifies05AndCannotBePaidWithoutTheFault() throws Exception {
        String trxNo = unique("TRX-");
        checkout("/payment", checkoutBody(trxNo, 12_000));

        HttpResponse<String> expired = sandbox(trxNo, "expire");
        String referenceNo = json(expired).path("referenceNo").asString();
        assertThat(json(expired).path("state").asString()).isEqualTo("EXPIRED");
        assertThat(MERCHANT.next(referenceNo).json().path("latestTransactionStatus").asString()).isEqualTo("05");
        assertThat(json(checkout("/payment/status", "{\"trxNo\":\"" + trxNo + "\"}")).path("data").path("status")
                .asString()).isEqualTo("FAILED");

        assertThat(sandbox(referenceNo, "pay").statusCode()).isEqualTo(409);

        faults.add(FaultRule.of("cashin", "payment", Fault.PAY_AFTER_EXPIRY));
        HttpResponse<String> paidLate = sandbox(referenceNo, "pay");
        assertThat(paidLate.statusCode()).isEqualTo(200);
        assertThat(MERCHANT.next(referenceNo).json().path("latestTransactionStatus").asString()).isEqualTo("00");
    }

    @Test
    void theScriptableActionsFindOrdersByEitherReferenceAndRefuseImpossibleOnes() throws Exception {
        String trxNo = unique("TRX-");
        checkout("/payment", checkoutBody(trxNo, 10_000));
        String referenceNo = order(trxNo).path("referenceNo").asString();

        assertThat(order(referenceNo).path("merchantReference").asString()).isEqualTo(trxNo);
        assertThat(sandbox(referenceNo, "pay").statusCode()).isEqualTo(200);
        assertThat(sandbox(trxNo, "pay").statusCode()).isEqualTo(409);
        assertThat(sandbox(trxNo, "cancel").statusCode()).isEqualTo(409);
        assertThat(sandbox("NO-SUCH-ORDER", "pay").statusCode()).isEqualTo(404);
        assertThat(get(base() + "/_sandbox/orders/NO-SUCH-ORDER").statusCode()).isEqualTo(404);
        MERCHANT.next(referenceNo);
    }

    @Test
    void escapesTheMerchantsValuesOnThePage() throws Exception {
        String trxNo = unique("<b>&x") + "</b>";
        String token = json(checkout("/payment", checkoutBody(trxNo, 10_000))).path("data").path("paymentToken").asString();

        String html = get(base() + "/checkout/" + token).body();

        assertThat(html).contains("&lt;b&gt;&amp;x").doesNotContain("<b>&x");
    }
}
