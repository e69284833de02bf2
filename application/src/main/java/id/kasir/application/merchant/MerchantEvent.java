package id.kasir.application.merchant;

import java.time.Instant;
import java.util.Objects;

/**
 * One event for the merchant's system, in the envelope every event shares whatever it is about (a
 * payment today, a payout tomorrow): the body the merchant receives is {@code {"id", "type",
 * "created", "version", "data"}}.
 *
 * @param id      a UUID, the same on every delivery and re-send of this event: receivers de-duplicate on it
 * @param type    {@code <subject>.<what happened>}, e.g. {@code payment.paid}
 * @param created when Kasir recorded the change (UTC)
 * @param version the subject's version after the change; it grows with every change of the subject, so a
 *                receiver orders the events of one subject by it and ignores one older than what it has
 * @param data    the subject as it was at that version (the adapter renders it, e.g. as the API's JSON)
 */
public record MerchantEvent<T>(String id, String type, Instant created, long version, T data) {
    public MerchantEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(data, "data");
    }
}
