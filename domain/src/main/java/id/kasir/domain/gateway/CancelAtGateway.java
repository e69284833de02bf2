package id.kasir.domain.gateway;

import java.time.Duration;
import java.util.Objects;

/**
 * What cancelling a payment in Kasir means at a gateway, from its documents: whether the gateway
 * offers a cancel call (none of Cashi, Cash In and PayIn does, so Kasir never tells the gateway) and
 * how long the customer can still pay what they were shown. A payment cancelled in Kasir and paid
 * afterwards becomes PAID and raises a PAID_AFTER_CLOSE exception (the gateway is the source of truth).
 *
 * @param cancelCallOffered true only if the gateway documents a call that stops the payment
 * @param payableUntil      until when the instrument stays payable after a cancel in Kasir
 * @param gatewayFixedLife  for {@link PayableUntil#GATEWAY_FIXED_LIFE}: the gateway's own life of the
 *                          instrument, whatever expiry Kasir asked for; null otherwise
 */
public record CancelAtGateway(boolean cancelCallOffered, PayableUntil payableUntil, Duration gatewayFixedLife) {

    /** What is known of a gateway whose descriptor does not say: not told, payable for an unknown time. */
    public static final CancelAtGateway NOT_OFFERED = new CancelAtGateway(false, PayableUntil.UNKNOWN, null);

    public CancelAtGateway {
        Objects.requireNonNull(payableUntil, "payableUntil");
        if ((payableUntil == PayableUntil.GATEWAY_FIXED_LIFE) != (gatewayFixedLife != null)) {
            throw new IllegalArgumentException("gatewayFixedLife is given exactly for GATEWAY_FIXED_LIFE");
        }
    }

    /** No cancel call; the instrument lives {@code life} at the gateway whatever Kasir's expiry says. */
    public static CancelAtGateway fixedLife(Duration life) {
        return new CancelAtGateway(false, PayableUntil.GATEWAY_FIXED_LIFE, life);
    }

    /** No cancel call; the instrument stays payable until the expiry Kasir sent the gateway. */
    public static CancelAtGateway untilExpirySent() {
        return new CancelAtGateway(false, PayableUntil.EXPIRY_SENT, null);
    }

    /** How long the customer can still pay after a cancel in Kasir. */
    public enum PayableUntil {
        /** The gateway gives the instrument its own life (e.g. Cashi's QR: 10 minutes). */
        GATEWAY_FIXED_LIFE,
        /** Until the expiry Kasir sent with the request (e.g. Cash In's validityPeriod / duration). */
        EXPIRY_SENT,
        /** The documents do not say (e.g. PayIn: "some payment products support" an expiry). */
        UNKNOWN
    }
}
