package id.kasir.sandbox.cashin;

import tools.jackson.databind.node.ObjectNode;

/**
 * The notify body in either reading of Cash In's document. Note the document's naming: Cash In's own
 * reference goes in {@code originalPartnerReferenceNo}, the merchant's in {@code originalReferenceNo}.
 */
final class CashInNotifyBody {

    private CashInNotifyBody() {
    }

    static String render(CashInNotice notice, CashInSandboxProperties.NotifyStyle style) {
        boolean table = style == CashInSandboxProperties.NotifyStyle.TABLE;
        ObjectNode body = GatewayAnswer.JSON.createObjectNode();
        body.put("originalPartnerReferenceNo", notice.referenceNo());
        body.put("originalReferenceNo", notice.merchantReference());
        body.put(table ? "originalExternalId" : "orgiginalExternalId", notice.externalId());
        body.put("latestTransactionStatus", notice.status());
        body.put(table ? "transactionStatusDesc" : "latestTransactionStatusDec", notice.description());
        ObjectNode amount = body.putObject("amount");
        if (table) {
            amount.put("value", notice.amount() + ".00");
        } else {
            amount.put("value", notice.amount());
        }
        amount.put("currency", "IDR");
        body.put("createdTime", SnapTimestamps.format(notice.createdTime()));
        body.put("finishedTime", SnapTimestamps.format(notice.finishedTime()));
        return GatewayAnswer.JSON.writeValueAsString(body);
    }
}
