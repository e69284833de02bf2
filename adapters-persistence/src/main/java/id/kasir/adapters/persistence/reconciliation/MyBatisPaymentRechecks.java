package id.kasir.adapters.persistence.reconciliation;

import id.kasir.application.reconciliation.PaymentRechecks;
import id.kasir.domain.payment.PaymentId;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Repository;

/** {@link PaymentRechecks} on MyBatis: the doubt is read from payments and notifications, attempts from payment_rechecks. */
@Repository
class MyBatisPaymentRechecks implements PaymentRechecks {

    private final ReconciliationMapper mapper;

    MyBatisPaymentRechecks(ReconciliationMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<Candidate> candidates(int maxAttempts, int limit) {
        return mapper.recheckCandidates(maxAttempts, limit).stream().map(MyBatisPaymentRechecks::candidate).toList();
    }

    @Override
    public void checked(PaymentId paymentId, int attempts, Instant at) {
        if (mapper.updateRecheck(paymentId.value(), attempts, at) == 0) {
            mapper.insertRecheck(paymentId.value(), attempts, at);
        }
    }

    private static Candidate candidate(Map<String, Object> row) {
        return new Candidate(new PaymentId(MyBatisReconciliationRuns.text(row, "paymentId")),
                utc(MyBatisReconciliationRuns.column(row, "since")),
                (int) MyBatisReconciliationRuns.number(row, "attempts"));
    }

    /** DATETIME columns hold UTC (see UtcInstantTypeHandler); a Map result brings them as local date-times. */
    private static Instant utc(Object value) {
        if (value instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof Timestamp ts) {
            return ts.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        throw new IllegalStateException("not a date-time: " + value);
    }
}
