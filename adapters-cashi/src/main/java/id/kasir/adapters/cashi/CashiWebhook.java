package id.kasir.adapters.cashi;

import id.kasir.domain.money.Money;
import id.kasir.domain.money.ReportedAmount;
import id.kasir.domain.payment.GatewayReport;
import id.kasir.domain.payment.PaymentStatus;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A Cashi webhook as read from its body: {@code {event, data: {order_id, status, amount, …}}}.
 * An order id starting {@code TEST-} is the merchant dashboard's connection test.
 */
record CashiWebhook(String event, String orderId, String status, ReportedAmount amount, String providerTxId) {

    static final String PAYMENT_SETTLED = "PAYMENT_SETTLED";
    private static final String TEST_PREFIX = "TEST-";

    /** Empty when the body is not a webhook we can read (not JSON, no {@code data.order_id}). */
    static Optional<CashiWebhook> read(String body) {
        Optional<JsonNode> root = CashiJson.parseObject(body);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        JsonNode data = root.get().get("data");
        if (data == null || !data.isObject()) {
            return Optional.empty();
        }
        Optional<String> orderId = CashiJson.text(data, "order_id");
        if (orderId.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CashiWebhook(
                CashiJson.text(root.get(), "event").orElse(""),
                orderId.get(),
                CashiJson.text(data, "status").orElse(null),
                CashiJson.reported(data, "amount"),
                CashiJson.text(data, "provider_tx_id").orElse(null)));
    }

    boolean isConnectionTest() {
        return orderId.startsWith(TEST_PREFIX);
    }

    /**
     * What the webhook says, in Kasir's terms; empty when its status word is unknown. A PAYMENT_SETTLED
     * without a status is taken as SETTLED, as the event's name says.
     */
    Optional<GatewayReport> report() {
        String word = status != null ? status : PAYMENT_SETTLED.equals(event) ? "SETTLED" : null;
        return CashiStatusWords.toStatus(word).map(s -> new GatewayReport(s, amount, null, providerTxId, word,
                GatewayReport.Source.NOTIFICATION));
    }

    /** Identifies "the same webhook" when Cashi retries: it has no notification id of its own. */
    String dedupKey() {
        return "cashi:" + event + ":" + orderId + ":" + status + ":" + amount.asMoney().map(Money::toPlainString).orElseGet(amount::describe);
    }

    boolean claimsPaid() {
        return report().map(r -> r.status() == PaymentStatus.PAID).orElse(false);
    }
}
