package id.kasir.adapters.cashin;

import id.kasir.domain.gateway.GatewayCallResult;
import id.kasir.domain.gateway.GatewayExchange;
import id.kasir.domain.gateway.UnknownCause;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * A Cash In e-money answer (services 37, 38, 39) read into what it means, by type:
 * <ul>
 *   <li>{@link Success}: HTTP 2xx and a {@code responseCode} whose case is {@code 00}, with a JSON body;</li>
 *   <li>{@link NotFound}: 404 ({@code 404xx01} transaction not found, {@code 404xx11} invalid account);</li>
 *   <li>{@link Refused}: any other 4xx (invalid field, mandatory field, unauthorized…): Cash In did not do it;</li>
 *   <li>{@link Unknown}: everything that does not tell: no answer, 5xx, 408/504 time-outs, 409 (a duplicate
 *       partnerReferenceNo or X-EXTERNAL-ID: something exists under it, we cannot tell what), 429, a 2xx
 *       code other than {@code xx00} — the document lists "Invalid field format" as {@code 2003800}/{@code
 *       2003900}, so a 2xx code is not proof of success —, or a body we cannot read.</li>
 * </ul>
 * The cause of an unanswered call is decided from measurements, not from an exception's wording: the
 * circuit breaker says when it did not call; a call that lasted the whole read time-out timed out; one that
 * ended sooner could not connect or broke off.
 */
sealed interface CashInEmoneyAnswer {

    record Success(JsonNode body) implements CashInEmoneyAnswer {
    }

    record NotFound(String code, String message) implements CashInEmoneyAnswer {
    }

    record Refused(String code, String message) implements CashInEmoneyAnswer {
    }

    record Unknown(UnknownCause cause, String reason) implements CashInEmoneyAnswer {
    }

    /**
     * The typed result: a refusal is declined and an unknown is unknown, with the gateway's code and words;
     * what a success and a "not found" mean depends on the service, so the caller says.
     */
    default <T> GatewayCallResult<T> result(GatewayExchange exchange, Function<JsonNode, GatewayCallResult<T>> success,
                                            Function<NotFound, GatewayCallResult<T>> notFound) {
        if (this instanceof Success ok) {
            return success.apply(ok.body());
        }
        if (this instanceof NotFound missing) {
            return notFound.apply(missing);
        }
        if (this instanceof Refused refused) {
            return GatewayCallResult.declined(refused.code(), refused.message(), exchange);
        }
        Unknown unknown = (Unknown) this;
        return GatewayCallResult.unknown(unknown.cause(), unknown.reason(), exchange);
    }

    static CashInEmoneyAnswer of(CashInHttp.Answer answer, Duration readTimeout) {
        if (!answer.answered()) {
            UnknownCause cause = answer.circuitOpen() ? UnknownCause.CIRCUIT_OPEN
                    : answer.took().compareTo(readTimeout) >= 0 ? UnknownCause.TIMEOUT : UnknownCause.CONNECTION_FAILED;
            return new Unknown(cause, answer.failure());
        }
        int http = answer.status();
        Optional<JsonNode> json = CashInJson.read(answer.body());
        String code = json.flatMap(j -> CashInJson.text(j, "responseCode")).orElse(null);
        String message = json.flatMap(j -> CashInJson.text(j, "responseMessage", "message")).orElse("HTTP " + http);
        String said = (code == null ? "HTTP " + http : code) + ": " + message;
        if (http >= 500 || http == 408) {
            return new Unknown(http == 504 || http == 408 ? UnknownCause.TIMEOUT : UnknownCause.GATEWAY_ERROR, said);
        }
        Optional<SnapResponseCode> snap = SnapResponseCode.parse(code);
        int effective = snap.map(SnapResponseCode::httpStatus).orElse(http);
        if (effective >= 200 && effective < 300) {
            if (http < 200 || http >= 300) {
                return new Unknown(UnknownCause.UNEXPECTED_ANSWER, "HTTP " + http + " with the success code " + code);
            }
            if (snap.isEmpty()) {
                return new Unknown(UnknownCause.UNREADABLE_ANSWER, json.isEmpty() ? "the answer is not JSON"
                        : "the answer has no responseCode");
            }
            if (!snap.get().caseCode().equals("00")) {
                return new Unknown(UnknownCause.GATEWAY_REPORTED_UNKNOWN, said);
            }
            return new Success(json.get());
        }
        return switch (effective) {
            case 404 -> new NotFound(code, message);
            case 408, 504 -> new Unknown(UnknownCause.TIMEOUT, said);
            case 409 -> new Unknown(UnknownCause.GATEWAY_REPORTED_UNKNOWN, said);
            case 429 -> new Unknown(UnknownCause.RATE_LIMITED, said);
            default -> effective >= 400 && effective < 500 ? new Refused(code == null ? "HTTP_" + http : code, message)
                    : new Unknown(effective >= 500 ? UnknownCause.GATEWAY_ERROR : UnknownCause.UNEXPECTED_ANSWER, said);
        };
    }
}
