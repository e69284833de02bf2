package id.kasir.sandbox.cashin;

import java.time.Instant;
import tools.jackson.databind.node.ObjectNode;

/** A transfer as the scriptable {@code _sandbox} API shows it. */
final class CashInTransferJson {

    private CashInTransferJson() {
    }

    static ObjectNode render(CashInTransfer transfer, Instant now, int transferRequests) {
        CashInTransfer.State state = transfer.state(now);
        ObjectNode json = GatewayAnswer.JSON.createObjectNode();
        json.put("kind", "TRANSFER");
        json.put("referenceNo", transfer.referenceNo());
        json.put("merchantReference", transfer.partnerReferenceNo());
        json.put("state", state.name());
        json.put("latestTransactionStatus", CashInTransfer.snapStatus(state));
        json.put("amount", transfer.amount());
        json.put("channel", transfer.channel());
        json.put("createdTime", SnapTimestamps.format(transfer.createdAt()));
        // How many transfer requests arrived under this partnerReferenceNo (1 for a payout sent exactly once).
        json.put("transferRequests", transferRequests);
        return json;
    }
}
