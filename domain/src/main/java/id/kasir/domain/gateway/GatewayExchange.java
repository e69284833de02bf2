package id.kasir.domain.gateway;

import java.time.Duration;
import java.util.Objects;

/**
 * What went over the wire in one gateway call, for the timeline: the operation, the request and the
 * response as text with secrets already masked by the adapter, the HTTP status (0 when there was no
 * answer) and how long it took.
 */
public record GatewayExchange(String operation, String request, String response, int httpStatus, Duration took) {
    public GatewayExchange {
        Objects.requireNonNull(operation, "operation");
        took = took == null ? Duration.ZERO : took;
    }

    public static GatewayExchange none(String operation) {
        return new GatewayExchange(operation, null, null, 0, Duration.ZERO);
    }

    /** A short, human-readable rendering for the timeline. */
    public String describe() {
        return operation + " -> HTTP " + (httpStatus == 0 ? "no answer" : httpStatus)
                + " in " + took.toMillis() + " ms"
                + (request == null ? "" : "\nrequest: " + request)
                + (response == null ? "" : "\nresponse: " + response);
    }
}
