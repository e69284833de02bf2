package id.kasir.sandbox.web;

import id.kasir.sandbox.MerchantOrderIds;
import id.kasir.sandbox.SimulatedGateway;
import id.kasir.sandbox.faults.SandboxFaults;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code GET /sandbox}: what a developer evaluating Kasir wants to see of the simulated gateways —
 * their current orders with links to pay them, the faults switched on, and the public keys the
 * merchant side needs. Each order shows the merchant's own order id when the host says it
 * ({@link MerchantOrderIds}) beside the reference the gateway was given. Plain HTML, every value
 * escaped, no scripts.
 */
@RestController
@SandboxControl
class SandboxIndexController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Jakarta"));

    private final List<SimulatedGateway> gateways;
    private final SandboxFaults faults;
    private final MerchantOrderIds orderIds;

    SandboxIndexController(List<SimulatedGateway> gateways, SandboxFaults faults, ObjectProvider<MerchantOrderIds> orderIds) {
        this.gateways = gateways;
        this.faults = faults;
        this.orderIds = orderIds.getIfUnique(() -> (gateway, reference) -> Optional.empty());
    }

    @GetMapping(path = {"${kasir.sandbox.path:/sandbox}", "${kasir.sandbox.path:/sandbox}/"},
            produces = MediaType.TEXT_HTML_VALUE)
    String index() {
        StringBuilder html = new StringBuilder("""
                <!doctype html><html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Kasir gateway sandbox</title>
                <style>body{font-family:system-ui,sans-serif;margin:2rem;color:#1f2937}
                table{border-collapse:collapse;width:100%;margin-bottom:1.5rem}td,th{border-bottom:1px solid #e5e7eb;
                padding:.4rem;text-align:left;font-size:.9rem}pre{background:#f3f4f6;padding:.75rem;overflow:auto;
                font-size:.75rem}h2{margin-top:2rem}.muted{color:#6b7280}</style></head><body>
                <h1>Kasir gateway sandbox</h1>
                <p class="muted">Cash In, Cashi and PayIn simulated from their side of the wire. Not real money.</p>
                """);
        html.append("<h2>Faults switched on</h2>");
        if (faults.rules().isEmpty()) {
            html.append("<p class=\"muted\">None: every gateway behaves.</p>");
        } else {
            html.append("<ul>");
            faults.rules().forEach(r -> html.append("<li>").append(esc(r.gateway() + " / " + r.endpoint() + ": " + r.fault()))
                    .append("</li>"));
            html.append("</ul>");
        }
        for (SimulatedGateway gateway : gateways) {
            html.append("<h2>").append(esc(gateway.name())).append("</h2>");
            List<SimulatedGateway.OrderView> orders = gateway.orders(50);
            if (orders.isEmpty()) {
                html.append("<p class=\"muted\">No orders yet.</p>");
            } else {
                html.append("<table><tr><th>Created (WIB)</th><th>Order id</th><th>Gateway ref</th>"
                        + "<th>Merchant ref (sent to the gateway)</th><th>Amount</th><th>Status</th><th>Expires (WIB)</th><th></th></tr>");
                for (SimulatedGateway.OrderView o : orders) {
                    html.append("<tr><td>").append(o.createdAt() == null ? "" : esc(TIME.format(o.createdAt())))
                            .append("</td><td class=\"order-id\">").append(esc(orderIdOf(gateway, o)))
                            .append("</td><td>").append(esc(o.gatewayReference()))
                            .append("</td><td>").append(esc(o.merchantReference()))
                            .append("</td><td>").append(esc(o.amount()))
                            .append("</td><td>").append(esc(o.status()))
                            .append("</td><td>").append(o.expiresAt() == null ? "" : esc(TIME.format(o.expiresAt())))
                            .append("</td><td>");
                    if (o.payPageUrl() != null) {
                        html.append("<a href=\"").append(esc(o.payPageUrl())).append("\">open pay page</a>");
                    }
                    html.append("</td></tr>");
                }
                html.append("</table>");
            }
            if (gateway.publicKeyPem() != null) {
                html.append("<p>Public key (verify its notifications with it):</p><pre>")
                        .append(esc(gateway.publicKeyPem())).append("</pre>");
            }
        }
        return html.append("</body></html>").toString();
    }

    private String orderIdOf(SimulatedGateway gateway, SimulatedGateway.OrderView order) {
        return order.merchantReference() == null ? null
                : orderIds.orderIdOf(gateway.name(), order.merchantReference()).orElse(null);
    }

    private static String esc(String value) {
        return value == null ? "" : HtmlUtils.htmlEscape(value);
    }
}
