package id.kasir.domain.payment;

import id.kasir.domain.gateway.GatewayPaymentCreated;
import id.kasir.domain.money.Money;
import id.kasir.domain.money.ReportedAmount;
import java.util.Objects;
import java.util.Optional;

/**
 * What a gateway says about a payment, from a notification or a query, already translated by the
 * adapter into domain words. {@code amount} is the amount the gateway says was paid (or is due), exactly
 * as far as it could be read ({@link ReportedAmount}: present, missing, unreadable or in another
 * currency); the payment decides whether it can be applied. {@code gatewayStatus} is the gateway's own
 * word or code, kept for the timeline. {@code offer}, when the gateway's answer carries them, is what a
 * customer needs to pay (amount to pay, QR, link) — a payment whose create timed out learns them from it.
 */
public record GatewayReport(
        PaymentStatus status,
        ReportedAmount amount,
        Money fee,
        String gatewayReference,
        String gatewayStatus,
        Source source,
        GatewayPaymentCreated offer) {

    /** Where the report came from: it changes nothing in the rules, but the timeline says so. */
    public enum Source { NOTIFICATION, QUERY }

    public GatewayReport {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(source, "source");
        amount = amount == null ? ReportedAmount.MISSING : amount;
        if (status == PaymentStatus.PENDING) {
            throw new IllegalArgumentException("A gateway cannot report PENDING: that is our own 'not known yet'");
        }
    }

    public GatewayReport(PaymentStatus status, ReportedAmount amount, Money fee, String gatewayReference,
                         String gatewayStatus, Source source) {
        this(status, amount, fee, gatewayReference, gatewayStatus, source, null);
    }

    /** A report whose amount is known-good money (or {@code null}: missing). */
    public GatewayReport(PaymentStatus status, Money amount, Money fee, String gatewayReference,
                         String gatewayStatus, Source source) {
        this(status, ReportedAmount.of(amount), fee, gatewayReference, gatewayStatus, source, null);
    }

    public static GatewayReport of(PaymentStatus status, Money amount, Source source) {
        return new GatewayReport(status, ReportedAmount.of(amount), null, null, status.name(), source, null);
    }

    /** The amount, when it was reported and readable in a currency Kasir knows. */
    public Optional<Money> money() {
        return amount.asMoney();
    }

    public Optional<GatewayPaymentCreated> offered() {
        return Optional.ofNullable(offer);
    }

    public GatewayReport withReference(String reference) {
        return new GatewayReport(status, amount, fee, reference, gatewayStatus, source, offer);
    }

    public GatewayReport withFee(Money newFee) {
        return new GatewayReport(status, amount, newFee, gatewayReference, gatewayStatus, source, offer);
    }

    public GatewayReport withGatewayStatus(String word) {
        return new GatewayReport(status, amount, fee, gatewayReference, word, source, offer);
    }

    public GatewayReport withOffer(GatewayPaymentCreated newOffer) {
        return new GatewayReport(status, amount, fee, gatewayReference, gatewayStatus, source, newOffer);
    }
}
