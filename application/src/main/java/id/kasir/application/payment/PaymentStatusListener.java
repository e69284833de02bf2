package id.kasir.application.payment;

import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentStatus;

/**
 * Hears every status change of a payment, <em>inside the transaction that stores it</em>, so that
 * what it writes (the merchant-notification outbox) is stored with the change or not at all.
 * It must not call anything outside the database.
 */
public interface PaymentStatusListener {
    void statusChanged(Payment payment, PaymentStatus from, PaymentStatus to);
}
