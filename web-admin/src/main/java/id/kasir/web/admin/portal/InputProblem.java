package id.kasir.web.admin.portal;

import java.util.Arrays;

/**
 * Something a person typed into a portal form that cannot be read, as a code and arguments so the page says it in
 * the reader's language ({@code input.<code>} in the bundles, through {@link ProblemTexts}). The exception's own
 * message is the English text, for logs and for callers that show it as is.
 */
public class InputProblem extends IllegalArgumentException {

    private final String code;
    private final transient Object[] args;

    /** @param english the same problem in English; {@code args} fill the message's {0}, {1}, … */
    public InputProblem(String code, String english, Object... args) {
        super(english);
        this.code = code;
        this.args = args.clone();
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return Arrays.copyOf(args, args.length);
    }
}
