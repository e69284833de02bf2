package id.kasir.adapters.persistence.payment;

import id.kasir.domain.common.InvalidPageCursor;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/**
 * The position after the last payment of a page, newest first: its creation time (epoch
 * microseconds, the column's precision) and its id, which breaks ties between equal times. Opaque to
 * callers: Base64-url of {@code <micros>_<id>}.
 */
record PaymentCursor(Instant createdAt, String id) {

    static PaymentCursor after(PaymentRow last) {
        return new PaymentCursor(last.createdAt, last.id);
    }

    String encode() {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, createdAt);
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((micros + "_" + id).getBytes(StandardCharsets.UTF_8));
    }

    static PaymentCursor decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int underscore = text.indexOf('_');
            long micros = Long.parseLong(text.substring(0, underscore));
            String id = text.substring(underscore + 1);
            if (id.isEmpty() || id.length() > 36) {
                throw new IllegalArgumentException("bad id");
            }
            return new PaymentCursor(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), id);
        } catch (RuntimeException e) {
            throw new InvalidPageCursor("Not a page cursor of the payments list");
        }
    }
}
