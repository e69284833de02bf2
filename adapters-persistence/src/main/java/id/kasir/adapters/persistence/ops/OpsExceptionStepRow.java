package id.kasir.adapters.persistence.ops;

import id.kasir.adapters.persistence.mybatis.ColumnText;
import id.kasir.domain.ops.OpsExceptionAction;
import id.kasir.domain.ops.OpsExceptionStep;
import java.time.Instant;

/** One row of {@code ops_exception_history}. */
class OpsExceptionStepRow {
    Long id;
    long exceptionId;
    String action;
    String actor;
    String note;
    Instant occurredAt;

    static OpsExceptionStepRow of(OpsExceptionStep step) {
        OpsExceptionStepRow row = new OpsExceptionStepRow();
        row.exceptionId = step.exceptionId();
        row.action = step.action().name();
        row.actor = ColumnText.fit(step.actor(), 64);
        row.note = ColumnText.fit(step.note(), 2048);
        row.occurredAt = step.at();
        return row;
    }

    OpsExceptionStep toStep() {
        return new OpsExceptionStep(exceptionId, OpsExceptionAction.valueOf(action), actor, note, occurredAt);
    }
}
