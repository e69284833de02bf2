package id.kasir.application.payment;

import id.kasir.application.port.TransactionRunner;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.Payments;
import java.time.Clock;
import java.time.Instant;

/**
 * Expires in-flight payments whose expiry has passed, by our clock. An expired payment may still
 * become PAID if the gateway later reports the money (flagged for ops), so expiring is safe even
 * when a gateway is slow to tell us.
 */
public final class ExpireOverduePayments {

    private final Payments payments;
    private final PaymentWriter writer;
    private final RetryOnStale retry;
    private final Clock clock;

    public ExpireOverduePayments(Payments payments, PaymentWriter writer, TransactionRunner transactions, Clock clock) {
        this.payments = payments;
        this.writer = writer;
        this.retry = new RetryOnStale(transactions);
        this.clock = clock;
    }

    /** Expires up to {@code limit} overdue payments; returns how many it expired. */
    public int expireOverdue(int limit) {
        Instant now = clock.instant();
        int expired = 0;
        for (Payment overdue : payments.overdue(now, limit)) {
            boolean changed = retry.run(() -> {
                Payment payment = payments.byId(overdue.id()).orElseThrow();
                boolean moved = payment.expireIfOverdue(clock.instant());
                writer.update(payment);
                return moved;
            });
            if (changed) {
                expired++;
            }
        }
        return expired;
    }
}
