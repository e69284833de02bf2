package id.kasir.adapters.persistence.operator;

import id.kasir.application.operator.LoginSources;
import java.time.Instant;
import java.util.function.IntSupplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

/**
 * {@link LoginSources} in table {@code login_sources}. "Update, else insert, else (another node inserted
 * first) update" instead of a vendor's upsert, so the same SQL runs on MySQL, MariaDB and H2.
 */
@Repository
public class MyBatisLoginSources implements LoginSources {

    private final LoginSourceMapper mapper;

    MyBatisLoginSources(LoginSourceMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void failed(String username, String source, Instant at) {
        updateElseInsert(() -> mapper.addFailure(username, source, at), () -> mapper.insert(username, source, 1, at, null));
    }

    @Override
    public void succeeded(String username, String source, Instant at) {
        updateElseInsert(() -> mapper.markSuccess(username, source, at), () -> mapper.insert(username, source, 0, null, at));
    }

    private static void updateElseInsert(IntSupplier update, Runnable insert) {
        if (update.getAsInt() == 0) {
            try {
                insert.run();
            } catch (DuplicateKeyException anotherNodeWasFirst) {
                update.getAsInt();
            }
        }
    }

    @Override
    public int sourcesFailedSince(String username, Instant since) {
        return mapper.countFailingSources(username, since);
    }

    @Override
    public boolean succeededSince(String username, String source, Instant since) {
        return mapper.countSuccesses(username, source, since) > 0;
    }

    @Override
    public void forgetFailures(String username) {
        mapper.clearFailures(username);
    }

    @Override
    public int forgetOlderThan(Instant cutoff) {
        return mapper.deleteOlderThan(cutoff);
    }
}
