package id.kasir.sandbox.cashi;

import org.springframework.web.util.HtmlUtils;
import id.kasir.sandbox.SandboxProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.UriUtils;

/**
 * Cashi's checkout page ({@code checkout_url}): the amount to pay in big type (the customer must
 * transfer exactly that), the QRIS, and Pay / Fail / Cancel as plain forms. Every value is escaped;
 * no script, no external asset.
 */
@Controller
@RequestMapping("${kasir.sandbox.path:/sandbox}/cashi/pay")
public class CashiPayPageController {

    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);
    private static final DateTimeFormatter JAKARTA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'WIB'")
            .withZone(ZoneId.of("Asia/Jakarta"));

    private final CashiOrderBook book;
    private final CashiPayDesk desk;
    private final String payPath;

    CashiPayPageController(CashiOrderBook book, CashiPayDesk desk, SandboxProperties sandbox) {
        this.book = book;
        this.desk = desk;
        String path = sandbox.path().endsWith("/") ? sandbox.path().substring(0, sandbox.path().length() - 1) : sandbox.path();
        this.payPath = path + "/cashi/pay/";
    }

    @GetMapping("/{orderId}")
    public ResponseEntity<String> page(@PathVariable String orderId, HttpServletRequest request) {
        return book.find(orderId)
                .map(order -> html(200, orderPage(order.view(book.now()), request)))
                .orElseGet(() -> html(404, notFoundPage(orderId)));
    }

    @PostMapping("/{orderId}/pay")
    public ResponseEntity<String> pay(@PathVariable String orderId, HttpServletRequest request) {
        Long paid;
        try {
            paid = CashiPaidAmount.from(request);
        } catch (CashiRequestRejected rejected) {
            return html(400, shell("Cannot pay", "<p>" + escape(rejected.getMessage()) + "</p>"
                    + backLink(orderId, request)));
        }
        return act(orderId, request, order -> desk.pay(order, paid), "Payment settled");
    }

    @PostMapping("/{orderId}/fail")
    public ResponseEntity<String> fail(@PathVariable String orderId, HttpServletRequest request) {
        return act(orderId, request, order -> desk.close(order, CashiStatus.FAILED), "Payment failed");
    }

    @PostMapping("/{orderId}/cancel")
    public ResponseEntity<String> cancel(@PathVariable String orderId, HttpServletRequest request) {
        return act(orderId, request, order -> desk.close(order, CashiStatus.CANCELLED), "Payment cancelled");
    }

    private ResponseEntity<String> act(String orderId, HttpServletRequest request,
                                       java.util.function.Function<CashiOrder, CashiPayDesk.Outcome> action,
                                       String doneTitle) {
        return book.find(orderId).map(order -> {
            CashiPayDesk.Outcome outcome = action.apply(order);
            CashiOrderView view = outcome.order();
            if (!outcome.done()) {
                return html(409, shell("Not possible", "<p>Order <code>" + escape(view.orderId()) + "</code> is "
                        + escape(view.status().name()) + " and cannot take this action.</p>" + backLink(orderId, request)));
            }
            StringBuilder body = new StringBuilder()
                    .append("<p>Order <code>").append(escape(view.orderId())).append("</code> is now <strong>")
                    .append(escape(view.status().name())).append("</strong>.</p>");
            if (view.status() == CashiStatus.SETTLED) {
                body.append("<p>Received ").append(rupiah(view.reportedAmount())).append(" (transaction ")
                        .append(escape(view.providerTxId())).append("). The merchant is being notified.</p>");
            }
            return html(200, shell(doneTitle, body + backLink(orderId, request)));
        }).orElseGet(() -> html(404, notFoundPage(orderId)));
    }

    private String orderPage(CashiOrderView order, HttpServletRequest request) {
        String actions = actionBase(order.orderId(), request);
        StringBuilder body = new StringBuilder()
                .append("<p>Order <code>").append(escape(order.orderId())).append("</code></p>")
                .append("<p class=\"label\">Amount to pay</p>")
                .append("<p class=\"amount\">").append(rupiah(order.amountToPay())).append("</p>")
                .append("<p>Transfer exactly this amount: ").append(rupiah(order.requestedAmount()))
                .append(" + unique code ").append(order.uniqueCode()).append(".</p>")
                .append("<p><img alt=\"QRIS for ").append(escape(order.orderId())).append("\" width=\"320\" height=\"320\" src=\"")
                .append(escape(CashiQrImage.dataUrl(order.qrContent()))).append("\"></p>")
                .append("<p>Status: <strong>").append(escape(order.status().name())).append("</strong> &middot; QR valid until ")
                .append(escape(JAKARTA_TIME.format(order.expiresAt()))).append("</p>");
        if (order.status() == CashiStatus.PENDING || order.status() == CashiStatus.EXPIRED) {
            body.append("<form method=\"post\" action=\"").append(escape(actions)).append("/pay\">")
                    .append("<label>Amount transferred <input name=\"amount\" type=\"number\" min=\"1\" value=\"")
                    .append(order.amountToPay()).append("\"></label> <button type=\"submit\">Pay</button></form>")
                    .append("<form method=\"post\" action=\"").append(escape(actions)).append("/fail\">")
                    .append("<button type=\"submit\">Fail</button></form>")
                    .append("<form method=\"post\" action=\"").append(escape(actions)).append("/cancel\">")
                    .append("<button type=\"submit\">Cancel</button></form>");
        }
        return shell("Cashi — pay " + order.orderId(), body.toString());
    }

    private String actionBase(String orderId, HttpServletRequest request) {
        // The page is served from this process, so its forms post back to where it is mounted.
        return request.getContextPath() + payPath + UriUtils.encodePathSegment(orderId, StandardCharsets.UTF_8);
    }

    private String backLink(String orderId, HttpServletRequest request) {
        return "<p><a href=\"" + escape(actionBase(orderId, request)) + "\">Back to the order</a></p>";
    }

    private static String notFoundPage(String orderId) {
        return shell("Order not found", "<p>Cashi has no order <code>" + escape(orderId) + "</code>.</p>");
    }

    private static String shell(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + "</title><style>"
                + "body{font-family:system-ui,sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem;color:#111}"
                + ".amount{font-size:2.6rem;font-weight:700;margin:.2rem 0}.label{margin:1rem 0 0;color:#555}"
                + "form{display:inline-block;margin:.5rem .5rem 0 0}button{font-size:1rem;padding:.5rem 1.2rem}"
                + "</style></head><body><h1>Cashi <small>(sandbox)</small></h1><h2>" + escape(title) + "</h2>"
                + body + "</body></html>";
    }

    static String rupiah(long amount) {
        return "Rp " + String.format(Locale.ROOT, "%,d", amount).replace(',', '.');
    }

    static String escape(String value) {
        return value == null ? "" : HtmlUtils.htmlEscape(value);
    }

    private static ResponseEntity<String> html(int status, String page) {
        return ResponseEntity.status(status).contentType(HTML).body(page);
    }
}
