package id.kasir.sandbox.payin;

import id.kasir.sandbox.web.SandboxControl;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The pay desk's buttons for scripts and tests: {@code POST _sandbox/orders/{ref}/pay|fail|cancel} and
 * {@code GET _sandbox/orders/{ref}}, where {@code ref} is PayIn's {@code orderNo} or the merchant's
 * {@code mchOrderNo}. 200 with the order, 404 unknown, 409 when the order cannot take the action.
 */
@RestController
@SandboxControl
@RequestMapping("${kasir.sandbox.path:/sandbox}/payin/_sandbox/orders")
public class PayInSandboxActionsController {

    private final PayInOrderBook book;
    private final PayInOrderActions actions;

    public PayInSandboxActionsController(PayInOrderBook book, PayInOrderActions actions) {
        this.book = book;
        this.actions = actions;
    }

    @GetMapping("/{ref}")
    public ResponseEntity<Map<String, Object>> order(@PathVariable String ref) {
        return book.find(ref)
                .map(order -> ResponseEntity.ok(PayInJson.sandboxView(order, book.now())))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem("no order " + ref)));
    }

    @PostMapping("/{ref}/{action:pay|fail|cancel}")
    public ResponseEntity<Map<String, Object>> act(@PathVariable String ref, @PathVariable String action) {
        PayInOrderActions.Outcome outcome = actions.act(ref, PayInOrderActions.Action.valueOf(action.toUpperCase(Locale.ROOT)));
        if (!outcome.found()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem(outcome.refusal()));
        }
        if (!outcome.done()) {
            Map<String, Object> body = problem(outcome.refusal());
            body.put("order", PayInJson.sandboxView(outcome.order(), book.now()));
            return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
        }
        return ResponseEntity.ok(PayInJson.sandboxView(outcome.order(), book.now()));
    }

    private static Map<String, Object> problem(String message) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("error", message);
        return body;
    }
}
