package id.kasir.adapters.cashin;

import id.kasir.application.notification.GuardAgainstReplays;
import id.kasir.application.notification.NotificationMessageIds.MessageId;
import java.time.OffsetDateTime;
import java.util.function.Supplier;

/**
 * Cash In's notifications as the application's {@link GuardAgainstReplays} judges them, in the database
 * and so on every node: the message id is SNAP's {@code X-EXTERNAL-ID}, unique per {@code X-PARTNER-ID} per
 * day — the day of the notification's own {@code X-TIMESTAMP}, which its signature covers, so a replay after
 * midnight is still the same day's id. The content is what the signature covers apart from the path:
 * {@code <sha256 of the minified body>:<X-TIMESTAMP>}. The endpoint calls this after the signature and the
 * timestamp checked out.
 */
final class CashInReplayGuard {

    private final Supplier<GuardAgainstReplays> guard;

    /** @param guard looked up per notification, so the endpoint does not depend on the order beans are made in */
    CashInReplayGuard(Supplier<GuardAgainstReplays> guard) {
        this.guard = guard;
    }

    /**
     * @param partnerId  X-PARTNER-ID as received (may be null)
     * @param externalId X-EXTERNAL-ID, trimmed, not null
     * @param timestamp  X-TIMESTAMP, already found readable and recent
     * @param bodyHash   lowercase hex SHA-256 of the minified body
     * @param dedupKey   the inbox key the notification will be stored under
     */
    GuardAgainstReplays.Verdict check(String partnerId, String externalId, String timestamp, String bodyHash,
                                      String dedupKey) {
        OffsetDateTime sent = OffsetDateTime.parse(timestamp.trim());
        MessageId id = new MessageId(CashInPaymentGateway.ID, limit(partnerId == null ? "" : partnerId.trim(), 64),
                sent.toLocalDate(), limit(externalId, 100));
        return guard.get().check(id, CashInSnapSigner.bodyHash(bodyHash + ":" + timestamp.trim()), dedupKey);
    }

    /** Absurdly long values are kept as their hash: still unique, still comparable. */
    private static String limit(String value, int max) {
        return value.length() <= max ? value : "sha256:" + CashInSnapSigner.bodyHash(value);
    }
}
