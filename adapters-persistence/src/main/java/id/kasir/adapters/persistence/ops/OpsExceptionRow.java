package id.kasir.adapters.persistence.ops;

import id.kasir.adapters.persistence.mybatis.ColumnText;
import id.kasir.domain.money.Money;
import id.kasir.domain.ops.MoneyDecision;
import id.kasir.domain.ops.OpsException;
import id.kasir.domain.ops.OpsExceptionState;
import id.kasir.domain.ops.OpsExceptionType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;

/** One row of {@code ops_exceptions}. */
class OpsExceptionRow {
    Long id;
    String type;
    String subject;
    String dedupKey;
    String description;
    Instant raisedAt;
    String state;
    String owner;
    String decision;
    BigDecimal reportedAmount;
    String reportedCurrency;
    Instant resolvedAt;
    String resolvedBy;
    String resolution;

    static OpsExceptionRow raised(OpsExceptionType type, String subject, String dedupKey, String description,
                                  Money reportedAmount, Instant at) {
        if (dedupKey.length() > 191) {
            throw new IllegalArgumentException("dedupKey is longer than 191 characters");
        }
        OpsExceptionRow row = new OpsExceptionRow();
        row.type = type.name();
        row.subject = ColumnText.fit(subject, 191);
        row.dedupKey = dedupKey;
        row.description = ColumnText.fit(description, 2048);
        row.raisedAt = at;
        row.state = OpsExceptionState.OPEN.name();
        if (reportedAmount != null) {
            row.reportedAmount = reportedAmount.amount();
            row.reportedCurrency = reportedAmount.currency().getCurrencyCode();
        }
        return row;
    }

    /** The columns {@code save} writes. */
    static OpsExceptionRow changed(OpsException e) {
        OpsExceptionRow row = new OpsExceptionRow();
        row.id = e.id();
        row.state = e.state().name();
        row.owner = ColumnText.fit(e.owner(), 64);
        row.decision = e.decision() == null ? null : e.decision().name();
        row.resolvedAt = e.resolvedAt();
        row.resolvedBy = ColumnText.fit(e.resolvedBy(), 64);
        row.resolution = ColumnText.fit(e.resolution(), 2048);
        return row;
    }

    OpsException toException() {
        Money reported = reportedAmount == null ? null : Money.of(reportedAmount, Currency.getInstance(reportedCurrency));
        return new OpsException(id, OpsExceptionType.valueOf(type), subject, dedupKey, description, raisedAt,
                OpsExceptionState.valueOf(state), owner, decision == null ? null : MoneyDecision.valueOf(decision),
                reported, resolvedAt, resolvedBy, resolution);
    }
}
