package id.kasir.sandbox.cashin;

import org.springframework.web.util.HtmlUtils;

/** The customer's pages, plain HTML with every value escaped: no scripts, no external assets. */
final class CashInPages {

    private CashInPages() {
    }

    /** The order with Pay / Fail / Cancel forms posting to {@code <current page>/pay} and so on. */
    static String order(CashInOrder order, String pageName) {
        StringBuilder html = head("Cash In sandbox - " + order.merchantReference());
        html.append("<h1>Cash In sandbox</h1>\n<table>\n");
        row(html, "Merchant reference", order.merchantReference());
        row(html, "Cash In reference", order.referenceNo());
        row(html, "Amount", "IDR " + String.format("%,d", order.amount()).replace(',', '.'));
        row(html, "Payment channel", order.kind() == CashInOrder.Kind.QRIS ? "QRIS"
                : order.paymentChannel() == null ? "(customer's choice)" : order.paymentChannel());
        row(html, "Status", order.state().name());
        row(html, "Expires", SnapTimestamps.format(order.expiresAt()));
        html.append("</table>\n");
        if (order.qrContent() != null) {
            html.append("<h2>QRIS content</h2>\n<pre style=\"white-space:pre-wrap;word-break:break-all\">")
                    .append(esc(order.qrContent())).append("</pre>\n");
        }
        if (order.state() == CashInOrder.State.OPEN || order.state() == CashInOrder.State.EXPIRED) {
            String base = esc(pageName);
            for (String action : new String[] {"pay", "fail", "cancel"}) {
                html.append("<form method=\"post\" action=\"").append(base).append('/').append(action)
                        .append("\" style=\"display:inline\"><button type=\"submit\">")
                        .append(Character.toUpperCase(action.charAt(0))).append(action.substring(1))
                        .append("</button></form>\n");
            }
        }
        return html.append("</body></html>\n").toString();
    }

    static String result(CashInOrder order, CashInOrder.Outcome outcome) {
        StringBuilder html = head("Cash In sandbox - result");
        if (outcome.done()) {
            html.append("<h1>").append(esc(order.state().name())).append("</h1>\n<p>Order ")
                    .append(esc(order.merchantReference())).append(" is now ").append(esc(order.state().name()))
                    .append(". The merchant is being notified.</p>\n");
        } else {
            html.append("<h1>Not possible</h1>\n<p>").append(esc(outcome.refusal())).append("</p>\n");
        }
        String back = order.state() == CashInOrder.State.PAID ? order.successCallbackUrl() : order.cancelCallbackUrl();
        if (back != null) {
            html.append("<p><a href=\"").append(esc(back)).append("\">Back to the merchant</a></p>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    static String notFound() {
        return head("Cash In sandbox - not found").append("<h1>No such order</h1></body></html>\n").toString();
    }

    private static StringBuilder head(String title) {
        return new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
                .append(esc(title)).append("</title></head><body>\n");
    }

    private static void row(StringBuilder html, String label, String value) {
        html.append("<tr><th style=\"text-align:left\">").append(esc(label)).append("</th><td>")
                .append(esc(value)).append("</td></tr>\n");
    }

    private static String esc(String value) {
        return HtmlUtils.htmlEscape(value == null ? "" : value);
    }
}
