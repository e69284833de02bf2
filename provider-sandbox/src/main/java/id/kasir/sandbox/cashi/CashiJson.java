package id.kasir.sandbox.cashi;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/** Cashi's JSON answers, written by one private mapper so every body is exactly what the sandbox chose. */
final class CashiJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CashiJson() {
    }

    static JsonMapper mapper() {
        return JSON;
    }

    static ResponseEntity<String> ok(Map<String, Object> body) {
        return answer(200, body);
    }

    static ResponseEntity<String> error(int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", false);
        body.put("message", message);
        return answer(status, body);
    }

    static ResponseEntity<String> answer(int status, Map<String, Object> body) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(JSON.writeValueAsString(body));
    }

    /** check-status's answer. */
    static Map<String, Object> status(CashiOrderView order) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", true);
        body.put("status", order.status().name());
        body.put("amount", order.reportedAmount());
        body.put("order_id", order.orderId());
        if (order.providerTxId() != null) {
            body.put("provider_tx_id", order.providerTxId());
        }
        return body;
    }

    /** The whole order, for the {@code _sandbox} endpoints. */
    static Map<String, Object> order(CashiOrderView order) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("order_id", order.orderId());
        body.put("status", order.status().name());
        body.put("requested_amount", order.requestedAmount());
        body.put("unique_code", order.uniqueCode());
        body.put("amount", order.amountToPay());
        body.put("paid_amount", order.paidAmount());
        body.put("provider_tx_id", order.providerTxId());
        body.put("created_at", time(order.createdAt()));
        body.put("expires_at", time(order.expiresAt()));
        body.put("settled_at", time(order.settledAt()));
        body.put("closed_at", time(order.closedAt()));
        body.put("checkout_url", order.checkoutUrl());
        body.put("qrContent", order.qrContent());
        List<Map<String, Object>> notifications = new ArrayList<>();
        for (CashiNotificationAttempt attempt : order.notifications()) {
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("at", time(attempt.at()));
            n.put("data_status", attempt.dataStatus());
            n.put("attempt", attempt.attempt());
            n.put("http_status", attempt.httpStatus());
            n.put("error", attempt.error());
            n.put("bad_signature", attempt.badSignature());
            notifications.add(n);
        }
        body.put("notifications", notifications);
        return body;
    }

    static String time(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
