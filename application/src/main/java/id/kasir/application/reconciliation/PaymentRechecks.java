package id.kasir.application.reconciliation;

import id.kasir.domain.payment.PaymentId;
import java.time.Instant;
import java.util.List;

/**
 * The janitor's work list (port): in-flight payments whose create outcome was unknown (still PENDING)
 * or for which a notification could not be verified or confirmed (REJECTED, NOT_CONFIRMED), with how
 * often the janitor asked about them already.
 */
public interface PaymentRechecks {

    /**
     * @param since    when the doubt began: the payment's creation (PENDING) or the first doubtful notification
     * @param attempts how many times the janitor asked already
     */
    record Candidate(PaymentId paymentId, Instant since, int attempts) {
    }

    /** Candidates asked about fewer than {@code maxAttempts} times, the longest in doubt first. */
    List<Candidate> candidates(int maxAttempts, int limit);

    /** Records that the janitor asked about the payment ({@code attempts} in all, the last at {@code at}). */
    void checked(PaymentId paymentId, int attempts, Instant at);
}
