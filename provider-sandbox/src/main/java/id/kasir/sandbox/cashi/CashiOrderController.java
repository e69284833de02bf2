package id.kasir.sandbox.cashi;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;
import org.springframework.web.util.UriUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Cashi's merchant API: {@code POST /api/create-order} and {@code GET /api/check-status/{orderId}}, behind the API key. */
@RestController
@RequestMapping("${kasir.sandbox.path:/sandbox}/cashi/api")
public class CashiOrderController {

    static final int MAX_ORDER_ID_LENGTH = 64;
    /** QRIS tag 54 holds at most 13 characters. */
    private static final long MAX_AMOUNT = 999_999_999_900L;
    private static final Pattern ORDER_ID = Pattern.compile("[A-Za-z0-9._:~-]+");

    private final CashiOrderBook book;
    private final CashiAnswerFaults answers;
    private final CashiSandboxProperties properties;
    private final String checkoutBaseUrl;

    CashiOrderController(CashiOrderBook book, CashiAnswerFaults answers, CashiSandboxProperties properties,
                         CashiCheckoutLinks links) {
        this.book = book;
        this.answers = answers;
        this.properties = properties;
        this.checkoutBaseUrl = links.payPageBaseUrl();
    }

    @PostMapping("/create-order")
    public DeferredResult<ResponseEntity<String>> createOrder(HttpServletRequest request,
                                                              @RequestBody(required = false) String body) {
        if (!authorized(request)) {
            return CashiAnswerFaults.now(unauthorized());
        }
        return answers.answer("create-order", () -> {
            try {
                NewOrder wanted = parse(body);
                CashiOrder order = book.open(wanted.orderId(), wanted.amount(),
                        id -> checkoutBaseUrl + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8),
                        CashiQrisPayload::forOrder);
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("success", true);
                answer.put("order_id", order.orderId());
                answer.put("amount", order.amountToPay());
                answer.put("checkout_url", order.view(book.now()).checkoutUrl());
                answer.put("qrUrl", CashiQrImage.dataUrl(order.qrContent()));
                return CashiJson.ok(answer);
            } catch (CashiRequestRejected rejected) {
                return CashiJson.error(rejected.httpStatus(), rejected.getMessage());
            }
        });
    }

    @GetMapping("/check-status/{orderId}")
    public DeferredResult<ResponseEntity<String>> checkStatus(HttpServletRequest request, @PathVariable String orderId) {
        if (!authorized(request)) {
            return CashiAnswerFaults.now(unauthorized());
        }
        return answers.answer("check-status", () -> book.find(orderId)
                .map(order -> CashiJson.ok(CashiJson.status(order.view(book.now()))))
                .orElseGet(() -> CashiJson.error(404, "Order not found")));
    }

    private boolean authorized(HttpServletRequest request) {
        String given = request.getHeader(properties.apiKeyHeader());
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                properties.apiKey().getBytes(StandardCharsets.UTF_8));
    }

    private ResponseEntity<String> unauthorized() {
        return CashiJson.error(401, "Unauthorized: missing or invalid API key in header " + properties.apiKeyHeader());
    }

    private NewOrder parse(String body) {
        if (body == null || body.isBlank()) {
            throw new CashiRequestRejected(400, "Request body must be a JSON object with amount and order_id");
        }
        JsonNode json;
        try {
            json = CashiJson.mapper().readTree(body);
        } catch (JacksonException e) {
            throw new CashiRequestRejected(400, "Request body is not valid JSON");
        }
        if (json == null || !json.isObject()) {
            throw new CashiRequestRejected(400, "Request body must be a JSON object with amount and order_id");
        }
        return new NewOrder(amount(json.get("amount")), orderId(json.get("order_id")));
    }

    private long amount(JsonNode amount) {
        if (amount == null || amount.isNull()) {
            throw new CashiRequestRejected(400, "amount is required");
        }
        if (!amount.isNumber()) {
            throw new CashiRequestRejected(400, "amount must be a number");
        }
        BigDecimal value = amount.decimalValue();
        if (value.stripTrailingZeros().scale() > 0) {
            throw new CashiRequestRejected(400, "amount must be a whole number of rupiah");
        }
        if (value.compareTo(BigDecimal.valueOf(properties.minimumAmount())) < 0) {
            throw new CashiRequestRejected(400, "Minimum amount is " + properties.minimumAmount());
        }
        if (value.compareTo(BigDecimal.valueOf(MAX_AMOUNT)) > 0) {
            throw new CashiRequestRejected(400, "amount is too large");
        }
        return value.longValueExact();
    }

    private static String orderId(JsonNode orderId) {
        if (orderId == null || orderId.isNull()) {
            return null;
        }
        if (!orderId.isString()) {
            throw new CashiRequestRejected(400, "order_id must be a string");
        }
        String id = orderId.stringValue();
        if (id.isBlank()) {
            throw new CashiRequestRejected(400, "order_id must not be blank");
        }
        if (id.length() > MAX_ORDER_ID_LENGTH) {
            throw new CashiRequestRejected(400, "order_id must be at most " + MAX_ORDER_ID_LENGTH + " characters");
        }
        if (!ORDER_ID.matcher(id).matches()) {
            throw new CashiRequestRejected(400, "order_id may contain only letters, digits and . _ : ~ -");
        }
        return id;
    }

    private record NewOrder(long amount, String orderId) {
    }
}
