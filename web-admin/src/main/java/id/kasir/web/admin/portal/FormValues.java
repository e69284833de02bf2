package id.kasir.web.admin.portal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Reading what people type into the portal's filter forms, with messages for people when it cannot be read. */
public final class FormValues {

    private FormValues() {
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** @throws IllegalArgumentException "Unknown {what}: {value}" */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String value, String what) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InputProblem("unknown-choice", "Unknown " + what + ": " + value, value);
        }
    }

    /** @throws IllegalArgumentException "{what} date must look like 2026-11-21" */
    public static LocalDate day(String value, String what) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InputProblem("bad-date", what + " date must look like 2026-11-21", value);
        }
    }
}
