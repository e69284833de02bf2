package id.kasir.sandbox.payin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kasir.sandbox.faults.Fault;
import id.kasir.sandbox.faults.FaultRule;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** The request faults on {@code payIn} and {@code payInQuery}. */
class PayInRequestFaultsTest extends PayInSandboxHttpTestBase {

    private static final String NOTIFY = "https://merchant.com/webhooks/payin";

    @Test
    void answers500WithoutCreatingTheOrderUnderHttp500() {
        faults.add(FaultRule.of("payin", "payIn", Fault.HTTP_500));
        Map<String, Object> fields = orderFields(NOTIFY);

        HttpResponse<String> response = postSigned("/api/payIn", fields);

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(json(response).path("msg").asString()).isEqualTo("Payin_Order_Error");
        faults.clear();
        assertThat(get("/_sandbox/orders/" + fields.get("mchOrderNo")).statusCode()).isEqualTo(404);
    }

    @Test
    void answers500ToQueriesUnderHttp500() {
        String orderNo = createOrder(orderFields(NOTIFY)).path("orderNo").asString();
        faults.add(FaultRule.of("payin", "payInQuery", Fault.HTTP_500).times(1));

        assertThat(postSigned("/api/payInQuery", Map.of("orderNo", orderNo, "nonceStr", "n")).statusCode()).isEqualTo(500);
        assertThat(queryByOrderNo(orderNo).path("code").asInt()).isEqualTo(200);
    }

    @Test
    void createsTheOrderButAnswersBrokenJsonUnderMalformedJson() {
        faults.add(FaultRule.of("payin", "payIn", Fault.MALFORMED_JSON));
        Map<String, Object> fields = orderFields(NOTIFY);

        HttpResponse<String> response = postSigned("/api/payIn", fields);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> JSON.readTree(response.body())).isInstanceOf(JacksonException.class);
        assertThat(get("/_sandbox/orders/" + fields.get("mchOrderNo")).statusCode()).isEqualTo(200);
    }

    @Test
    void answersLaterUnderLatency() {
        faults.add(FaultRule.of("payin", "payInQuery", Fault.LATENCY).withLatency(300));
        String orderNo = createOrder(orderFields(NOTIFY)).path("orderNo").asString();

        long started = System.nanoTime();
        JsonNode answer = queryByOrderNo(orderNo);
        long tookMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();

        assertThat(answer.path("code").asInt()).isEqualTo(200);
        assertThat(tookMillis).isGreaterThanOrEqualTo(300);
    }

    @Test
    void createsTheOrderButHoldsTheAnswerPastTheCallersTimeoutUnderTimeout() {
        faults.add(FaultRule.of("payin", "payIn", Fault.TIMEOUT).withLatency(5_000));
        Map<String, Object> fields = orderFields(NOTIFY);
        String body = JSON.writeValueAsString(fields);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + "/api/payIn"))
                .timeout(Duration.ofMillis(500))
                .header("Content-Type", "application/json")
                .header("MerchantId", MERCHANT_ID)
                .header("Sign", md5Sign(body.getBytes(StandardCharsets.UTF_8), API_KEY))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();

        assertThatThrownBy(() -> http.send(request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(HttpTimeoutException.class);
        faults.clear();
        eventually(() -> get("/_sandbox/orders/" + fields.get("mchOrderNo")).statusCode() == 200);
    }
}
