package id.kasir.domain.payment;

import id.kasir.domain.common.Page;
import id.kasir.domain.common.StaleAggregateException;
import id.kasir.domain.gateway.GatewayId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where payments are kept (repository port). Saving a payment also stores its new timeline events. */
public interface Payments {

    /** Stores a new payment; throws {@link DuplicateOrderIdException} if the order id is taken. */
    void add(Payment payment);

    /**
     * Stores the changes of a loaded payment if nobody else changed it since it was read, under the
     * next version ({@code payment.version() + 1}): versions grow by one with every stored change.
     *
     * @throws StaleAggregateException when its version moved on: re-read and re-judge
     */
    void update(Payment payment);

    Optional<Payment> byId(PaymentId id);

    Optional<Payment> byOrderId(String orderId);

    /** By the reference we sent the gateway, or failing that the gateway's own reference. */
    Optional<Payment> byAnyReference(GatewayId gateway, String reference);

    List<PaymentEvent> timeline(PaymentId id);

    Page<Payment> search(PaymentSearch search);

    /**
     * Every payment the typed text identifies ({@link PaymentLookup#matches}), newest first, at most {@code limit}
     * (1 to {@link PaymentSearch#MAX_LIMIT}); the portal's search box.
     */
    List<Payment> find(PaymentLookup lookup, int limit);

    /**
     * The most payments {@link #totals} adds up: the newest of a filter's matches, i.e. the list's first 10,000 rows.
     * Rule (issue 17, lists at 1,000,000 payments): a page view must not add up every payment there is (a second
     * and more at a million rows); a filter that matches more shows "10,000+" and the totals of those newest ones.
     */
    int TOTALS_WINDOW = 10_000;

    /**
     * Counts and amounts to pay of the payments the search's filters match (its cursor and limit are ignored), one
     * line per status and currency, in status order: all of them up to {@link #TOTALS_WINDOW}; when more match,
     * those of the newest {@code TOTALS_WINDOW} (newest first by creation time, then id, like {@link #search}), so
     * counts adding up to exactly {@code TOTALS_WINDOW} mean "at least that many".
     */
    List<PaymentTotal> totals(PaymentSearch search);

    /**
     * The order id of each of these payments that exists (unknown ids are left out): for pages that name payments by
     * id (exceptions, merchant notifications, audit) to show the order id ops know. At most 500 ids per call.
     */
    Map<PaymentId, String> orderIds(Collection<PaymentId> ids);

    /** In-flight payments whose expiry has passed, oldest first. */
    List<Payment> overdue(Instant now, int limit);

    /** In-flight payments created before {@code createdBefore}, for reconciliation, after a cursor id. */
    List<Payment> inFlight(Instant createdBefore, String afterId, int limit);

    /** The order id is already used by another payment. */
    class DuplicateOrderIdException extends RuntimeException {
        public DuplicateOrderIdException(String orderId) {
            super("Order id already used: " + orderId);
        }
    }
}
