package id.kasir.application.port;

import id.kasir.domain.payment.PaymentId;

/** Makes new ids: Kasir's own payment ids, and the short references we send gateways. */
public interface IdGenerator {

    PaymentId newPaymentId();

    /**
     * A reference unique across all payments, short enough for every gateway (Cash In's status API
     * takes 20 characters), made of {@code [0-9A-Z]} only.
     */
    String newReference();

    /** An opaque unique token (e.g. to keep rejected notifications apart in the inbox). */
    String newToken();
}
