package id.kasir.sandbox.faults;

import java.util.Objects;

/**
 * One switched-on fault: which gateway ({@code cashin}, {@code cashi}, {@code payin}), which endpoint
 * (the gateway's own operation name, e.g. {@code payment}, {@code qr-mpm-generate}, {@code create-order},
 * {@code payIn}; {@code *} for all), and the fault's parameters. {@code times} limits how often it fires
 * (0 = until cleared).
 */
public record FaultRule(String gateway, String endpoint, Fault fault, Long latencyMillis, Long amountDelta, Integer times) {
    public FaultRule {
        // Boxed so a JSON body may leave the parameters out (POST /sandbox/_faults {"gateway","endpoint","fault"}).
        latencyMillis = latencyMillis == null ? 0L : latencyMillis;
        amountDelta = amountDelta == null ? 0L : amountDelta;
        times = times == null ? 0 : times;
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(fault, "fault");
        endpoint = endpoint == null || endpoint.isBlank() ? "*" : endpoint;
        if (latencyMillis < 0) {
            throw new IllegalArgumentException("latencyMillis must be 0 or more");
        }
        if (times < 0) {
            throw new IllegalArgumentException("times must be 0 (unlimited) or more");
        }
    }

    public static FaultRule of(String gateway, String endpoint, Fault fault) {
        return new FaultRule(gateway, endpoint, fault, 0L, 0L, 0);
    }

    public FaultRule withLatency(long millis) {
        return new FaultRule(gateway, endpoint, fault, millis, amountDelta, times);
    }

    public FaultRule withAmountDelta(long delta) {
        return new FaultRule(gateway, endpoint, fault, latencyMillis, delta, times);
    }

    public FaultRule times(int n) {
        return new FaultRule(gateway, endpoint, fault, latencyMillis, amountDelta, n);
    }

    boolean matches(String gatewayName, String endpointName) {
        return gateway.equals(gatewayName) && (endpoint.equals("*") || endpoint.equals(endpointName));
    }
}
