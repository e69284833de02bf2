package id.kasir.application.payment;

import id.kasir.domain.common.Page;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentEvent;
import id.kasir.domain.payment.PaymentId;
import id.kasir.domain.payment.PaymentLookup;
import id.kasir.domain.payment.PaymentSearch;
import id.kasir.domain.payment.PaymentTotal;
import id.kasir.domain.payment.Payments;
import java.util.List;

/** Reads payments: one by id or order id, a filtered page, a timeline. */
public final class FindPayments {

    private final Payments payments;

    public FindPayments(Payments payments) {
        this.payments = payments;
    }

    public Payment byId(PaymentId id) {
        return payments.byId(id).orElseThrow(() -> new PaymentNotFoundException(id.value()));
    }

    public Payment byOrderId(String orderId) {
        return payments.byOrderId(orderId).orElseThrow(() -> new PaymentNotFoundException("for order " + orderId));
    }

    public Page<Payment> search(PaymentSearch search) {
        return payments.search(search);
    }

    /** The order ids of these payments that exist, by payment id (see {@link Payments#orderIds}). */
    public java.util.Map<PaymentId, String> orderIds(java.util.Collection<PaymentId> ids) {
        return payments.orderIds(ids);
    }

    /** Counts and amounts to pay per status of everything the search's filters match, all pages. */
    public List<PaymentTotal> totals(PaymentSearch search) {
        return payments.totals(search);
    }

    /** The payments a search-box query identifies (see {@link PaymentLookup}), newest first, at most {@code limit}. */
    public List<Payment> lookUp(PaymentLookup lookup, int limit) {
        return payments.find(lookup, limit);
    }

    public List<PaymentEvent> timeline(PaymentId id) {
        byId(id);
        return payments.timeline(id);
    }
}
