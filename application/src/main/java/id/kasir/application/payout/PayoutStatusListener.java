package id.kasir.application.payout;

import id.kasir.domain.payout.Payout;
import id.kasir.domain.payout.PayoutStatus;

/**
 * Hears every status change of a payout, <em>inside the transaction that stores it</em>, so that what
 * it writes (the merchant-notification outbox) is stored with the change or not at all. It must not
 * call anything outside the database. {@code version} is the payout's stored version after the change
 * (it grows with every stored change), so the merchant can order the events of one payout.
 */
public interface PayoutStatusListener {
    void statusChanged(Payout payout, PayoutStatus from, PayoutStatus to, long version);
}
