package id.kasir.application.payment;

import id.kasir.application.gateway.PaymentRequestRejected;
import id.kasir.domain.common.Actor;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.Payments;
import id.kasir.domain.reconciliation.ReconciliationOutcome;
import java.time.Clock;

/**
 * Expires in-flight payments whose expiry has passed by Kasir's clock, but only after asking the gateway
 * (issue 13: the clock never closes a payment the gateway says is paid). Each overdue payment goes
 * through {@link ReconcilePayment}: paid at the gateway, it becomes PAID and is never announced as
 * expired; the gateway answering without "paid", it becomes EXPIRED; the gateway unreachable or its
 * answer unknown, it stays as it is for the janitor ({@code RecheckPayments}) and the nightly run.
 */
public final class ExpireOverduePayments {

    private final Payments payments;
    private final ReconcilePayment reconcile;
    private final Clock clock;

    public ExpireOverduePayments(Payments payments, ReconcilePayment reconcile, Clock clock) {
        this.payments = payments;
        this.reconcile = reconcile;
        this.clock = clock;
    }

    /**
     * Looks at up to {@code limit} overdue payments, oldest first.
     *
     * @return how many of them it expired (those the gateway reported paid or could not answer about are not counted)
     */
    public int expireOverdue(int limit) {
        int expired = 0;
        for (Payment overdue : payments.overdue(clock.instant(), limit)) {
            try {
                if (reconcile.reconcile(overdue.id(), Actor.clock()).outcome() == ReconciliationOutcome.EXPIRED) {
                    expired++;
                }
            } catch (PaymentNotFoundException gone) {
                // deleted between the query and now: nothing to expire
            } catch (PaymentRequestRejected gatewayNotEnabled) {
                // its gateway is no longer enabled, so it cannot be asked: never expired blind (the nightly
                // run reports it as a gateway error for ops); the other overdue payments go on
            }
        }
        return expired;
    }
}
