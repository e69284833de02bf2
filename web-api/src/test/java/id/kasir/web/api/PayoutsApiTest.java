package id.kasir.web.api;

import static id.kasir.web.api.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.application.merchant.IssuedApiKey;
import id.kasir.application.testing.FakePayoutGateway;
import id.kasir.application.testing.TestPayoutKasir;
import id.kasir.domain.common.Actor;
import id.kasir.domain.gateway.GatewayCallResult;
import id.kasir.domain.gateway.GatewayExchange;
import id.kasir.domain.gateway.UnknownCause;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** {@code /api/v1/payouts} over real HTTP, as a merchant's system calls it. */
class PayoutsApiTest extends MerchantApiTestBase {

    @Autowired
    FakePayoutGateway payoutGateway;
    @Autowired
    TestPayoutKasir payouts;

    @AfterEach
    void restorePayoutGateway() {
        payoutGateway.reset();
    }

    private static String newReference() {
        return "REFUND-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String payout(String reference, String amount, String expectedName) {
        return """
                {"reference":"%s","channel":"OVO","customerNumber":"6281234567890","amount":%s,"expectedName":"%s"}"""
                .formatted(reference, amount, expectedName);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json(response).path("type").asString()).isEqualTo("urn:kasir:problem:" + type);
    }

    @Test
    void anInquiryAnswersTheAccountHoldersName() {
        HttpResponse<String> response = api.post("/api/v1/payouts/inquiries",
                "{\"channel\":\"DANA\",\"customerNumber\":\"6281111111111\",\"amount\":50000}");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.path("accountName").asString()).isEqualTo("Siti Aminah");
        assertThat(body.path("amount").asLong()).isEqualTo(50000);
        assertThat(body.path("channel").asString()).isEqualTo("DANA");
    }

    @Test
    void anInquiryForAnAccountThatDoesNotExistIsAProblemSayingSo() {
        HttpResponse<String> response = api.post("/api/v1/payouts/inquiries",
                "{\"channel\":\"GOPAY\",\"customerNumber\":\"6287777777777\",\"amount\":50000}");

        assertProblem(response, 422, "account-not-found");
        assertThat(json(response).path("detail").asString()).contains("6287****7777").doesNotContain("6287777777777");
    }

    @Test
    void anInquiryTheGatewayDidNotAnswerInTimeIs504AndOtherUnknownsAre502() {
        payoutGateway.onInquire(i -> GatewayCallResult.unknown(UnknownCause.TIMEOUT, "read timed out",
                GatewayExchange.none("account-inquiry")));
        assertProblem(api.post("/api/v1/payouts/inquiries",
                "{\"channel\":\"OVO\",\"customerNumber\":\"6281234567890\",\"amount\":50000}"), 504, "gateway-timeout");

        payoutGateway.onInquire(i -> GatewayCallResult.unknown(UnknownCause.GATEWAY_ERROR, "5003700",
                GatewayExchange.none("account-inquiry")));
        HttpResponse<String> error = api.post("/api/v1/payouts/inquiries",
                "{\"channel\":\"OVO\",\"customerNumber\":\"6281234567890\",\"amount\":50000}");
        assertProblem(error, 502, "gateway-error");
        assertThat(json(error).path("cause").asString()).isEqualTo("GATEWAY_ERROR");
    }

    @Test
    void aPayoutIsRequestedWaitingForApprovalAndTheSameRequestAgainAnswersIt() {
        String reference = newReference();

        HttpResponse<String> created = api.post("/api/v1/payouts", payout(reference, "50000", "John Doe"));

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = json(created);
        assertThat(body.path("status").asString()).isEqualTo("AWAITING_APPROVAL");
        assertThat(body.path("accountName").asString()).isEqualTo("John Doe");
        assertThat(body.path("nameCheck").asString()).isEqualTo("MATCHES");
        assertThat(body.path("amount").asString()).isEqualTo("50000");
        assertThat(body.path("requestedBy").asString()).isEqualTo("api-key:bootstrap");
        assertThat(created.headers().firstValue("Location")).contains("/api/v1/payouts/" + body.path("id").asString());

        HttpResponse<String> again = api.post("/api/v1/payouts", payout(reference, "50000.00", "John Doe"));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).path("id").asString()).isEqualTo(body.path("id").asString());
        assertThat(payouts.events(payouts.find.byReference(reference))).containsExactly("payout.awaiting_approval");
    }

    @Test
    void theSameReferenceOrKeyWithOtherValuesIsAConflictNamingThem() {
        String reference = newReference();
        api.post("/api/v1/payouts", payout(reference, "50000", "John Doe"), "Idempotency-Key", reference + "-key");

        HttpResponse<String> otherAmount = api.post("/api/v1/payouts", payout(reference, "60000", "John Doe"));
        assertProblem(otherAmount, 409, "idempotency-conflict");
        assertThat(json(otherAmount).path("differingFields").toString()).isEqualTo("[\"amount\"]");

        HttpResponse<String> sameKey = api.post("/api/v1/payouts", payout(newReference(), "50000", "John Doe"),
                "Idempotency-Key", reference + "-key");
        assertProblem(sameKey, 409, "idempotency-conflict");
        assertThat(json(sameKey).path("differingFields").toString()).isEqualTo("[\"reference\"]");
    }

    @Test
    void anIdempotencyKeyBelongsToTheApiKeyThatSentIt() {
        IssuedApiKey pos = kasir.issueApiKey.issue("payout-terminal-" + UUID.randomUUID().toString().substring(0, 6),
                Actor.operator("siti"), null);
        String key = "payout-" + UUID.randomUUID();
        String first = newReference();
        HttpResponse<String> shop = api.post("/api/v1/payouts", payout(first, "50000", "John Doe"), "Idempotency-Key", key);
        HttpResponse<String> other = api.withKey(pos.plaintext()).post("/api/v1/payouts",
                payout(newReference(), "60000", "John Doe"), "Idempotency-Key", key);
        HttpResponse<String> shopAgain = api.post("/api/v1/payouts", payout(first, "50000", "John Doe"),
                "Idempotency-Key", key);

        assertThat(shop.statusCode()).isEqualTo(201);
        assertThat(other.statusCode()).as("not the first key's: no conflict naming its fields").isEqualTo(201);
        assertThat(json(other).path("id").asString()).isNotEqualTo(json(shop).path("id").asString());
        assertThat(shopAgain.statusCode()).isEqualTo(200);
        assertThat(json(shopAgain).path("id").asString()).isEqualTo(json(shop).path("id").asString());
    }

    @Test
    void theListRefusesAMisspeltRepeatedOrCombinedFilterInsteadOfListingEverything() {
        assertProblem(api.get("/api/v1/payouts?referenc=X"), 400, "invalid-query");
        assertProblem(api.get("/api/v1/payouts?status=FAILED&status=SUCCEEDED"), 400, "invalid-query");
        assertProblem(api.get("/api/v1/payouts?reference=X&status=FAILED"), 400, "invalid-query");
        assertThat(api.get("/api/v1/payouts?status=FAILED&limit=5").statusCode()).isEqualTo(200);
    }

    @Test
    void aDifferentNameIsKeptBesideTheConfirmedOne() {
        JsonNode body = json(api.post("/api/v1/payouts", payout(newReference(), "50000", "Budi Santoso")));

        assertThat(body.path("accountName").asString()).isEqualTo("John Doe");
        assertThat(body.path("expectedName").asString()).isEqualTo("Budi Santoso");
        assertThat(body.path("nameCheck").asString()).isEqualTo("DIFFERS");
    }

    @Test
    void badAmountsAndFieldsAreProblemsNamingWhatToFix() {
        assertProblem(api.post("/api/v1/payouts", payout(newReference(), "50000.50", "John Doe")), 422, "validation-failed");
        assertProblem(api.post("/api/v1/payouts", payout(newReference(), "1e400", "John Doe")), 400, "malformed-request");
        assertProblem(api.post("/api/v1/payouts", payout(newReference(), "1e10000000", "John Doe")), 400,
                "malformed-request");
        assertProblem(api.post("/api/v1/payouts", payout(newReference(), "\"50000\"", "John Doe")), 400,
                "malformed-request");
        assertProblem(api.post("/api/v1/payouts", payout(newReference(), "true", "John Doe")), 400, "malformed-request");
        assertProblem(api.post("/api/v1/payouts", payout(newReference(), "50000", "John Doe").replace("}",
                ",\"note\":\"x\"}")), 400, "malformed-request");
        assertProblem(api.post("/api/v1/payouts", payout(newReference(), "0", "John Doe")), 422, "validation-failed");
        assertProblem(api.post("/api/v1/payouts/inquiries",
                "{\"channel\":\"OVO\",\"customerNumber\":\"6281234567890\",\"amount\":\"50000\"}"), 400,
                "malformed-request");
        assertProblem(api.post("/api/v1/payouts", payout(newReference(), "-5", "John Doe")), 422, "validation-failed");
        assertProblem(api.post("/api/v1/payouts", payout(newReference(), "5000", "John Doe")), 422, "amount-below-minimum");
        assertProblem(api.post("/api/v1/payouts", payout(newReference(), "20000000", "John Doe")), 422,
                "amount-above-maximum");
        assertProblem(api.post("/api/v1/payouts", payout(newReference(), "{}", "John Doe")), 400, "malformed-request");
        assertProblem(api.post("/api/v1/payouts", payout("A\\u202EB", "50000", "John Doe")), 422, "validation-failed");
        assertProblem(api.post("/api/v1/payouts", payout(newReference(), "50000", "John\\u0000Doe")), 422,
                "validation-failed");

        HttpResponse<String> fields = api.post("/api/v1/payouts",
                "{\"reference\":\"\",\"channel\":\"LINKAJA\",\"customerNumber\":\"081234567890\",\"amount\":50000,"
                        + "\"currency\":\"USD\"}");
        assertProblem(fields, 422, "validation-failed");
        assertThat(json(fields).path("errors").toString()).contains("channel").contains("customerNumber")
                .contains("currency").contains("expectedName").contains("reference");
    }

    @Test
    void aPayoutIsFoundByIdByReferenceAndInAFilteredList() {
        String reference = newReference();
        String id = json(api.post("/api/v1/payouts", payout(reference, "50000", "John Doe"))).path("id").asString();

        assertThat(json(api.get("/api/v1/payouts/" + id)).path("reference").asString()).isEqualTo(reference);
        assertThat(json(api.get("/api/v1/payouts?reference=" + reference)).path("id").asString()).isEqualTo(id);
        assertProblem(api.get("/api/v1/payouts?reference=" + reference + "x"), 404, "payout-not-found");
        assertProblem(api.get("/api/v1/payouts/" + UUID.randomUUID()), 404, "payout-not-found");

        JsonNode page = json(api.get("/api/v1/payouts?status=AWAITING_APPROVAL&channel=OVO&limit=1"));
        assertThat(page.path("items")).hasSize(1);
        assertThat(page.path("next").isNull()).isFalse();
        JsonNode next = json(api.get("/api/v1/payouts?status=AWAITING_APPROVAL&channel=OVO&limit=1&after="
                + page.path("next").asString()));
        assertThat(next.path("items").get(0).path("id").asString()).isNotEqualTo(page.path("items").get(0).path("id").asString());
        assertProblem(api.get("/api/v1/payouts?status=PAID"), 422, "invalid-request");
        assertProblem(api.get("/api/v1/payouts?createdFrom=yesterday"), 422, "invalid-request");
        assertProblem(api.get("/api/v1/payouts?limit=100000"), 422, "invalid-request");
    }

    @Test
    void payoutsNeedAnApiKey() {
        assertProblem(api.withKey(null).post("/api/v1/payouts", payout(newReference(), "50000", "John Doe")), 401,
                "unauthorized");
    }
}
