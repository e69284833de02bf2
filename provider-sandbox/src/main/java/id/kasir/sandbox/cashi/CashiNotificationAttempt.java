package id.kasir.sandbox.cashi;

import java.time.Instant;

/**
 * One delivery attempt of a webhook, kept on the order so its JSON shows what the merchant got.
 *
 * @param dataStatus    the {@code data.status} the notification carried ({@code SETTLED}, or {@code FAILED} for an out-of-order one)
 * @param attempt       1 for the first try of this notification, then counting retries
 * @param httpStatus    the merchant's answer, or {@code null} when there was none
 * @param error         why there was no answer (refused, timed out), else {@code null}
 * @param badSignature  whether it was signed with the wrong secret on purpose (fault BAD_NOTIFICATION_SIGNATURE)
 */
public record CashiNotificationAttempt(Instant at, String dataStatus, int attempt, Integer httpStatus, String error,
                                       boolean badSignature) {
}
