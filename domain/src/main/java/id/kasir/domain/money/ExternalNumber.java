package id.kasir.domain.money;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The one policy for numbers that come from outside Kasir (gateway notifications and answers): a
 * plain, unsigned decimal, {@code digits[.fraction]}, at most {@link #MAX_LENGTH} characters and at
 * most the currency's fraction digits. No exponent, no sign, no spaces, no grouping.
 *
 * <p>The length and the characters are checked <em>before</em> any {@link BigDecimal} is built, so a
 * hostile {@code 1e10000000} or a ten-million-digit string costs one pass over at most
 * {@code MAX_LENGTH} characters to refuse — never a huge {@code BigDecimal}/{@code BigInteger}
 * (issue 11: such a body once cost 11 s of CPU and 2 GB of heap).
 */
public final class ExternalNumber {

    /** Longest accepted text: 17 integer digits, the point and 2 fraction digits fit (a DECIMAL(19,2)). */
    public static final int MAX_LENGTH = 20;

    /** Most integer digits of an accepted number (a DECIMAL(19,2) holds 17). */
    public static final int MAX_INTEGER_DIGITS = 17;

    /**
     * Longest number token a JSON reader may hand over at all (Jackson's {@code StreamReadConstraints
     * maxNumberLength} in every adapter): room for ids sent as numbers, far below what costs time.
     */
    public static final int MAX_TOKEN_LENGTH = 64;

    /** Why a text is not a number Kasir accepts; behaviour and messages are chosen from this. */
    public enum Refusal {
        EMPTY("no number"),
        TOO_LONG("longer than " + MAX_LENGTH + " characters"),
        NEGATIVE("negative"),
        SIGNED("has a sign"),
        EXPONENT("written with an exponent"),
        NOT_A_NUMBER("not a plain decimal number"),
        TOO_MANY_FRACTION_DIGITS("more fraction digits than the currency has");

        private final String description;

        Refusal(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /** The result of reading: a number, or the typed reason it was refused. */
    public sealed interface Reading {
    }

    /** @param value the number, never negative, scale as written */
    public record Accepted(BigDecimal value) implements Reading {
        public Accepted {
            Objects.requireNonNull(value, "value");
        }
    }

    public record Refused(Refusal refusal) implements Reading {
        public Refused {
            Objects.requireNonNull(refusal, "refusal");
        }
    }

    private ExternalNumber() {
    }

    /**
     * Reads {@code text} as a plain decimal with at most {@code maxFractionDigits} fraction digits.
     * Surrounding whitespace is not trimmed: gateways send none, and a trimmed value would not be the one
     * the signature covered.
     */
    public static Reading read(String text, int maxFractionDigits) {
        if (text == null || text.isEmpty()) {
            return new Refused(Refusal.EMPTY);
        }
        if (text.length() > MAX_LENGTH) {
            return new Refused(Refusal.TOO_LONG);
        }
        char first = text.charAt(0);
        if (first == '-') {
            return new Refused(Refusal.NEGATIVE);
        }
        if (first == '+') {
            return new Refused(Refusal.SIGNED);
        }
        int point = -1;
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && point < 0) {
                point = i;
            } else if (c == 'e' || c == 'E') {
                return new Refused(Refusal.EXPONENT);
            } else {
                return new Refused(Refusal.NOT_A_NUMBER);
            }
        }
        if (digits == 0 || point == 0 || point == text.length() - 1) {
            return new Refused(Refusal.NOT_A_NUMBER);
        }
        if (point > 0 && text.length() - point - 1 > maxFractionDigits) {
            return new Refused(Refusal.TOO_MANY_FRACTION_DIGITS);
        }
        if (point < 0 ? text.length() > MAX_INTEGER_DIGITS : point > MAX_INTEGER_DIGITS) {
            return new Refused(Refusal.TOO_LONG);
        }
        return new Accepted(new BigDecimal(text));
    }

    /**
     * Reads a number a JSON reader has already parsed (its digits bounded by {@link #MAX_TOKEN_LENGTH}),
     * by the same policy: an exponent is refused when it makes the number longer than
     * {@link #MAX_INTEGER_DIGITS} digits, checked from precision and scale before the number is expanded.
     * {@code 2E+4} and {@code 20000.00} are both 20000: a parser may have normalised the text.
     */
    public static Reading readParsed(BigDecimal number, int maxFractionDigits) {
        if (number == null) {
            return new Refused(Refusal.EMPTY);
        }
        if (number.signum() < 0) {
            return new Refused(Refusal.NEGATIVE);
        }
        if (number.precision() > MAX_TOKEN_LENGTH || Math.abs((long) number.scale()) > MAX_TOKEN_LENGTH) {
            return new Refused(Refusal.EXPONENT);
        }
        if ((long) number.precision() - number.scale() > MAX_INTEGER_DIGITS) {
            return new Refused(Refusal.TOO_LONG);
        }
        BigDecimal exact = number.scale() < 0 ? number.setScale(0) : number;
        if (exact.stripTrailingZeros().scale() > maxFractionDigits) {
            return new Refused(Refusal.TOO_MANY_FRACTION_DIGITS);
        }
        return new Accepted(exact);
    }
}
