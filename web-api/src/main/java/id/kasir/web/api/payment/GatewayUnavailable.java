package id.kasir.web.api.payment;

/**
 * The gateway did not give a usable answer to something the merchant needs answered now: 504 when it
 * did not answer in time, else 502. Which one is decided from the gateway call's type
 * ({@link id.kasir.domain.gateway.UnknownCause}), never from the wording of its reason.
 */
public class GatewayUnavailable extends RuntimeException {

    private final boolean timedOut;

    public GatewayUnavailable(String message, boolean timedOut) {
        super(message);
        this.timedOut = timedOut;
    }

    public boolean timedOut() {
        return timedOut;
    }
}
