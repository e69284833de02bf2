package id.kasir.adapters.cashin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of e-money answer Cash In can give, and what it means for a payout. */
class CashInEmoneyAnswerTest {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(20);

    private static CashInHttp.Answer answer(int status, String body) {
        return new CashInHttp.Answer(status, body, null, Duration.ofMillis(30));
    }

    private static String snap(String code) {
        return "{\"responseCode\":\"" + code + "\",\"responseMessage\":\"words\",\"partnerReferenceNo\":\"K1\"}";
    }

    static Stream<Arguments> answers() {
        return Stream.of(
                Arguments.of("success", answer(200, snap("2003800")), "Success"),
                Arguments.of("the document's 'invalid field format' under a 2xx code",
                        answer(200, snap("2003801")), "Unknown GATEWAY_REPORTED_UNKNOWN"),
                Arguments.of("2xx without a responseCode", answer(200, "{\"partnerReferenceNo\":\"K1\"}"),
                        "Unknown UNREADABLE_ANSWER"),
                Arguments.of("2xx that is not JSON", answer(200, "<html>ok</html>"), "Unknown UNREADABLE_ANSWER"),
                Arguments.of("a success code under an error status", answer(400, snap("2003800")),
                        "Unknown UNEXPECTED_ANSWER"),
                Arguments.of("invalid mandatory field", answer(400, snap("4003802")), "Refused"),
                Arguments.of("unauthorized", answer(401, snap("4013800")), "Refused"),
                Arguments.of("an error code under a 200", answer(200, snap("4003801")), "Refused"),
                Arguments.of("invalid account", answer(404, snap("4043711")), "NotFound"),
                Arguments.of("transaction not found", answer(404, snap("4043901")), "NotFound"),
                Arguments.of("a duplicate partnerReferenceNo", answer(409, snap("4093801")),
                        "Unknown GATEWAY_REPORTED_UNKNOWN"),
                Arguments.of("too many requests", answer(429, snap("4293800")), "Unknown RATE_LIMITED"),
                Arguments.of("internal error", answer(500, snap("5003800")), "Unknown GATEWAY_ERROR"),
                Arguments.of("a 5xx with a 4xx code in it", answer(502, snap("4003801")), "Unknown GATEWAY_ERROR"),
                Arguments.of("the gateway's own time-out", answer(504, snap("5043800")), "Unknown TIMEOUT"),
                Arguments.of("a 504 from a proxy, no JSON", answer(504, "Gateway Time-out"), "Unknown TIMEOUT"),
                Arguments.of("no answer within the read time-out",
                        new CashInHttp.Answer(0, null, "time-out", READ_TIMEOUT), "Unknown TIMEOUT"),
                Arguments.of("refused at once", new CashInHttp.Answer(0, null, "no answer", Duration.ofMillis(3)),
                        "Unknown CONNECTION_FAILED"),
                Arguments.of("the breaker is open", new CashInHttp.Answer(0, null, CashInHttp.CIRCUIT_OPEN, Duration.ZERO, id.kasir.domain.gateway.UnknownCause.CIRCUIT_OPEN),
                        "Unknown CIRCUIT_OPEN"));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("answers")
    void eachAnswerMeansWhatTheDocumentAndTheStandardSay(String what, CashInHttp.Answer answer, String meaning) {
        CashInEmoneyAnswer read = CashInEmoneyAnswer.of(answer, READ_TIMEOUT);

        String described = read.getClass().getSimpleName()
                + (read instanceof CashInEmoneyAnswer.Unknown unknown ? " " + unknown.cause() : "");
        assertThat(described).isEqualTo(meaning);
    }
}
