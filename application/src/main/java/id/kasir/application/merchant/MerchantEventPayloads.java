package id.kasir.application.merchant;

import id.kasir.domain.payment.Payment;
import id.kasir.domain.payout.Payout;

/**
 * Renders an event as the body the merchant receives (port). The adapter that owns the merchant-facing
 * JSON implements it, so that an event's {@code data} is exactly what the API answers for the same
 * subject at the same version: one shape, one serialiser. Called inside the transaction of the change;
 * must not call anything outside the process.
 */
public interface MerchantEventPayloads {

    /** The JSON body of a {@code payment.*} event. */
    String paymentEvent(MerchantEvent<Payment> event);

    /** The JSON body of a {@code payout.*} event. */
    String payoutEvent(MerchantEvent<Payout> event);
}
