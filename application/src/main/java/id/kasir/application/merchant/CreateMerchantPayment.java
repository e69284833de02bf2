package id.kasir.application.merchant;

import id.kasir.application.payment.CreatePayment;
import id.kasir.domain.audit.AuditEntry;
import id.kasir.domain.audit.AuditTrail;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.Payments;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Creates a payment for the merchant's system, idempotently. Asking again for the same order with the
 * same material fields answers the payment made the first time (and never calls the gateway again);
 * asking with different fields is refused, naming them. An {@code Idempotency-Key} is honoured the
 * same way, per API key: the key remembers the request it first came with and the payment that request
 * made, and another API key's Idempotency-Key of the same text is another key.
 *
 * <p>A payment this call made is on the timeline and in the audit under the API key's owner name and
 * visible prefix ({@link ApiCaller#actor()}), with the caller's address in the audit.
 *
 * <p>Races are settled by the store, not a JVM lock: the order id and the idempotency key are unique
 * there, and {@link CreatePayment} answers the existing payment when it loses the race on the order id.
 */
public final class CreateMerchantPayment {

    /** What the merchant gets: the payment, and whether this request made it. */
    public record Outcome(Payment payment, boolean created) {
    }

    private final CreatePayment createPayment;
    private final Payments payments;
    private final IdempotencyKeys idempotencyKeys;
    private final AuditTrail audit;
    private final Clock clock;

    public CreateMerchantPayment(CreatePayment createPayment, Payments payments, IdempotencyKeys idempotencyKeys,
                                 AuditTrail audit, Clock clock) {
        this.createPayment = createPayment;
        this.payments = payments;
        this.idempotencyKeys = idempotencyKeys;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @throws IdempotencyConflict when the order id or key was used for a different request
     * @throws id.kasir.application.gateway.PaymentRequestRejected when no enabled gateway can take it
     */
    public Outcome create(MerchantPaymentRequest request, ApiCaller caller) {
        Outcome outcome = createIdempotently(request, caller);
        if (outcome.created()) {
            Payment p = outcome.payment();
            audit.record(new AuditEntry(caller.actor(), "payment.create", p.id().value(), "Order " + p.orderId() + ": "
                    + p.amount() + " at " + p.gateway() + " by " + p.method() + ", with API key '" + caller.keyName()
                    + "' (" + caller.keyPrefix() + "…)", caller.sourceAddress(), clock.instant()));
        }
        return outcome;
    }

    private Outcome createIdempotently(MerchantPaymentRequest request, ApiCaller caller) {
        String key = request.idempotencyKey();
        if (key == null) {
            return createByOrderId(request, caller);
        }
        long owner = caller.keyId();
        String fingerprint = request.fingerprint();
        Optional<IdempotencyKeys.Stored> stored = idempotencyKeys.claim(owner, key, fingerprint, clock.instant());
        if (stored.isPresent()) {
            Optional<Outcome> answered = answerFromKey(stored.get(), request, fingerprint);
            if (answered.isPresent()) {
                return answered.get();
            }
            // Same request whose first attempt has not recorded its payment (still running, or it
            // crashed): the order id settles it.
            Outcome outcome = createByOrderId(request, caller);
            idempotencyKeys.attach(owner, key, outcome.payment().id());
            return outcome;
        }
        Outcome outcome;
        try {
            outcome = createByOrderId(request, caller);
        } catch (RuntimeException refused) {
            idempotencyKeys.release(owner, key, fingerprint);
            throw refused;
        }
        idempotencyKeys.attach(owner, key, outcome.payment().id());
        return outcome;
    }

    private Optional<Outcome> answerFromKey(IdempotencyKeys.Stored stored, MerchantPaymentRequest request,
                                            String fingerprint) {
        if (stored.paymentId() != null) {
            Payment first = payments.byId(stored.paymentId()).orElseThrow(() -> new IllegalStateException(
                    "Idempotency key points at missing payment " + stored.paymentId()));
            List<String> differ = MaterialFields.differences(request, first, true);
            if (!differ.isEmpty()) {
                throw conflict("This Idempotency-Key was first used for a different request", differ);
            }
            return Optional.of(new Outcome(first, false));
        }
        if (!stored.fingerprint().equals(fingerprint)) {
            throw new IdempotencyConflict("This Idempotency-Key is being used by a different request that is "
                    + "still in progress; use a new key for a new request", List.of());
        }
        return Optional.empty();
    }

    private Outcome createByOrderId(MerchantPaymentRequest request, ApiCaller caller) {
        Optional<Payment> existing = payments.byOrderId(request.orderId());
        if (existing.isPresent()) {
            return sameOrConflict(request, existing.get());
        }
        CreatePayment.Result result = createPayment.create(request.toNewPayment(clock.instant()), caller.actor());
        if (!result.created()) {
            // Another request for this order id won the race: it is the payment if it asked the same.
            return sameOrConflict(request, result.payment());
        }
        return new Outcome(result.payment(), true);
    }

    private static Outcome sameOrConflict(MerchantPaymentRequest request, Payment existing) {
        List<String> differ = MaterialFields.differences(request, existing, false);
        if (!differ.isEmpty()) {
            throw conflict("Order " + request.orderId() + " already has a payment that was asked with different "
                    + "values", differ);
        }
        return new Outcome(existing, false);
    }

    private static IdempotencyConflict conflict(String message, List<String> differ) {
        return new IdempotencyConflict(message + ": " + String.join(", ", differ), differ);
    }
}
