package id.kasir.application.payout;

/**
 * A payout request, inquiry or decision refused for a reason the caller can act on (HTTP 422 in the
 * merchant API, a message in the portal); {@link #reason()} is what callers decide on.
 */
public class PayoutRefused extends RuntimeException {

    public enum Reason {
        /** A field is missing or malformed. */
        INVALID_REQUEST,
        /** Below {@code kasir.payouts.minimum-amount}. */
        BELOW_MINIMUM,
        /** Above {@code kasir.payouts.maximum-amount}. */
        OVER_PAYOUT_MAXIMUM,
        /** It would take the day's payouts past {@code kasir.payouts.daily-limit}. */
        OVER_DAILY_LIMIT,
        /** The gateway's account inquiry knows no such account. */
        ACCOUNT_NOT_FOUND,
        /** The gateway refused the account inquiry (its code and message say why). */
        INQUIRY_DECLINED,
        /** The payout gateway is not enabled. */
        GATEWAY_NOT_ENABLED,
        /** This person's account lacks the role for it (FINANCE requests, APPROVER decides). */
        NOT_PERMITTED
    }

    private final Reason reason;

    public PayoutRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
