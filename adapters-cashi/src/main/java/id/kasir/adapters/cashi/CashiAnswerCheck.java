package id.kasir.adapters.cashi;

import id.kasir.domain.gateway.UnknownCause;
import id.kasir.domain.gateway.GatewayCallResult;
import id.kasir.domain.gateway.GatewayExchange;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The checks every Cashi answer goes through, whatever the call: did it answer, what HTTP status
 * (5xx, 408 and 429 are "unknown", other 3xx/4xx a decline), is it a JSON object, does it say
 * {@code success:false}, is it about our order. What passes is the answer's JSON to read further.
 */
record CashiAnswerCheck<T>(JsonNode node, GatewayCallResult<T> problem) {

    static <T> CashiAnswerCheck<T> of(CashiHttp.WireAnswer answer, GatewayExchange exchange, String ourReference) {
        if (!answer.answered()) {
            return failed(GatewayCallResult.unknown(answer.cause(), "no answer from Cashi: " + answer.failure(), exchange));
        }
        int status = answer.status();
        Optional<JsonNode> json = CashiJson.parseObject(answer.body());
        if (status >= 500 || status == 408 || status == 429) {
            UnknownCause cause = status == 408 ? UnknownCause.TIMEOUT
                    : status == 429 ? UnknownCause.RATE_LIMITED : UnknownCause.GATEWAY_ERROR;
            return failed(GatewayCallResult.unknown(cause, "Cashi answered HTTP " + status, exchange));
        }
        if (status >= 300) {
            return failed(GatewayCallResult.declined(json.flatMap(CashiJson::errorCode).orElse("HTTP_" + status),
                    json.flatMap(CashiJson::errorMessage).orElse("Cashi answered HTTP " + status), exchange));
        }
        if (json.isEmpty()) {
            return failed(GatewayCallResult.unknown(UnknownCause.UNREADABLE_ANSWER, "unreadable answer from Cashi (not a JSON object)", exchange));
        }
        JsonNode node = json.get();
        if (CashiJson.saysFailure(node)) {
            return failed(GatewayCallResult.declined(CashiJson.errorCode(node).orElse("NOT_SUCCESSFUL"),
                    CashiJson.errorMessage(node).orElse("Cashi answered success=false"), exchange));
        }
        Optional<String> orderId = CashiJson.text(node, "order_id");
        if (orderId.isPresent() && !orderId.get().equals(ourReference)) {
            return failed(GatewayCallResult.unknown(UnknownCause.UNEXPECTED_ANSWER, "Cashi answered about order " + orderId.get() + ", not "
                    + ourReference, exchange));
        }
        return new CashiAnswerCheck<>(node, null);
    }

    private static <T> CashiAnswerCheck<T> failed(GatewayCallResult<T> problem) {
        return new CashiAnswerCheck<>(null, problem);
    }

    boolean passed() {
        return problem == null;
    }
}
