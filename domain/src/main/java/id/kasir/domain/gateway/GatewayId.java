package id.kasir.domain.gateway;

import java.util.Objects;
import java.util.regex.Pattern;

/** A gateway's short name as it appears in configuration and APIs: {@code cashin}, {@code cashi}, {@code payin}. */
public record GatewayId(String value) {
    private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    public GatewayId {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a gateway name: " + value);
        }
    }

    public static GatewayId of(String value) {
        return new GatewayId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
