package id.kasir.application.testing;

import id.kasir.application.operator.PaymentTotals;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.money.Money;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentSearch;
import id.kasir.domain.payment.PaymentStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The dashboard's totals, counted from the in-memory payments (at most 500 of them: a test's worth). */
public final class InMemoryPaymentTotals implements PaymentTotals {

    private final InMemoryPayments payments;

    public InMemoryPaymentTotals(InMemoryPayments payments) {
        this.payments = payments;
    }

    @Override
    public List<Group> byGatewayAndStatus(Instant from, Instant to) {
        record Key(GatewayId gateway, PaymentStatus status) {
        }
        Map<Key, Group> groups = new LinkedHashMap<>();
        for (Payment p : payments.search(PaymentSearch.all(PaymentSearch.MAX_LIMIT)).items()) {
            if (p.createdAt().isBefore(from) || !p.createdAt().isBefore(to)) {
                continue;
            }
            Money amount = p.status() == PaymentStatus.PAID ? p.paidAmount().orElse(p.amountToPay()) : p.amount();
            groups.merge(new Key(p.gateway(), p.status()), new Group(p.gateway(), p.status(), 1, amount),
                    (a, b) -> new Group(a.gateway(), a.status(), a.count() + b.count(), a.amount().plus(b.amount())));
        }
        return new ArrayList<>(groups.values());
    }
}
