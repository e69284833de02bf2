package id.kasir.domain.ops;

import id.kasir.domain.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The ops exceptions inbox (repository port): exceptions, their workflow state and their history. */
public interface OpsExceptions {

    /**
     * Raises an exception (OPEN, no owner) unless one with the same dedup key is already recorded;
     * returns it and whether it is new. {@code reportedAmount}: what the gateway said was paid, for
     * money exceptions; null otherwise.
     */
    Raised raise(OpsExceptionType type, String subject, String dedupKey, String description, Money reportedAmount,
                 Instant at);

    /** {@link #raise(OpsExceptionType, String, String, String, Money, Instant)} without an amount. */
    default Raised raise(OpsExceptionType type, String subject, String dedupKey, String description, Instant at) {
        return raise(type, subject, dedupKey, description, null, at);
    }

    /**
     * Stores a changed exception (state, owner, resolution) if the stored one is still in
     * {@code expectedState}: false when someone changed it meanwhile, or it does not exist.
     */
    boolean save(OpsException changed, OpsExceptionState expectedState);

    /** Appends a line to an exception's history. */
    void addStep(OpsExceptionStep step);

    /** An exception's history, oldest first. */
    List<OpsExceptionStep> history(long id);

    /**
     * Marks it resolved without a history line; false if it was resolved already or does not exist.
     * Use cases resolve through {@link OpsException#resolve} and {@link #save} instead, which keep the
     * workflow's rules and history.
     */
    default boolean resolve(long id, String by, String resolution, Instant at) {
        Optional<OpsException> found = byId(id);
        if (found.isEmpty() || !found.get().isOpen()) {
            return false;
        }
        OpsException current = found.get();
        return save(current.resolve(by, resolution, at, true), current.state());
    }

    Optional<OpsException> byId(long id);

    /** Not yet resolved (OPEN or IN_PROGRESS), oldest first. */
    default List<OpsException> open(int limit) {
        return search(OpsExceptionSearch.unresolved(limit));
    }

    List<OpsException> search(OpsExceptionSearch search);

    List<OpsException> bySubject(String subject);

    /** Not yet resolved (OPEN or IN_PROGRESS). */
    long countOpen();

    /** Not yet resolved, per type; types with none are left out. */
    Map<OpsExceptionType, Long> countOpenByType();

    record Raised(OpsException exception, boolean isNew) {
    }
}
