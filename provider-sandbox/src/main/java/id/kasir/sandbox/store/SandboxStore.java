package id.kasir.sandbox.store;

import java.time.Instant;
import java.util.List;

/**
 * Where the simulated gateways keep their orders (and Cash In its transfers) so that a restart of the
 * process does not lose them: each one as a whole record, written again after every change and read
 * back once at start. The sandbox keeps working from memory; this is only its copy on disk.
 *
 * <p>{@code book} names the kind of record ({@code cashin}, {@code cashin-transfer}, {@code cashi},
 * {@code payin}); {@code reference} is the gateway's own reference of it, unique within the book.
 */
public interface SandboxStore {

    /** Keeps nothing: the sandbox run on its own, without a database, or in unit tests. */
    SandboxStore MEMORY_ONLY = new SandboxStore() {
        @Override
        public void save(String book, String reference, Instant createdAt, Object record) {
        }

        @Override
        public <T> List<T> load(String book, Class<T> type) {
            return List.of();
        }
    };

    /** Writes (or overwrites) one record; a failure is logged, never thrown at the gateway's caller. */
    void save(String book, String reference, Instant createdAt, Object record);

    /** Every record of the book, oldest first; records that no longer read as {@code type} are skipped and logged. */
    <T> List<T> load(String book, Class<T> type);
}
