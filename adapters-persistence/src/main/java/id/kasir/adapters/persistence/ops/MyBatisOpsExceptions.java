package id.kasir.adapters.persistence.ops;

import id.kasir.adapters.persistence.mybatis.ColumnText;
import id.kasir.domain.ops.OpsException;
import id.kasir.domain.ops.OpsExceptionType;
import id.kasir.domain.ops.OpsExceptions;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

/**
 * The ops exceptions inbox on MyBatis. The dedup key is unique in the table, so the same problem
 * raised by two nodes at once is stored once; the second raiser gets the stored one back. The key
 * stays taken after the exception is resolved: callers put in it what makes a problem a new one.
 */
@Repository
public class MyBatisOpsExceptions implements OpsExceptions {

    private final OpsExceptionMapper mapper;

    MyBatisOpsExceptions(OpsExceptionMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Raised raise(OpsExceptionType type, String subject, String dedupKey, String description, Instant at) {
        OpsExceptionRow row = OpsExceptionRow.raised(type, subject, dedupKey, description, at);
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
    public boolean resolve(long id, String by, String resolution, Instant at) {
        return mapper.resolve(id, ColumnText.fit(by, 64), ColumnText.fit(resolution, 2048), at) == 1;
    }

    @Override
    public Optional<OpsException> byId(long id) {
        return Optional.ofNullable(mapper.byId(id)).map(OpsExceptionRow::toException);
    }

    /** Oldest first: the longest-waiting problem comes up first. */
    @Override
    public List<OpsException> open(int limit) {
        return mapper.open(limit).stream().map(OpsExceptionRow::toException).toList();
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
}
