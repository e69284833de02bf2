package id.kasir.sandbox.cashin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Cash In's timestamps: {@code yyyy-MM-ddTHH:mm:ss+07:00} in Jakarta time. An optional fraction of a
 * second is accepted because the document's own status example sends one ({@code 10:42:53.352+07:00}).
 */
final class SnapTimestamps {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final Pattern FORMAT =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?\\+07:00");
    private static final DateTimeFormatter OUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private SnapTimestamps() {
    }

    /** The instant, if the text is in the documented format with offset +07:00. */
    static Optional<Instant> parse(String text) {
        if (text == null || !FORMAT.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static boolean withinTolerance(Instant stamp, Clock clock, Duration tolerance) {
        return Duration.between(stamp, clock.instant()).abs().compareTo(tolerance) <= 0;
    }

    static String format(Instant instant) {
        return OUT.format(instant.atZone(JAKARTA));
    }
}
