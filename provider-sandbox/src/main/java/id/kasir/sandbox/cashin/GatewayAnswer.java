package id.kasir.sandbox.cashin;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An answer as Cash In writes it: an HTTP status and a JSON body. SNAP answers carry
 * {@code responseCode} = HTTP status + service code + case; checkout answers carry {@code message} and {@code data}.
 */
record GatewayAnswer(int status, String body) {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static GatewayAnswer of(int status, ObjectNode body) {
        return new GatewayAnswer(status, JSON.writeValueAsString(body));
    }

    /** A SNAP body with its code; add the rest with {@code put}. */
    static ObjectNode snapBody(int httpStatus, String serviceCode, String caseCode, String message) {
        ObjectNode body = JSON.createObjectNode();
        body.put("responseCode", httpStatus + serviceCode + caseCode);
        body.put("responseMessage", message);
        return body;
    }

    static GatewayAnswer snapError(int httpStatus, String serviceCode, String caseCode, String message) {
        return of(httpStatus, snapBody(httpStatus, serviceCode, caseCode, message));
    }

    static GatewayAnswer snapInternalError(String serviceCode) {
        return snapError(500, serviceCode, "00", "Internal Server Error");
    }

    /**
     * What a caller still listening after a lost request would get: SNAP's 504 time-out for a SNAP endpoint
     * (same service code as its internal error), the checkout API's 504 message otherwise.
     */
    static GatewayAnswer timedOut(GatewayAnswer internalError) {
        String code = JSON.readTree(internalError.body()).path("responseCode").asString("");
        if (code.length() == 7) {
            return snapError(504, code.substring(3, 5), "00", "Timeout");
        }
        return checkoutError(504, "Gateway Timeout");
    }

    static GatewayAnswer checkoutError(int httpStatus, String message) {
        ObjectNode body = JSON.createObjectNode();
        body.put("message", message);
        body.putNull("data");
        return of(httpStatus, body);
    }

    static GatewayAnswer checkoutInternalError() {
        ObjectNode body = JSON.createObjectNode();
        body.put("message", "Internal Server Error");
        return of(500, body);
    }

    static GatewayAnswer checkoutSuccess(ObjectNode data) {
        ObjectNode body = JSON.createObjectNode();
        body.put("message", "Successful");
        body.set("data", data);
        return of(200, body);
    }
}
