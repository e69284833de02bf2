package id.kasir.application.reconciliation;

import id.kasir.domain.gateway.UnknownCause;
import id.kasir.domain.reconciliation.ReconciliationOutcome;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of a run's report: what reconciling one payment did. A run has at most one line per
 * payment (a restarted chunk never counts a payment twice).
 *
 * @param id             the stored line's id (0 before it is stored)
 * @param cause          the typed reason for {@link ReconciliationOutcome#GATEWAY_UNKNOWN}, else null
 * @param latencyMillis  milliseconds spent asking the gateway
 */
public record ReconciliationItem(long id, long runId, String paymentId, String orderId, String gateway,
                                 ReconciliationOutcome outcome, UnknownCause cause, String detail,
                                 long latencyMillis, Instant recordedAt) {
    public ReconciliationItem {
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(recordedAt, "recordedAt");
        detail = detail == null ? "" : detail.length() > 1000 ? detail.substring(0, 1000) : detail;
    }
}
