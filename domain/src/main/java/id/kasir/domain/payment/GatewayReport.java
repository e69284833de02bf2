package id.kasir.domain.payment;

import id.kasir.domain.money.Money;
import java.util.Objects;

/**
 * What a gateway says about a payment, from a notification or a query, already translated by the
 * adapter into domain words. {@code amount} is the amount the gateway says was paid (or is due),
 * when it says; {@code gatewayStatus} is the gateway's own word or code, kept for the timeline.
 */
public record GatewayReport(
        PaymentStatus status,
        Money amount,
        Money fee,
        String gatewayReference,
        String gatewayStatus,
        Source source) {

    /** Where the report came from: it changes nothing in the rules, but the timeline says so. */
    public enum Source { NOTIFICATION, QUERY }

    public GatewayReport {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(source, "source");
        if (status == PaymentStatus.PENDING) {
            throw new IllegalArgumentException("A gateway cannot report PENDING: that is our own 'not known yet'");
        }
    }

    public static GatewayReport of(PaymentStatus status, Money amount, Source source) {
        return new GatewayReport(status, amount, null, null, status.name(), source);
    }

    public GatewayReport withReference(String reference) {
        return new GatewayReport(status, amount, fee, reference, gatewayStatus, source);
    }

    public GatewayReport withFee(Money newFee) {
        return new GatewayReport(status, amount, newFee, gatewayReference, gatewayStatus, source);
    }

    public GatewayReport withGatewayStatus(String word) {
        return new GatewayReport(status, amount, fee, gatewayReference, word, source);
    }
}
