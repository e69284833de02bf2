package id.kasir.application.testing;

import id.kasir.domain.money.Money;
import id.kasir.domain.payment.PaymentId;
import id.kasir.domain.refund.Refund;
import id.kasir.domain.refund.Refunds;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Refunds to make by hand, in memory. */
public final class InMemoryRefunds implements Refunds {

    private final List<Refund> all = new ArrayList<>();

    @Override
    public synchronized Refund open(PaymentId paymentId, long exceptionId, Money amount, String reason,
                                    String requestedBy, Instant at) {
        Refund refund = new Refund(all.size() + 1L, paymentId, exceptionId, amount, reason, requestedBy, at, null, null,
                null);
        all.add(refund);
        return refund;
    }

    @Override
    public synchronized boolean markDone(long id, String by, String note, Instant at) {
        Optional<Refund> found = byId(id);
        if (found.isEmpty() || found.get().isDone()) {
            return false;
        }
        Refund r = found.get();
        all.set((int) id - 1, new Refund(id, r.paymentId(), r.exceptionId(), r.amount(), r.reason(), r.requestedBy(),
                r.requestedAt(), by, at, note));
        return true;
    }

    @Override
    public synchronized Optional<Refund> byId(long id) {
        return id < 1 || id > all.size() ? Optional.empty() : Optional.of(all.get((int) id - 1));
    }

    @Override
    public synchronized List<Refund> byPayment(PaymentId paymentId) {
        return all.stream().filter(r -> r.paymentId().equals(paymentId)).toList();
    }

    @Override
    public synchronized List<Refund> byException(long exceptionId) {
        return all.stream().filter(r -> r.exceptionId() == exceptionId).toList();
    }

    @Override
    public synchronized List<Refund> notDone(int limit) {
        return all.stream().filter(r -> !r.isDone()).limit(limit).toList();
    }
}
