package id.kasir.sandbox.payin;

import org.springframework.web.util.HtmlUtils;
import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a customer's browser sees: the pay desk ({@code payDeskUrl}) with the order and its payCode and
 * Pay / Fail / Cancel buttons, the QR code PNG behind an {@code image-url} payCode, and the e-wallet
 * landing link ({@code payUrl}) that leads to the pay desk. Plain HTML, every value escaped, no script.
 */
@RestController
@RequestMapping("${kasir.sandbox.path:/sandbox}/payin")
public class PayInPayDeskController {

    private static final MediaType HTML = new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8);

    private final PayInOrderBook book;
    private final PayInOrderActions actions;

    public PayInPayDeskController(PayInOrderBook book, PayInOrderActions actions) {
        this.book = book;
        this.actions = actions;
    }

    @GetMapping("/paydesk/{orderNo}")
    public ResponseEntity<String> payDesk(@PathVariable String orderNo) {
        Optional<PayInOrder> order = book.byOrderNo(orderNo);
        if (order.isEmpty()) {
            return html(HttpStatus.NOT_FOUND, page("Order not found", "<p>PayIn has no order " + esc(orderNo) + ".</p>"));
        }
        return html(HttpStatus.OK, page("PayIn pay desk", PayInPayDeskPage.render(order.get(), book.now())));
    }

    @PostMapping("/paydesk/{orderNo}/{action:pay|fail|cancel}")
    public ResponseEntity<String> act(@PathVariable String orderNo, @PathVariable String action) {
        if (book.byOrderNo(orderNo).isEmpty()) {
            return html(HttpStatus.NOT_FOUND, page("Order not found", "<p>PayIn has no order " + esc(orderNo) + ".</p>"));
        }
        PayInOrderActions.Outcome outcome = actions.act(orderNo, PayInOrderActions.Action.valueOf(action.toUpperCase(Locale.ROOT)));
        String back = "<p><a href=\"../" + esc(orderNo) + "\">Back to the order</a></p>";
        if (!outcome.done()) {
            return html(HttpStatus.CONFLICT, page("Not possible",
                    "<p>Cannot " + esc(action) + " order " + esc(orderNo) + ": " + esc(outcome.refusal()) + ".</p>" + back));
        }
        return html(HttpStatus.OK, page("Order " + outcome.order().status(),
                "<p>Order " + esc(orderNo) + " is now <strong>" + esc(outcome.order().status().name())
                        + "</strong>. PayIn is sending the callback to the merchant.</p>" + back));
    }

    @GetMapping("/qr/{orderNo}.png")
    public ResponseEntity<byte[]> qrImage(@PathVariable String orderNo) {
        return book.byOrderNo(orderNo)
                .filter(order -> order.qrisPayload() != null)
                .map(order -> ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                        .cacheControl(CacheControl.noStore()).body(PayInQrImage.png(order.qrisPayload())))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** The e-wallet's landing link; a real one opens the wallet app, this one the pay desk. */
    @GetMapping("/link/pay")
    public ResponseEntity<String> walletLink(@RequestParam(required = false) String bizNo) {
        return book.byChannelOrderNo(bizNo == null ? "" : bizNo)
                .map(order -> ResponseEntity.status(HttpStatus.FOUND).location(URI.create(order.payDeskUrl())).<String>build())
                .orElseGet(() -> html(HttpStatus.NOT_FOUND, page("Link not found", "<p>No payment " + esc(bizNo) + ".</p>")));
    }

    static String esc(String value) {
        return value == null ? "" : HtmlUtils.htmlEscape(value);
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + esc(title) + "</title>"
                + "<style>body{font-family:sans-serif;max-width:46em;margin:2em auto;padding:0 1em}"
                + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left}"
                + "code{word-break:break-all}form{display:inline}button{margin:.3em;padding:.5em 1.2em}</style>"
                + "</head><body><h1>" + esc(title) + "</h1>" + body + "<p><small>Generated at " + esc(Instant.now().toString())
                + " by the Kasir sandbox's PayIn.</small></p></body></html>";
    }

    private static ResponseEntity<String> html(HttpStatus status, String body) {
        return ResponseEntity.status(status).contentType(HTML).cacheControl(CacheControl.noStore()).body(body);
    }
}
