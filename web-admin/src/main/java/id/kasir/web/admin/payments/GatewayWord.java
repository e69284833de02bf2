package id.kasir.web.admin.payments;

import id.kasir.domain.gateway.GatewayCallResult;
import id.kasir.domain.payment.GatewayReport;
import id.kasir.domain.payment.Payment;

/**
 * What the gateway said when asked, shown beside what we have before anyone applies it.
 *
 * @param answer   ACCEPTED (it reported a status), DECLINED (a business "no") or UNKNOWN (no usable answer)
 * @param report   the report, when ACCEPTED
 * @param problem  the code and message, or the reason there was no answer
 * @param differs  whether applying the report would change the payment's status
 */
public record GatewayWord(String answer, GatewayReport report, String problem, String exchange, boolean differs) {

    static GatewayWord of(Payment ours, GatewayCallResult<GatewayReport> said) {
        String exchange = said.exchange().describe();
        if (said instanceof GatewayCallResult.Accepted<GatewayReport> accepted) {
            GatewayReport report = accepted.value();
            return new GatewayWord("ACCEPTED", report, null, exchange, report.status() != ours.status());
        }
        if (said instanceof GatewayCallResult.Declined<GatewayReport> declined) {
            return new GatewayWord("DECLINED", null,
                    (declined.code() == null ? "" : declined.code() + ": ") + declined.message(), exchange, false);
        }
        GatewayCallResult.Unknown<GatewayReport> unknown = (GatewayCallResult.Unknown<GatewayReport>) said;
        return new GatewayWord("UNKNOWN", null, unknown.reason(), exchange, false);
    }
}
