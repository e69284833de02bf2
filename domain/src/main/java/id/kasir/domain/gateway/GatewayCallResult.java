package id.kasir.domain.gateway;

import java.util.Objects;

/**
 * The typed result of a call to a gateway. Never {@code null}, never a boolean:
 * <ul>
 *   <li>{@link Accepted}: the gateway did it, with its answer;</li>
 *   <li>{@link Declined}: a business "no", with the gateway's own code and message;</li>
 *   <li>{@link Unknown}: time-out, 5xx, unreadable answer: we do not know what happened, and must not
 *       guess "failed". Its {@link UnknownCause} is what callers decide on; {@code reason} is for people.</li>
 * </ul>
 */
public sealed interface GatewayCallResult<T> {

    GatewayExchange exchange();

    record Accepted<T>(T value, GatewayExchange exchange) implements GatewayCallResult<T> {
        public Accepted {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(exchange, "exchange");
        }
    }

    record Declined<T>(String code, String message, GatewayExchange exchange) implements GatewayCallResult<T> {
        public Declined {
            Objects.requireNonNull(exchange, "exchange");
            message = message == null || message.isBlank() ? "declined without a message" : message;
        }
    }

    record Unknown<T>(UnknownCause cause, String reason, GatewayExchange exchange) implements GatewayCallResult<T> {
        public Unknown {
            Objects.requireNonNull(cause, "cause");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(exchange, "exchange");
        }
    }

    static <T> GatewayCallResult<T> accepted(T value, GatewayExchange exchange) {
        return new Accepted<>(value, exchange);
    }

    static <T> GatewayCallResult<T> declined(String code, String message, GatewayExchange exchange) {
        return new Declined<>(code, message, exchange);
    }

    static <T> GatewayCallResult<T> unknown(UnknownCause cause, String reason, GatewayExchange exchange) {
        return new Unknown<>(cause, reason, exchange);
    }

    /** @deprecated says nothing a caller can decide on; use {@link #unknown(UnknownCause, String, GatewayExchange)} */
    @Deprecated
    static <T> GatewayCallResult<T> unknown(String reason, GatewayExchange exchange) {
        return new Unknown<>(UnknownCause.UNSPECIFIED, reason, exchange);
    }
}
