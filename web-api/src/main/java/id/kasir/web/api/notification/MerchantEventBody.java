package id.kasir.web.api.notification;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * The body of every event Kasir sends the merchant, whatever it is about: {@code data} is the subject
 * in the same shape the API answers for it ({@link id.kasir.web.api.payment.PaymentResource} for
 * {@code payment.*} events; a payout's representation for {@code payout.*} events).
 *
 * @param id      the event's id, the same on every delivery and re-send: de-duplicate on it
 * @param type    e.g. {@code payment.paid}
 * @param created when Kasir recorded the change, UTC
 * @param version the subject's version after this change (equal to {@code data.version}): events about one
 *                subject may arrive out of order, so order them by it and ignore one older than what you have
 */
@Schema(name = "Event", description = "The body of a notification Kasir POSTs to the merchant")
public record MerchantEventBody<T>(
        @Schema(description = "De-duplicate on this; also the Kasir-Event-Id header",
                example = "0b9d4c1e-2f7a-4c55-8d0e-6a1b2c3d4e5f") String id,
        @Schema(example = "payment.paid", allowableValues = {"payment.open", "payment.paying", "payment.paid",
                "payment.failed", "payment.expired", "payment.cancelled"}) String type,
        @Schema(description = "When the change was recorded, UTC") Instant created,
        @Schema(description = "The subject's version after this change; order by it", example = "3") long version,
        @Schema(description = "The subject as the API shows it at this version") T data) {
}
