package id.kasir.sandbox.cashi;

import id.kasir.sandbox.web.SandboxControl;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sandbox's scriptable side of Cashi (no API key, not part of Cashi): read an order, pay / fail /
 * cancel it as the customer would, and the dashboard's "Test Webhook". {@code {ref}} is the order_id
 * or, once settled, the provider_tx_id.
 */
@RestController
@SandboxControl
@RequestMapping("${kasir.sandbox.path:/sandbox}/cashi/_sandbox")
public class CashiSandboxActionsController {

    private final CashiOrderBook book;
    private final CashiPayDesk desk;
    private final CashiWebhookSender webhooks;

    CashiSandboxActionsController(CashiOrderBook book, CashiPayDesk desk, CashiWebhookSender webhooks) {
        this.book = book;
        this.desk = desk;
        this.webhooks = webhooks;
    }

    @GetMapping("/orders/{ref}")
    public ResponseEntity<String> order(@PathVariable String ref) {
        return book.find(ref)
                .map(order -> CashiJson.ok(CashiJson.order(order.view(book.now()))))
                .orElseGet(CashiSandboxActionsController::notFound);
    }

    @PostMapping("/orders/{ref}/pay")
    public ResponseEntity<String> pay(@PathVariable String ref, HttpServletRequest request) {
        Long paid;
        try {
            paid = CashiPaidAmount.from(request);
        } catch (CashiRequestRejected rejected) {
            return CashiJson.error(rejected.httpStatus(), rejected.getMessage());
        }
        return act(ref, order -> desk.pay(order, paid));
    }

    @PostMapping("/orders/{ref}/fail")
    public ResponseEntity<String> fail(@PathVariable String ref) {
        return act(ref, order -> desk.close(order, CashiStatus.FAILED));
    }

    @PostMapping("/orders/{ref}/cancel")
    public ResponseEntity<String> cancel(@PathVariable String ref) {
        return act(ref, order -> desk.close(order, CashiStatus.CANCELLED));
    }

    /** Answers 200 with the merchant's HTTP status in {@code merchant_status}, or 502 if the merchant did not answer. */
    @PostMapping("/webhook-test")
    public CompletableFuture<ResponseEntity<String>> webhookTest() {
        return webhooks.sendTest().thenApply(result -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("success", result.merchantStatus() != null && result.merchantStatus() == 200);
            body.put("order_id", result.orderId());
            body.put("webhook_url", webhooks.webhookUri().toString());
            body.put("merchant_status", result.merchantStatus());
            if (result.error() != null) {
                body.put("message", "The merchant did not answer: " + result.error());
            }
            return CashiJson.answer(result.merchantStatus() == null ? 502 : 200, body);
        });
    }

    private ResponseEntity<String> act(String ref, Function<CashiOrder, CashiPayDesk.Outcome> action) {
        return book.find(ref).map(order -> {
            CashiPayDesk.Outcome outcome = action.apply(order);
            if (outcome.done()) {
                return CashiJson.ok(CashiJson.order(outcome.order()));
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("success", false);
            body.put("message", "Order is " + outcome.order().status() + " and cannot take this action");
            body.put("order", CashiJson.order(outcome.order()));
            return CashiJson.answer(409, body);
        }).orElseGet(CashiSandboxActionsController::notFound);
    }

    private static ResponseEntity<String> notFound() {
        return CashiJson.error(404, "Order not found");
    }
}
