package id.kasir.adapters.persistence.ops;

import id.kasir.domain.money.Money;
import id.kasir.domain.ops.OpsException;
import id.kasir.domain.ops.OpsExceptionSearch;
import id.kasir.domain.ops.OpsExceptionState;
import id.kasir.domain.ops.OpsExceptionStep;
import id.kasir.domain.ops.OpsExceptionType;
import id.kasir.domain.ops.OpsExceptions;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

/**
 * The ops exceptions inbox on MyBatis. The dedup key is unique in the table, so the same problem
 * raised by two nodes at once is stored once; the second raiser gets the stored one back. The key
 * stays taken after the exception is resolved: callers put in it what makes a problem a new one.
 * Changes are compare-and-set on the state, so two people acting at once cannot both win.
 */
@Repository
public class MyBatisOpsExceptions implements OpsExceptions {

    private final OpsExceptionMapper mapper;

    MyBatisOpsExceptions(OpsExceptionMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Raised raise(OpsExceptionType type, String subject, String dedupKey, String description,
                       Money reportedAmount, Instant at) {
        OpsExceptionRow row = OpsExceptionRow.raised(type, subject, dedupKey, description, reportedAmount, at);
        try {
            mapper.insert(row);
            return new Raised(row.toException(), true);
        } catch (DuplicateKeyException e) {
            OpsExceptionRow existing = mapper.byDedupKey(dedupKey);
            if (existing == null) {
                throw e;
            }
            return new Raised(existing.toException(), false);
        }
    }

    @Override
    public boolean save(OpsException changed, OpsExceptionState expectedState) {
        return mapper.save(OpsExceptionRow.changed(changed), expectedState.name()) == 1;
    }

    @Override
    public void addStep(OpsExceptionStep step) {
        mapper.insertStep(OpsExceptionStepRow.of(step));
    }

    @Override
    public List<OpsExceptionStep> history(long id) {
        return mapper.history(id).stream().map(OpsExceptionStepRow::toStep).toList();
    }

    @Override
    public Optional<OpsException> byId(long id) {
        return Optional.ofNullable(mapper.byId(id)).map(OpsExceptionRow::toException);
    }

    /** Oldest first: the longest-waiting problem comes up first. */
    @Override
    public List<OpsException> search(OpsExceptionSearch s) {
        return mapper.search(s.type() == null ? null : s.type().name(),
                        s.states().stream().map(Enum::name).sorted().toList(),
                        s.gateway() == null ? null : s.gateway().value(), s.raisedBefore(), s.owner(), s.limit())
                .stream().map(OpsExceptionRow::toException).toList();
    }

    /** In the order they were raised. */
    @Override
    public List<OpsException> bySubject(String subject) {
        return mapper.bySubject(subject).stream().map(OpsExceptionRow::toException).toList();
    }

    @Override
    public long countOpen() {
        return mapper.countOpen();
    }

    @Override
    public Map<OpsExceptionType, Long> countOpenByType() {
        Map<OpsExceptionType, Long> counts = new EnumMap<>(OpsExceptionType.class);
        for (TypeCountRow row : mapper.countOpenByType()) {
            counts.put(OpsExceptionType.valueOf(row.type), row.count);
        }
        return counts;
    }
}
