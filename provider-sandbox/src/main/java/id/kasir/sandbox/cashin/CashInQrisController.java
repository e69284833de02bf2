package id.kasir.sandbox.cashin;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
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

/** Cash In's QRIS MPM API (SNAP): generate (service 47) and query (service 51). */
@RestController
@RequestMapping("${kasir.sandbox.path:/sandbox}/cashin/pg/fo/api/v1.0/qr")
public class CashInQrisController {

    private static final String GENERATE = "47";
    private static final String QUERY = "51";

    private final SnapRequestGuard guard;
    private final CashInRequestFaults faults;
    private final CashInOrderBook book;
    private final CashInOrderActions actions;
    private final CashInSandboxProperties properties;
    private final CashInScheduler scheduler;

    CashInQrisController(SnapRequestGuard guard, CashInRequestFaults faults, CashInOrderBook book,
                         CashInOrderActions actions, CashInSandboxProperties properties, CashInScheduler scheduler) {
        this.guard = guard;
        this.faults = faults;
        this.book = book;
        this.actions = actions;
        this.properties = properties;
        this.scheduler = scheduler;
    }

    @PostMapping("/qr-mpm-generate")
    public DeferredResult<ResponseEntity<String>> generate(@RequestHeader HttpHeaders headers,
                                                           @RequestBody(required = false) byte[] raw) {
        String body = raw == null ? "" : new String(raw, StandardCharsets.UTF_8);
        return faults.answer("qr-mpm-generate", GatewayAnswer.snapInternalError(GENERATE), () -> guard
                .refuse(headers, body, "/api/v1.0/qr/qr-mpm-generate", GENERATE)
                .orElseGet(() -> validated(GENERATE, () -> generate(headers.getFirst("X-EXTERNAL-ID"),
                        BodyFields.parseObject(body)))));
    }

    private GatewayAnswer generate(String externalId, JsonNode request) {
        String partnerReferenceNo = BodyFields.text(request, "partnerReferenceNo", 25);
        String validity = BodyFields.text(request, "validityPeriod", 25);
        Optional<Instant> expiresAt = SnapTimestamps.parse(validity);
        Instant now = scheduler.clock().instant();
        if (expiresAt.isEmpty()) {
            return GatewayAnswer.snapError(400, GENERATE, "01", "Invalid Field Format validityPeriod");
        }
        if (!expiresAt.get().isAfter(now)) {
            return GatewayAnswer.snapError(400, GENERATE, "01", "Invalid Field Format validityPeriod: in the past");
        }
        long amount = BodyFields.snapAmount(request, "amount");
        BodyFields.snapAmount(request, "feeAmount");
        if (amount < properties.minimumAmount()) {
            return GatewayAnswer.snapError(400, GENERATE, "01", "Invalid Field Format amount: the minimum is "
                    + BodyFields.snapMoney(properties.minimumAmount()));
        }
        String referenceNo = book.nextReference("PAY", now);
        if (!book.claim(CashInOrder.Kind.QRIS, partnerReferenceNo, referenceNo)) {
            return GatewayAnswer.snapError(409, GENERATE, "01", "Duplicate partnerReferenceNo");
        }
        String qrContent = QrisPayload.dynamic(properties.merchantId(), properties.merchantName(),
                properties.merchantCity(), BodyFields.snapMoney(amount), referenceNo, partnerReferenceNo);
        CashInOrder order = new CashInOrder(CashInOrder.Kind.QRIS, referenceNo, partnerReferenceNo,
                UUID.randomUUID().toString(), amount, now, expiresAt.get(), externalId, "QRIS", null, null, qrContent);
        actions.open(order);
        ObjectNode answer = GatewayAnswer.snapBody(200, GENERATE, "00", "Successful");
        answer.put("partnerReferenceNo", partnerReferenceNo);
        answer.put("referenceNo", referenceNo);
        answer.put("qrContent", qrContent);
        return GatewayAnswer.of(200, answer);
    }

    @PostMapping("/qr-mpm-query")
    public DeferredResult<ResponseEntity<String>> query(@RequestHeader HttpHeaders headers,
                                                        @RequestBody(required = false) byte[] raw) {
        String body = raw == null ? "" : new String(raw, StandardCharsets.UTF_8);
        return faults.answer("qr-mpm-query", GatewayAnswer.snapInternalError(QUERY), () -> guard
                .refuse(headers, body, "/api/v1.0/qr/qr-mpm-query", QUERY)
                .orElseGet(() -> validated(QUERY, () -> query(BodyFields.parseObject(body)))));
    }

    private GatewayAnswer query(JsonNode request) {
        String merchantId = BodyFields.text(request, "merchantId", 64);
        String partnerReferenceNo = BodyFields.text(request, "originalPartnerReferenceNo", 64);
        String serviceCode = BodyFields.text(request, "serviceCode", 2);
        if (!GENERATE.equals(serviceCode)) {
            return GatewayAnswer.snapError(400, QUERY, "01", "Invalid Field Format serviceCode");
        }
        if (!properties.merchantId().equals(merchantId)) {
            return GatewayAnswer.snapError(404, QUERY, "08", "Invalid Merchant");
        }
        Optional<CashInOrder> found = book.qris(partnerReferenceNo);
        if (found.isEmpty()) {
            return GatewayAnswer.snapError(404, QUERY, "01", "Transaction Not Found");
        }
        CashInOrder order = found.get();
        actions.expireIfDue(order);
        String status = order.snapStatus();
        ObjectNode answer = GatewayAnswer.snapBody(200, QUERY, "00", "Successful");
        answer.put("originalPartnerReferenceNo", order.merchantReference());
        answer.put("originalReferenceNo", order.referenceNo());
        answer.put("serviceCode", GENERATE);
        answer.put("latestTransactionStatus", status);
        answer.put("latestTransactionDesc", CashInOrder.snapDescription(status));
        if (order.paidAt() != null) {
            answer.put("paidTime", SnapTimestamps.format(order.paidAt()));
        }
        ObjectNode amount = answer.putObject("amount");
        amount.put("value", BodyFields.snapMoney(order.reportedAmount()));
        amount.put("currency", "IDR");
        return GatewayAnswer.of(200, answer);
    }

    static GatewayAnswer validated(String service, java.util.function.Supplier<GatewayAnswer> work) {
        try {
            return work.get();
        } catch (BodyFields.Invalid e) {
            return GatewayAnswer.snapError(400, service, e.missing() ? "02" : "01", e.getMessage());
        }
    }
}
