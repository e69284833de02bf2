package id.kasir.adapters.persistence.reconciliation;

import id.kasir.adapters.persistence.mybatis.ColumnText;
import id.kasir.application.reconciliation.ReconciliationItem;
import id.kasir.domain.gateway.UnknownCause;
import id.kasir.domain.reconciliation.ReconciliationOutcome;
import java.time.Instant;

/** One row of {@code reconciliation_items}. */
class ReconciliationItemRow {
    long id;
    long runId;
    String paymentId;
    String orderId;
    String gateway;
    String outcome;
    String unknownCause;
    String detail;
    long latencyMs;
    Instant recordedAt;

    static ReconciliationItemRow of(ReconciliationItem item) {
        ReconciliationItemRow row = new ReconciliationItemRow();
        row.runId = item.runId();
        row.paymentId = item.paymentId();
        row.orderId = ColumnText.fit(item.orderId(), 64);
        row.gateway = item.gateway();
        row.outcome = item.outcome().name();
        row.unknownCause = item.cause() == null ? null : item.cause().name();
        row.detail = ColumnText.fit(item.detail(), 1024);
        row.latencyMs = item.latencyMillis();
        row.recordedAt = item.recordedAt();
        return row;
    }

    ReconciliationItem toItem() {
        return new ReconciliationItem(id, runId, paymentId, orderId, gateway, ReconciliationOutcome.valueOf(outcome),
                unknownCause == null ? null : UnknownCause.valueOf(unknownCause), detail, latencyMs, recordedAt);
    }
}
