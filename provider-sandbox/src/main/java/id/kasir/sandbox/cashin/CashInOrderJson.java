package id.kasir.sandbox.cashin;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** An order as the scriptable {@code _sandbox} API shows it, delivery attempts included. */
final class CashInOrderJson {

    private CashInOrderJson() {
    }

    static ObjectNode render(CashInOrder order, CashInPageLinks links) {
        ObjectNode json = GatewayAnswer.JSON.createObjectNode();
        json.put("kind", order.kind().name());
        json.put("referenceNo", order.referenceNo());
        json.put("merchantReference", order.merchantReference());
        json.put("state", order.state().name());
        json.put("checkoutStatus", order.checkoutStatus());
        json.put("latestTransactionStatus", order.snapStatus());
        json.put("amount", order.amount());
        json.put("paidAmount", order.state() == CashInOrder.State.PAID ? order.paidAmount() : null);
        json.put("paymentMethod", order.paymentMethod());
        json.put("createdTime", SnapTimestamps.format(order.createdAt()));
        json.put("expiresTime", SnapTimestamps.format(order.expiresAt()));
        json.put("paidTime", order.paidAt() == null ? null : SnapTimestamps.format(order.paidAt()));
        json.put("finishedTime", order.finishedAt() == null ? null : SnapTimestamps.format(order.finishedAt()));
        json.put("payPageUrl", links.payPage(order));
        if (order.qrContent() != null) {
            json.put("qrContent", order.qrContent());
        }
        ArrayNode deliveries = json.putArray("notifications");
        for (CashInOrder.Delivery delivery : order.deliveries()) {
            ObjectNode d = deliveries.addObject();
            d.put("at", SnapTimestamps.format(delivery.at()));
            d.put("latestTransactionStatus", delivery.latestTransactionStatus());
            d.put("attempt", delivery.attempt());
            d.put("httpStatus", delivery.httpStatus());
            d.put("error", delivery.error());
        }
        return json;
    }
}
