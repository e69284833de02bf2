package id.kasir.domain.payout;

import id.kasir.domain.common.Page;
import id.kasir.domain.common.StaleAggregateException;
import id.kasir.domain.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** Where payouts are kept (repository port). Saving a payout also stores its new timeline events. */
public interface Payouts {

    /**
     * Stores a new payout.
     *
     * @throws DuplicatePayoutException when its reference, partnerReferenceNo or Idempotency-Key is taken
     */
    void add(Payout payout);

    /**
     * Stores the changes of a loaded payout if nobody else changed it since it was read.
     *
     * @throws StaleAggregateException when its version moved on: re-read and re-judge
     */
    void update(Payout payout);

    Optional<Payout> byId(PayoutId id);

    /** By the requester's own reference (compared exactly). */
    Optional<Payout> byReference(String reference);

    /** By the SHA-256 of the merchant's Idempotency-Key it was requested with. */
    Optional<Payout> byIdempotencyKeyHash(String keyHash);

    List<PayoutEvent> timeline(PayoutId id);

    /** Newest first, keyset-paginated. */
    Page<Payout> search(PayoutSearch search);

    /** Count and amount per status of everything the search's filters match (its cursor and limit aside). */
    List<PayoutTotal> totals(PayoutSearch filters);

    /**
     * What counts against the daily limit of {@code sendDay}: the amounts of payouts first sent that day
     * that are {@code PROCESSING} or {@code SUCCEEDED} (money that left or may have left).
     */
    Money sentOn(LocalDate sendDay, Currency currency);

    /**
     * {@link #sentOn}, read while holding the one lock every sender takes until its transaction ends, so
     * two payouts approved at once cannot both pass the daily limit. Call it inside a transaction.
     */
    Money sentOnHoldingTheSendLock(LocalDate sendDay, Currency currency);

    /**
     * {@code PROCESSING} payouts first sent before {@code sentBefore}, by id after {@code afterId} (keyset,
     * null for the first page): what reconciliation re-queries.
     */
    List<Payout> processingSentBefore(Instant sentBefore, String afterId, int limit);

    /** {@code PROCESSING} payouts whose next status check is due at {@code now}, the most overdue first. */
    List<Payout> dueForStatusCheck(Instant now, int limit);

    /** {@code APPROVED} payouts not sent although approved before {@code approvedBefore} (a crash in between). */
    List<Payout> approvedUnsent(Instant approvedBefore, int limit);

    /** A unique key of payouts is taken; {@link #field()} says which. */
    class DuplicatePayoutException extends RuntimeException {

        public enum Field { REFERENCE, PARTNER_REFERENCE_NO, IDEMPOTENCY_KEY }

        private final Field field;

        public DuplicatePayoutException(Field field, String message) {
            super(message);
            this.field = field;
        }

        public Field field() {
            return field;
        }
    }
}
