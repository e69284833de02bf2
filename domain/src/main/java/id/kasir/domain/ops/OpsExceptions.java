package id.kasir.domain.ops;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The ops exceptions inbox (repository port). */
public interface OpsExceptions {

    /**
     * Raises an exception unless one with the same dedup key is already recorded; returns it and
     * whether it is new.
     */
    Raised raise(OpsExceptionType type, String subject, String dedupKey, String description, Instant at);

    /** Marks it resolved; false if it was resolved already or does not exist. */
    boolean resolve(long id, String by, String resolution, Instant at);

    Optional<OpsException> byId(long id);

    List<OpsException> open(int limit);

    List<OpsException> bySubject(String subject);

    long countOpen();

    record Raised(OpsException exception, boolean isNew) {
    }
}
