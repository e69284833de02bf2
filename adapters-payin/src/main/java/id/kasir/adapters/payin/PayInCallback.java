package id.kasir.adapters.payin;

import id.kasir.domain.payment.GatewayReport;
import id.kasir.domain.payment.PaymentStatus;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A PayIn callback body, read. {@code reference} is what the application matches a payment by: our
 * {@code mchOrderNo} first (always known to us, even when create's answer was lost), else PayIn's
 * {@code orderNo}. {@code dedupKey} is orderNo + orderStatus + amount, because PayIn sends the same
 * callback up to eleven times and gives it no id of its own. {@code report} is null when the body
 * says something we cannot translate (the application then asks PayIn instead of guessing).
 */
record PayInCallback(String merchantId, String reference, String dedupKey, GatewayReport report) {

    static Optional<PayInCallback> read(String body) {
        return PayInJson.object(body).flatMap(PayInCallback::read);
    }

    private static Optional<PayInCallback> read(JsonNode json) {
        String orderNo = PayInJson.text(json, "orderNo");
        String mchOrderNo = PayInJson.text(json, "mchOrderNo");
        String orderStatus = PayInJson.text(json, "orderStatus");
        if ((orderNo == null && mchOrderNo == null) || orderStatus == null) {
            return Optional.empty();
        }
        String amountWord = PayInJson.reported(json, "amount").asMoney()
                .map(a -> a.amount().stripTrailingZeros().toPlainString())
                .orElseGet(() -> String.valueOf(PayInJson.text(json, "amount")));
        String dedupKey = cut((orderNo != null ? orderNo : "mch:" + mchOrderNo) + "|" + orderStatus + "|" + amountWord);
        Optional<PaymentStatus> status = PayInStatusWords.of(orderStatus);
        // The amount goes to the payment as it was read (missing, unreadable…): the domain decides.
        GatewayReport report = status.map(s -> new GatewayReport(s, PayInJson.reported(json, "amount"),
                PayInJson.fee(json, "fee").orElse(null), orderNo, orderStatus, GatewayReport.Source.NOTIFICATION))
                .orElse(null);
        return Optional.of(new PayInCallback(PayInJson.text(json, "merchantId"),
                mchOrderNo != null ? mchOrderNo : orderNo, dedupKey, report));
    }

    private static String cut(String key) {
        return key.length() <= 191 ? key : key.substring(0, 191);
    }
}
