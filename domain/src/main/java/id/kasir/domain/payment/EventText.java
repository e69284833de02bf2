package id.kasir.domain.payment;

import id.kasir.domain.money.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a timeline line says, as a code and arguments, so a reader sees it in their own language (issue 16); the
 * English {@link PaymentEvent#summary()} stays beside it for logs and older readers.
 *
 * <p>The code names a message ({@code timeline.text.<code>} in the portal's bundles). Each argument is kept as text
 * with a one-letter tag saying how to show it: {@code m:} an amount ({@code m:IDR 15000.00}), {@code s:} a payment
 * status ({@code s:PAID}), {@code t:} an instant ({@code t:2026-11-30T10:00:00Z}), {@code k:} another message code
 * ({@code k:flag.paid-after-expiry}), {@code x:} text shown as it is (a gateway's own words, an operation name, a
 * reason a person typed). Arguments never contain {@link #SEPARATOR}, which joins them when stored.
 *
 * @param code  a message code: lower case letters, digits, dots and dashes
 * @param args  tagged arguments, see above; never null
 */
public record EventText(String code, List<String> args) {

    /** Joins the arguments in storage (ASCII unit separator); removed from any argument. */
    public static final char SEPARATOR = '\u001F';

    public EventText {
        Objects.requireNonNull(code, "code");
        if (!code.matches("[a-z0-9.\\-]{1,64}")) {
            throw new IllegalArgumentException("Not an event text code: " + code);
        }
        args = List.copyOf(args);
    }

    /**
     * A text whose arguments are tagged by their type: {@link Money}, {@link PaymentStatus}, {@link Instant},
     * {@link Key}, else text.
     */
    public static EventText of(String code, Object... args) {
        List<String> tagged = new ArrayList<>(args.length);
        for (Object arg : args) {
            tagged.add(tag(arg));
        }
        return new EventText(code, tagged);
    }

    /** An argument that is itself a message code (e.g. the kind of report, a flag): shown translated. */
    public static Key key(String code) {
        return new Key(code);
    }

    /** A message code as an argument; a typed text is never one, whatever it starts with. */
    public record Key(String code) {
        public Key {
            if (code == null || !code.matches("[A-Za-z0-9_.\\-]{1,64}")) {
                throw new IllegalArgumentException("Not a message code: " + code);
            }
        }
    }

    private static String tag(Object arg) {
        if (arg instanceof Key key) {
            return "k:" + key.code();
        }
        if (arg instanceof Money money) {
            return "m:" + money;
        }
        if (arg instanceof PaymentStatus status) {
            return "s:" + status.name();
        }
        if (arg instanceof Instant instant) {
            return "t:" + instant;
        }
        return "x:" + String.valueOf(arg).replace(SEPARATOR, ' ');
    }

    /** The arguments joined by {@link #SEPARATOR}, for storage; empty when there are none. */
    public String joinedArgs() {
        return String.join(String.valueOf(SEPARATOR), args);
    }

    /** Reads {@link #joinedArgs()} back; null or blank code gives null (a line written before codes existed). */
    public static EventText stored(String code, String joinedArgs) {
        if (code == null || code.isBlank()) {
            return null;
        }
        List<String> args = joinedArgs == null || joinedArgs.isEmpty() ? List.of()
                : List.of(joinedArgs.split(String.valueOf(SEPARATOR), -1));
        return new EventText(code, args);
    }
}
