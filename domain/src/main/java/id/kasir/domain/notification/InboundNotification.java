package id.kasir.domain.notification;

import id.kasir.domain.gateway.GatewayId;
import java.time.Instant;
import java.util.Objects;

/**
 * A notification as it arrived, before we act on it. {@code dedupKey} identifies "the same
 * notification" for this gateway (e.g. X-EXTERNAL-ID, or order + status); {@code headers} and
 * {@code body} are as received, with secrets masked by the adapter.
 */
public record InboundNotification(
        GatewayId gateway,
        String dedupKey,
        String reference,
        Verification verification,
        String headers,
        String body,
        String remoteAddress,
        Instant receivedAt) {

    public InboundNotification {
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(dedupKey, "dedupKey");
        Objects.requireNonNull(verification, "verification");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(receivedAt, "receivedAt");
        if (dedupKey.length() > 191) {
            throw new IllegalArgumentException("dedupKey is longer than 191 characters");
        }
    }
}
