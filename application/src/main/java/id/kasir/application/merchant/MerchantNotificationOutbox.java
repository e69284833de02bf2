package id.kasir.application.merchant;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox of notifications for the merchant (repository port). Rows are added inside the
 * transaction that changes the payment; delivery claims them so that two nodes never send the same
 * row at the same time. Each outcome is recorded only by the holder of the claim, so a node whose
 * claim ran out cannot overwrite the node that took the row over.
 *
 * <p>Claims are short and renewed row by row ({@link #renewClaim}), so the rows of a node that died
 * are free again one claim duration after its last renewal (see {@code docs/scaling.md}).
 */
public interface MerchantNotificationOutbox {

    /** A row to add: due at once. */
    record NewNotification(String eventId, String type, String subject, String payload, Instant createdAt) {
    }

    void add(NewNotification notification);

    /**
     * Claims up to {@code limit} due rows ({@code DUE}, next attempt not after {@code now}, not claimed
     * by anyone whose claim still runs), oldest first, for {@code claimToken} until {@code claimedUntil}.
     * Rows another claimer is taking at the same moment are skipped, not waited for (SQL's
     * {@code FOR UPDATE SKIP LOCKED}): two nodes claiming at once both get a batch, and never a common row.
     *
     * @return the rows this call claimed, oldest first
     */
    List<MerchantNotification> claimDue(String claimToken, Instant now, Instant claimedUntil, int limit);

    /**
     * The claim holder extends its claim on row {@code id} to {@code claimedUntil}, just before sending it.
     *
     * @return false when {@code claimToken} no longer holds the row (its claim ran out and another node
     *         took it over, or it was settled): the row must then not be sent
     */
    boolean renewClaim(long id, String claimToken, Instant claimedUntil);

    /** The claim holder delivered it. */
    void markDelivered(long id, String claimToken, int attempts, Instant at);

    /** The claim holder failed; send again at {@code nextAttemptAt}. */
    void markRetry(long id, String claimToken, int attempts, Instant nextAttemptAt, String error);

    /** The claim holder failed for the last time. */
    void markDead(long id, String claimToken, int attempts, String error);

    /**
     * Whether a notification about {@code subject} newer than row {@code id} (added after it) has been
     * delivered.
     */
    boolean newerDelivered(String subject, long id);

    /** The claim holder will not send it: a newer event about its subject was delivered ({@code reason} for the portal). */
    void markSuperseded(long id, String claimToken, String reason);

    /**
     * Puts a delivered, dead or superseded row back to due now, with its attempts counted from zero again.
     *
     * @return false when there is no such row or it is already due
     */
    boolean resend(long id, Instant now);

    Optional<MerchantNotification> byId(long id);

    /** Newest first, optionally only one status, before a cursor id (keyset pagination). */
    List<MerchantNotification> recent(MerchantNotification.Status status, Long beforeId, int limit);

    /** Every notification about one subject (payment id), oldest first. */
    List<MerchantNotification> bySubject(String subject);
}
