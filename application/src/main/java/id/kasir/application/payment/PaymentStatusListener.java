package id.kasir.application.payment;

import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentStatus;

/**
 * Hears every status change of a payment, <em>inside the transaction that stores it</em>, so that
 * what it writes (the merchant-notification outbox) is stored with the change or not at all.
 * It must not call anything outside the database.
 */
public interface PaymentStatusListener {

    /**
     * @param payment the payment after the change (its {@link Payment#version()} is the one it was loaded with)
     * @param version the version the payment is stored under with this change: it grows with every stored
     *                change of the payment, so it orders the changes of one payment
     */
    void statusChanged(Payment payment, PaymentStatus from, PaymentStatus to, long version);
}
