package id.kasir.sandbox.payin;

import id.kasir.sandbox.faults.Fault;
import id.kasir.sandbox.faults.SandboxFaults;
import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * PayIn's merchant API: {@code POST /api/payIn} and {@code POST /api/payInQuery}. Every request carries
 * {@code MerchantId} and {@code Sign} (MD5 of the raw body + API key), checked on the exact bytes received.
 * Business answers are HTTP 200 with the {@code {msg, code, data}} envelope; {@code code} 200 is success.
 * Answers are asynchronous so the LATENCY and TIMEOUT faults hold them without holding a thread.
 */
@RestController
@RequestMapping("${kasir.sandbox.path:/sandbox}/payin/api")
public class PayInController {

    private static final Logger log = LoggerFactory.getLogger(PayInController.class);
    private static final Duration DEFAULT_TIMEOUT_HOLD = Duration.ofSeconds(30);

    private final PayInSandboxProperties properties;
    private final PayInOrderBook book;
    private final PayInScheduler scheduler;
    private final SandboxFaults faults;

    public PayInController(PayInSandboxProperties properties, PayInOrderBook book, PayInScheduler scheduler,
                           SandboxFaults faults) {
        this.properties = properties;
        this.book = book;
        this.scheduler = scheduler;
        this.faults = faults;
    }

    @PostMapping("/payIn")
    public DeferredResult<ResponseEntity<String>> payIn(@RequestHeader(value = "MerchantId", required = false) String merchantId,
                                                        @RequestHeader(value = "Sign", required = false) String sign,
                                                        @RequestBody(required = false) byte[] body) {
        return answer("payIn", () -> {
            JsonNode json = authenticatedJson(merchantId, sign, body);
            PayInOrderRequest request = PayInOrderRequest.from(json, properties.minimumAmount());
            PayInOrder order = book.open(properties.merchantId(), request);
            return PayInJson.success(PayInJson.created(order));
        });
    }

    @PostMapping("/payInQuery")
    public DeferredResult<ResponseEntity<String>> payInQuery(@RequestHeader(value = "MerchantId", required = false) String merchantId,
                                                             @RequestHeader(value = "Sign", required = false) String sign,
                                                             @RequestBody(required = false) byte[] body) {
        return answer("payInQuery", () -> {
            JsonNode json = authenticatedJson(merchantId, sign, body);
            if (!json.isObject()) {
                throw new PayInRejection(400, "Param_Error: the body must be a JSON object");
            }
            PayInOrderRequest.requiredText(json, "nonceStr", 32);
            String orderNo = PayInOrderRequest.optionalText(json, "orderNo", 32);
            String mchOrderNo = PayInOrderRequest.optionalText(json, "mchOrderNo", 32);
            boolean hasOrderNo = orderNo != null && !orderNo.isBlank();
            if (!hasOrderNo && (mchOrderNo == null || mchOrderNo.isBlank())) {
                throw PayInRejection.param("orderNo", "or mchOrderNo is required");
            }
            // PayIn's own number wins when both are given, as its document recommends.
            PayInOrder order = (hasOrderNo ? book.byOrderNo(orderNo) : book.byMchOrderNo(properties.merchantId(), mchOrderNo))
                    .orElseThrow(() -> new PayInRejection(404, "Order_Not_Exist"));
            return PayInJson.success(PayInJson.queried(order));
        });
    }

    private JsonNode authenticatedJson(String merchantId, String sign, byte[] body) {
        if (merchantId == null || !properties.merchantId().equals(merchantId.trim())) {
            throw new PayInRejection(401, "MerchantId_Error");
        }
        byte[] raw = body == null ? new byte[0] : body;
        if (!PayInSign.matches(raw, properties.apiKey(), sign)) {
            throw new PayInRejection(401, "Sign_Error");
        }
        try {
            return PayInJson.read(raw);
        } catch (JacksonException e) {
            throw new PayInRejection(400, "Param_Error: the body is not valid JSON");
        }
    }

    private DeferredResult<ResponseEntity<String>> answer(String endpoint, Supplier<String> work) {
        if (faults.fire("payin", endpoint, Fault.HTTP_500).isPresent()) {
            return now(ResponseEntity.status(500).contentType(MediaType.APPLICATION_JSON)
                    .body(PayInJson.error(500, "Payin_Order_Error")));
        }
        Duration hold = Duration.ZERO;
        var latency = faults.fire("payin", endpoint, Fault.LATENCY);
        if (latency.isPresent()) {
            hold = hold.plusMillis(latency.get().latencyMillis());
        }
        var timeout = faults.fire("payin", endpoint, Fault.TIMEOUT);
        if (timeout.isPresent()) {
            long millis = timeout.get().latencyMillis();
            hold = hold.plus(millis > 0 ? Duration.ofMillis(millis) : DEFAULT_TIMEOUT_HOLD);
        }

        String json = process(work);
        ResponseEntity<String> response;
        if (faults.fire("payin", endpoint, Fault.MALFORMED_JSON).isPresent()) {
            // Cut off mid-answer, as a broken proxy or a crashed gateway would leave it.
            response = ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json.substring(0, json.length() / 2));
        } else {
            response = ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json);
        }
        if (hold.isZero()) {
            return now(response);
        }
        DeferredResult<ResponseEntity<String>> later = new DeferredResult<>(hold.plusSeconds(30).toMillis());
        scheduler.after(hold, () -> later.setResult(response));
        return later;
    }

    private static String process(Supplier<String> work) {
        try {
            return work.get();
        } catch (PayInRejection rejection) {
            return PayInJson.error(rejection.code(), rejection.msg());
        } catch (RuntimeException e) {
            log.warn("PayIn sandbox: could not process a request", e);
            return PayInJson.error(500, "Payin_Order_Error");
        }
    }

    private static DeferredResult<ResponseEntity<String>> now(ResponseEntity<String> response) {
        DeferredResult<ResponseEntity<String>> result = new DeferredResult<>();
        result.setResult(response);
        return result;
    }
}
