package id.kasir.batch.reconciliation;

import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.Payments;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads payments in PENDING, OPEN or PAYING created before the run's cut-off ({@code min-age} before
 * it started), by id, one page at a time ({@link Payments#inFlight}: keyset paging, never all in memory).
 * The cut-off and the last id handed on are kept in the step's execution context, so a restarted run
 * reads on from its last committed chunk with the same cut-off.
 */
final class InFlightPaymentReader implements ItemStreamReader<InFlightPayment> {

    static final String CUTOFF = "reconciliation.cutoff";
    static final String LAST_ID = "reconciliation.lastId";

    private final Payments payments;
    private final Duration minAge;
    private final int pageSize;
    private final Clock clock;
    private final Deque<InFlightPayment> page = new ArrayDeque<>();
    private Instant cutoff;
    private String lastFetchedId;
    private String lastHandedOnId;
    private boolean exhausted;

    InFlightPaymentReader(Payments payments, Duration minAge, int pageSize, Clock clock) {
        this.payments = payments;
        this.minAge = minAge;
        this.pageSize = pageSize;
        this.clock = clock;
    }

    @Override
    public void open(ExecutionContext context) {
        page.clear();
        exhausted = false;
        cutoff = context.containsKey(CUTOFF) ? Instant.parse(context.getString(CUTOFF)) : clock.instant().minus(minAge);
        lastHandedOnId = context.containsKey(LAST_ID) ? context.getString(LAST_ID) : null;
        lastFetchedId = lastHandedOnId;
    }

    @Override
    public InFlightPayment read() {
        if (page.isEmpty() && !exhausted) {
            var next = payments.inFlight(cutoff, lastFetchedId, pageSize);
            for (Payment p : next) {
                page.add(new InFlightPayment(p.id(), p.gateway().value(), p.orderId()));
                lastFetchedId = p.id().value();
            }
            exhausted = next.size() < pageSize;
        }
        InFlightPayment item = page.poll();
        if (item != null) {
            lastHandedOnId = item.id().value();
        }
        return item;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putString(CUTOFF, cutoff.toString());
        if (lastHandedOnId != null) {
            context.putString(LAST_ID, lastHandedOnId);
        }
    }

    @Override
    public void close() {
        page.clear();
    }
}
