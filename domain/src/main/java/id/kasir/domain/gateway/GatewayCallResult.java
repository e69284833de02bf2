package id.kasir.domain.gateway;

import java.util.Objects;

/**
 * The typed result of a call to a gateway. Never {@code null}, never a boolean:
 * <ul>
 *   <li>{@link Accepted}: the gateway did it, with its answer;</li>
 *   <li>{@link Declined}: a business "no", with the gateway's own code and message;</li>
 *   <li>{@link Unknown}: time-out, 5xx, unreadable answer: we do not know what happened, and must not
 *       guess "failed".</li>
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

    record Unknown<T>(String reason, GatewayExchange exchange) implements GatewayCallResult<T> {
        public Unknown {
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

    static <T> GatewayCallResult<T> unknown(String reason, GatewayExchange exchange) {
        return new Unknown<>(reason, exchange);
    }
}
