package id.kasir.domain.refund;

import id.kasir.domain.money.Money;
import id.kasir.domain.payment.PaymentId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Refunds to make by hand (repository port). */
public interface Refunds {

    /** Opens a refund; returns it with its id. */
    Refund open(PaymentId paymentId, long exceptionId, Money amount, String reason, String requestedBy, Instant at);

    /** Records it done; false if it does not exist or was recorded done already (two clicks: one wins). */
    boolean markDone(long id, String by, String note, Instant at);

    Optional<Refund> byId(long id);

    /** Oldest first. */
    List<Refund> byPayment(PaymentId paymentId);

    /** Oldest first. */
    List<Refund> byException(long exceptionId);

    /** Not yet done, oldest first. */
    List<Refund> notDone(int limit);
}
