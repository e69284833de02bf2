package id.kasir.web.api.payment;

/** The gateway did not give a usable answer to something the merchant needs answered now (502/504). */
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
