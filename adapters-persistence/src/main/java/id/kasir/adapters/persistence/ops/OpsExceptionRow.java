package id.kasir.adapters.persistence.ops;

import id.kasir.adapters.persistence.mybatis.ColumnText;
import id.kasir.domain.ops.OpsException;
import id.kasir.domain.ops.OpsExceptionType;
import java.time.Instant;

/** One row of {@code ops_exceptions}. */
class OpsExceptionRow {
    Long id;
    String type;
    String subject;
    String dedupKey;
    String description;
    Instant raisedAt;
    Instant resolvedAt;
    String resolvedBy;
    String resolution;

    static OpsExceptionRow raised(OpsExceptionType type, String subject, String dedupKey, String description,
                                  Instant at) {
        if (dedupKey.length() > 191) {
            throw new IllegalArgumentException("dedupKey is longer than 191 characters");
        }
        OpsExceptionRow row = new OpsExceptionRow();
        row.type = type.name();
        row.subject = ColumnText.fit(subject, 191);
        row.dedupKey = dedupKey;
        row.description = ColumnText.fit(description, 2048);
        row.raisedAt = at;
        return row;
    }

    OpsException toException() {
        return new OpsException(id, OpsExceptionType.valueOf(type), subject, dedupKey, description, raisedAt,
                resolvedAt, resolvedBy, resolution);
    }
}
