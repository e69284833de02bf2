package id.kasir.application.notification;

import id.kasir.application.port.StoreUnavailable;
import id.kasir.domain.gateway.GatewayId;

/**
 * A gateway's notification Kasir could not take in: {@link ReceiveGatewayNotification} (or the replay
 * check before it) failed, so it was not stored, or stored and not applied. The endpoint answers a status
 * the gateway's document makes it send again (Cashi: anything but 200; PayIn: anything but 200/301/302;
 * Cash In SNAP: anything but 2xx {@code 2005600}), and logs {@link #logLine} — the one trace such a
 * notification leaves until the retry arrives (or, if the gateway gives up, until reconciliation finds
 * the payment): which gateway, which payment reference, which request.
 *
 * <p>{@link #storeUnavailable()} (Kasir's database unreachable, decided by type in {@link StoreUnavailable})
 * is expected in an outage: a WARN line, no stack trace, so an outage under load does not bury the log.
 * Anything else is a bug: the endpoint logs it at ERROR with the trace.
 *
 * @param gateway   the gateway that sent it
 * @param reference the payment reference or order id it names, as far as it could be read (null: none)
 * @param requestId the gateway's id of this request (e.g. SNAP's X-EXTERNAL-ID), or null
 * @param failure   what failed
 */
public record NotificationNotTakenIn(GatewayId gateway, String reference, String requestId, Throwable failure) {

    /** Whether it failed because Kasir's database could not be reached (then the HTTP answer is 503 where allowed). */
    public boolean storeUnavailable() {
        return StoreUnavailable.isCauseOf(failure);
    }

    /**
     * One log line: no body, no header value but the request id, no exception message (a driver's message may
     * quote SQL with values); the failure by type.
     *
     * @param answered the HTTP status the gateway was answered
     */
    public String logLine(int answered) {
        return "Notification from gateway " + gateway.value() + " for reference " + printable(reference)
                + (requestId == null ? "" : " (request " + printable(requestId) + ")") + " not taken in: "
                + (storeUnavailable() ? "Kasir's database is unreachable" : "unexpected failure") + " ("
                + StoreUnavailable.describe(failure) + "); answered " + answered + " so the gateway sends it again";
    }

    /** At most 80 characters, control characters shown as '?': a log line must stay one line. */
    private static String printable(String value) {
        if (value == null) {
            return "(unknown)";
        }
        String cut = value.length() > 80 ? value.substring(0, 80) + "…" : value;
        return cut.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
