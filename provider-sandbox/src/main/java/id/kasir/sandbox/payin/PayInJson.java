package id.kasir.sandbox.payin;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * PayIn's JSON as it writes it: the {@code {msg, code, data}} envelope, the create / query / callback
 * bodies with the document's field order and number forms (amounts as strings in answers,
 * {@code 20000.00} and {@code 2500.0000} numbers in callbacks), and the sandbox's own order view.
 */
final class PayInJson {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final DateTimeFormatter COMPLETION_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(JAKARTA);

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private PayInJson() {
    }

    static JsonNode read(byte[] body) {
        return MAPPER.readTree(body);
    }

    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    static String success(Map<String, Object> data) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("msg", "SUCCESS");
        envelope.put("code", 200);
        envelope.put("data", data);
        return write(envelope);
    }

    static String error(int code, String msg) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("msg", msg);
        envelope.put("code", code);
        envelope.put("data", null);
        return write(envelope);
    }

    static Map<String, Object> created(PayInOrder order) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("merchantId", order.merchantId());
        data.put("mchOrderNo", order.mchOrderNo());
        data.put("orderNo", order.orderNo());
        data.put("payCode", order.payCode());
        data.put("payUrl", order.payUrl());
        data.put("payDeskUrl", order.payDeskUrl());
        data.put("amount", order.amount().toPlainString());
        data.put("orderFee", order.fee().toPlainString());
        return data;
    }

    static Map<String, Object> queried(PayInOrder order) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("merchantId", order.merchantId());
        data.put("mchOrderNo", order.mchOrderNo());
        data.put("orderNo", order.orderNo());
        data.put("channelOrderNo", order.channelOrderNo());
        data.put("payType", String.valueOf(order.payType().code()));
        data.put("payCode", order.payCode());
        data.put("payUrl", order.payUrl());
        data.put("payDeskUrl", order.payDeskUrl());
        data.put("amount", order.reportedAmount().toPlainString());
        data.put("fee", order.fee().toPlainString());
        data.put("orderStatus", order.status().name());
        data.put("completionTime", completionTime(order.completedAt()));
        data.put("nonceStr", null);
        return data;
    }

    /** A callback body; {@code status} may differ from the order's (the OUT_OF_ORDER_NOTIFICATION fault). */
    static byte[] callback(PayInOrder order, PayInOrderStatus status, BigDecimal amount, String nonceStr) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("amount", amount.setScale(2, RoundingMode.UNNECESSARY));
        body.put("completionTime", completionTime(order.completedAt()));
        body.put("fee", order.fee().setScale(4, RoundingMode.UNNECESSARY));
        body.put("mchOrderNo", order.mchOrderNo());
        body.put("merchantId", order.merchantId());
        body.put("nonceStr", nonceStr);
        body.put("orderNo", order.orderNo());
        body.put("orderStatus", status.name());
        body.put("payCode", order.payCode());
        body.put("payType", String.valueOf(order.payType().code()));
        body.put("payUrl", order.payUrl());
        return MAPPER.writeValueAsBytes(body);
    }

    /** The sandbox's view of an order (the {@code _sandbox} endpoints): what PayIn reports plus its inner state. */
    static Map<String, Object> sandboxView(PayInOrder order, Instant now) {
        Map<String, Object> view = queried(order);
        view.remove("nonceStr");
        view.put("payTypeName", order.payType().label());
        view.put("payCodeShape", order.payCodeShape() == null ? null : order.payCodeShape().id());
        view.put("qrisPayload", order.qrisPayload());
        view.put("orderedAmount", order.amount().toPlainString());
        view.put("notifyUrl", order.notifyUrl());
        view.put("createdAt", order.createdAt().toString());
        view.put("expiresAt", order.expiresAt().toString());
        view.put("expired", order.isExpired(now));
        List<Map<String, Object>> attempts = order.callbackAttempts().stream().map(PayInJson::attempt).toList();
        view.put("callbacks", attempts);
        return view;
    }

    static String completionTime(Instant at) {
        return at == null ? null : COMPLETION_TIME.format(at);
    }

    private static Map<String, Object> attempt(PayInCallbackAttempt attempt) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("callback", attempt.callback());
        view.put("orderStatus", attempt.orderStatus());
        view.put("attempt", attempt.attempt());
        view.put("at", attempt.at().toString());
        view.put("httpStatus", attempt.httpStatus());
        view.put("error", attempt.error());
        view.put("delivered", attempt.delivered());
        return view;
    }
}
