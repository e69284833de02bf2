package id.kasir.sandbox.cashin;

import java.util.Locale;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The pages a customer's browser opens: the checkout page ({@code checkout/{token}}, the paymentUrl the API
 * returns) and the QRIS page ({@code qris/{referenceNo}}), each with Pay / Fail / Cancel.
 */
@RestController
@RequestMapping("${kasir.sandbox.path:/sandbox}/cashin")
public class CashInPayPageController {

    private final CashInOrderBook book;
    private final CashInOrderActions actions;

    CashInPayPageController(CashInOrderBook book, CashInOrderActions actions) {
        this.book = book;
        this.actions = actions;
    }

    @GetMapping("/checkout/{token}")
    public ResponseEntity<String> checkout(@PathVariable String token) {
        return page(book.byToken(token).filter(o -> o.kind() == CashInOrder.Kind.CHECKOUT), token);
    }

    @PostMapping("/checkout/{token}/{action}")
    public ResponseEntity<String> checkoutAction(@PathVariable String token, @PathVariable String action) {
        return act(book.byToken(token).filter(o -> o.kind() == CashInOrder.Kind.CHECKOUT), action);
    }

    @GetMapping("/qris/{referenceNo}")
    public ResponseEntity<String> qris(@PathVariable String referenceNo) {
        return page(book.find(referenceNo).filter(o -> o.kind() == CashInOrder.Kind.QRIS), referenceNo);
    }

    @PostMapping("/qris/{referenceNo}/{action}")
    public ResponseEntity<String> qrisAction(@PathVariable String referenceNo, @PathVariable String action) {
        return act(book.find(referenceNo).filter(o -> o.kind() == CashInOrder.Kind.QRIS), action);
    }

    private ResponseEntity<String> page(Optional<CashInOrder> order, String pageName) {
        order.ifPresent(actions::expireIfDue);
        return order.map(o -> html(200, CashInPages.order(o, pageName)))
                .orElseGet(() -> html(404, CashInPages.notFound()));
    }

    private ResponseEntity<String> act(Optional<CashInOrder> order, String action) {
        CashInOrderActions.Action chosen;
        try {
            chosen = CashInOrderActions.Action.valueOf(action.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return html(404, CashInPages.notFound());
        }
        if (order.isEmpty() || chosen == CashInOrderActions.Action.EXPIRE) {
            return html(404, CashInPages.notFound());
        }
        CashInOrder.Outcome outcome = actions.apply(order.get(), chosen);
        return html(outcome.done() ? 200 : 409, CashInPages.result(order.get(), outcome));
    }

    private static ResponseEntity<String> html(int status, String body) {
        return ResponseEntity.status(status).contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8)).body(body);
    }
}
