package id.kasir.sandbox.cashin;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Cash In's checkout-page API ("FO"): create a payment page, ask its status. Symmetric signatures. */
@RestController
@RequestMapping("${kasir.sandbox.path:/sandbox}/cashin/pg/fo")
public class CashInCheckoutController {

    private static final Set<String> CHANNELS = Set.of("QRIS", "BANK_TRANSFER");

    private final CheckoutRequestGuard guard;
    private final CashInRequestFaults faults;
    private final CashInOrderBook book;
    private final CashInOrderActions actions;
    private final CashInPageLinks links;
    private final CashInSandboxProperties properties;
    private final CashInScheduler scheduler;

    CashInCheckoutController(CheckoutRequestGuard guard, CashInRequestFaults faults, CashInOrderBook book,
                             CashInOrderActions actions, CashInPageLinks links, CashInSandboxProperties properties,
                             CashInScheduler scheduler) {
        this.guard = guard;
        this.faults = faults;
        this.book = book;
        this.actions = actions;
        this.links = links;
        this.properties = properties;
        this.scheduler = scheduler;
    }

    @PostMapping("/payment")
    public DeferredResult<ResponseEntity<String>> create(@RequestHeader HttpHeaders headers,
                                                         @RequestBody(required = false) byte[] raw) {
        String body = raw == null ? "" : new String(raw, StandardCharsets.UTF_8);
        return faults.answer("payment", GatewayAnswer.checkoutInternalError(), () -> {
            Optional<GatewayAnswer> refusal = guard.refuse(headers, body, "/payment");
            if (refusal.isPresent()) {
                return refusal.get();
            }
            try {
                return create(headers.getFirst("X-REQUEST-ID"), BodyFields.parseObject(body));
            } catch (BodyFields.Invalid e) {
                return GatewayAnswer.checkoutError(400, e.getMessage());
            }
        });
    }

    private GatewayAnswer create(String requestId, JsonNode request) {
        long amount = BodyFields.wholeNumber(request, "amount");
        if (amount < properties.minimumAmount()) {
            return GatewayAnswer.checkoutError(400, "Invalid Field Format amount: the minimum is " + properties.minimumAmount());
        }
        String trxNo = BodyFields.text(request, "trxNo", 64);
        long duration = BodyFields.wholeNumber(request, "duration");
        if (duration <= 0) {
            return GatewayAnswer.checkoutError(400, "Invalid Field Format duration: must be more than 0 minutes");
        }
        String successUrl = BodyFields.text(request, "successCallbackUrl", 255);
        String cancelUrl = BodyFields.text(request, "cancelCallbackUrl", 255);
        String channel = BodyFields.optionalText(request, "paymentChannel", 50);
        if (channel != null && !CHANNELS.contains(channel)) {
            return GatewayAnswer.checkoutError(400, "Invalid Field Format paymentChannel: QRIS or BANK_TRANSFER");
        }
        JsonNode customer = BodyFields.object(request, "customer");
        BodyFields.text(customer, "id", 50);
        BodyFields.text(customer, "phoneNumber", 16);

        Instant now = scheduler.clock().instant();
        String referenceNo = book.nextReference("PAY", now);
        if (!book.claim(CashInOrder.Kind.CHECKOUT, trxNo, referenceNo)) {
            return GatewayAnswer.checkoutError(409, "Duplicate trxNo");
        }
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(
                (UUID.randomUUID() + "_" + referenceNo + "_" + now).getBytes(StandardCharsets.UTF_8));
        CashInOrder order = new CashInOrder(CashInOrder.Kind.CHECKOUT, referenceNo, trxNo, token, amount, now,
                now.plusSeconds(duration * 60), requestId, channel, successUrl, cancelUrl, null);
        actions.open(order);
        ObjectNode data = GatewayAnswer.JSON.createObjectNode();
        data.put("paymentToken", token);
        data.put("paymentUrl", links.payPage(order));
        return GatewayAnswer.checkoutSuccess(data);
    }

    @PostMapping("/payment/status")
    public DeferredResult<ResponseEntity<String>> status(@RequestHeader HttpHeaders headers,
                                                         @RequestBody(required = false) byte[] raw) {
        String body = raw == null ? "" : new String(raw, StandardCharsets.UTF_8);
        return faults.answer("payment-status", GatewayAnswer.checkoutInternalError(), () -> {
            Optional<GatewayAnswer> refusal = guard.refuse(headers, body, "/payment/status");
            if (refusal.isPresent()) {
                return refusal.get();
            }
            try {
                // The document says String(20) here but allows 64 on create; a sandbox that refused 21..64 would
                // lose orders it accepted, so it takes 64.
                String trxNo = BodyFields.text(BodyFields.parseObject(body), "trxNo", 64);
                return book.checkout(trxNo).map(this::statusOf)
                        .orElseGet(() -> GatewayAnswer.checkoutError(404, "Transaction not found"));
            } catch (BodyFields.Invalid e) {
                return GatewayAnswer.checkoutError(400, e.getMessage());
            }
        });
    }

    private GatewayAnswer statusOf(CashInOrder order) {
        actions.expireIfDue(order);
        ObjectNode data = GatewayAnswer.JSON.createObjectNode();
        data.put("trxNo", order.merchantReference());
        data.put("status", order.checkoutStatus());
        data.put("paymentMethod", order.paymentMethod() != null ? order.paymentMethod() : order.paymentChannel());
        data.put("referenceNo", order.referenceNo());
        data.put("amount", order.reportedAmount());
        return GatewayAnswer.checkoutSuccess(data);
    }
}
