package id.kasir.sandbox.cashin;

import id.kasir.sandbox.web.SandboxControl;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

/**
 * The scriptable side of the pay page, for tests: {@code _sandbox/orders/{ref}} and its
 * {@code pay | fail | cancel | expire} actions, where {ref} is Cash In's reference, the checkout token, the
 * trxNo or the partnerReferenceNo. Also shows e-wallet transfers by either reference (with how many transfer
 * requests arrived under it), and settles them by hand with {@code succeed | fail}.
 */
@RestController
@SandboxControl
@RequestMapping("${kasir.sandbox.path:/sandbox}/cashin/_sandbox/orders")
public class CashInSandboxOrdersController {

    private final CashInOrderBook book;
    private final CashInTransferBook transfers;
    private final CashInOrderActions actions;
    private final CashInPageLinks links;
    private final CashInScheduler scheduler;

    CashInSandboxOrdersController(CashInOrderBook book, CashInTransferBook transfers, CashInOrderActions actions,
                                  CashInPageLinks links, CashInScheduler scheduler) {
        this.book = book;
        this.transfers = transfers;
        this.actions = actions;
        this.links = links;
        this.scheduler = scheduler;
    }

    @GetMapping("/{ref}")
    public ResponseEntity<String> get(@PathVariable String ref) {
        Optional<CashInOrder> order = book.find(ref);
        if (order.isPresent()) {
            actions.expireIfDue(order.get());
            return json(200, CashInOrderJson.render(order.get(), links));
        }
        return transfers.find(ref).map(this::transfer).orElseGet(() -> message(404, "No order " + ref));
    }

    private ResponseEntity<String> transfer(CashInTransfer transfer) {
        return json(200, CashInTransferJson.render(transfer, scheduler.clock().instant(),
                transfers.requestsFor(transfer.partnerReferenceNo())));
    }

    @PostMapping("/{ref}/{action}")
    public ResponseEntity<String> act(@PathVariable String ref, @PathVariable String action) {
        Optional<CashInTransfer> transfer = book.find(ref).isPresent() ? Optional.empty() : transfers.find(ref);
        if (transfer.isPresent()) {
            return settle(transfer.get(), action);
        }
        CashInOrderActions.Action chosen;
        try {
            chosen = CashInOrderActions.Action.valueOf(action.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return message(404, "No action " + action + " (pay, fail, cancel or expire)");
        }
        Optional<CashInOrder> order = book.find(ref);
        if (order.isEmpty()) {
            return message(404, "No order " + ref);
        }
        CashInOrder.Outcome outcome = actions.apply(order.get(), chosen);
        if (!outcome.done()) {
            return message(409, outcome.refusal());
        }
        return json(200, CashInOrderJson.render(order.get(), links));
    }

    /**
     * A transfer is settled by hand with {@code succeed} or {@code fail}, whatever it was: a test can make the
     * gateway report a transfer failed after it succeeded (a reversal), or succeeded after it failed.
     */
    private ResponseEntity<String> settle(CashInTransfer transfer, String action) {
        switch (action.toLowerCase(Locale.ROOT)) {
            case "succeed" -> transfer.settle(CashInTransfer.State.SUCCESS);
            case "fail" -> transfer.settle(CashInTransfer.State.FAILED);
            default -> {
                return message(404, "No action " + action + " for a transfer (succeed or fail)");
            }
        }
        return transfer(transfer);
    }

    private static ResponseEntity<String> message(int status, String message) {
        ObjectNode body = GatewayAnswer.JSON.createObjectNode();
        body.put("message", message);
        return json(status, body);
    }

    private static ResponseEntity<String> json(int status, ObjectNode body) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(GatewayAnswer.JSON.writeValueAsString(body));
    }
}
