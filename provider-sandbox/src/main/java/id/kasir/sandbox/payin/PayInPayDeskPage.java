package id.kasir.sandbox.payin;

import static id.kasir.sandbox.payin.PayInPayDeskController.esc;

import java.time.Instant;

/** The body of the pay desk page for one order: the order, its payCode as the customer would use it, the buttons and the callbacks so far. */
final class PayInPayDeskPage {

    private PayInPayDeskPage() {
    }

    static String render(PayInOrder order, Instant now) {
        StringBuilder html = new StringBuilder();
        html.append("<table>")
                .append(row("Order (PayIn)", order.orderNo()))
                .append(row("Merchant order", order.mchOrderNo()))
                .append(row("Pay type", order.payType().code() + " " + order.payType().label()))
                .append(row("Amount", "IDR " + order.amount().toPlainString()))
                .append(row("Fee", "IDR " + order.fee().toPlainString()))
                .append(row("Status", order.status().name()))
                .append(row("Expires", PayInJson.completionTime(order.expiresAt()) + " WIB" + (order.isExpired(now) ? " (expired)" : "")))
                .append(row("Completed", order.completedAt() == null ? "" : PayInJson.completionTime(order.completedAt()) + " WIB"))
                .append("</table>");
        html.append(payCode(order));
        if (order.status() == PayInOrderStatus.PAYING) {
            String base = esc(order.orderNo());
            html.append("<p>")
                    .append("<form method=\"post\" action=\"").append(base).append("/pay\"><button type=\"submit\">Pay</button></form>")
                    .append("<form method=\"post\" action=\"").append(base).append("/fail\"><button type=\"submit\">Fail</button></form>")
                    .append("<form method=\"post\" action=\"").append(base).append("/cancel\"><button type=\"submit\">Cancel</button></form>")
                    .append("</p>");
        } else {
            html.append("<p>This order is ").append(esc(order.status().name())).append(" and can take no more actions.</p>");
        }
        html.append(callbacks(order));
        return html.toString();
    }

    private static String payCode(PayInOrder order) {
        return switch (order.payType().kind()) {
            case QRIS -> {
                String image = order.payCodeShape() == PayInPayCodeShape.IMAGE_URL
                        ? order.payCode()
                        : "data:image/png;base64," + (order.payCodeShape() == PayInPayCodeShape.BASE64_IMAGE
                        ? order.payCode()
                        : java.util.Base64.getEncoder().encodeToString(PayInQrImage.png(order.qrisPayload())));
                yield "<h2>Scan to pay (QRIS, payCode as " + esc(order.payCodeShape().id()) + ")</h2>"
                        + "<p><img alt=\"QRIS code\" width=\"300\" height=\"300\" src=\"" + esc(image) + "\"></p>"
                        + "<p>QRIS text: <code>" + esc(order.qrisPayload()) + "</code></p>";
            }
            case EWALLET -> "<h2>Pay in " + esc(order.payType().label()) + "</h2><p>Wallet link: <a href=\""
                    + esc(order.payUrl()) + "\">" + esc(order.payUrl()) + "</a></p>";
            case VIRTUAL_ACCOUNT -> "<h2>Transfer to " + esc(order.payType().label()) + "</h2><p>Account number: <code>"
                    + esc(order.payCode()) + "</code></p>";
        };
    }

    private static String callbacks(PayInOrder order) {
        var attempts = order.callbackAttempts();
        StringBuilder html = new StringBuilder("<h2>Callbacks to the merchant</h2>");
        html.append("<p>To <code>").append(esc(order.notifyUrl())).append("</code></p>");
        if (attempts.isEmpty()) {
            return html.append("<p>None yet.</p>").toString();
        }
        html.append("<table><tr><th>Callback</th><th>Status sent</th><th>Try</th><th>At</th><th>Answer</th></tr>");
        for (PayInCallbackAttempt attempt : attempts) {
            String answer = attempt.httpStatus() != null ? "HTTP " + attempt.httpStatus() : attempt.error();
            html.append("<tr><td>").append(attempt.callback()).append("</td><td>").append(esc(attempt.orderStatus()))
                    .append("</td><td>").append(attempt.attempt()).append("</td><td>").append(esc(attempt.at().toString()))
                    .append("</td><td>").append(esc(answer)).append(attempt.delivered() ? " (delivered)" : "")
                    .append("</td></tr>");
        }
        return html.append("</table>").toString();
    }

    private static String row(String label, String value) {
        return "<tr><th>" + esc(label) + "</th><td>" + esc(value) + "</td></tr>";
    }
}
