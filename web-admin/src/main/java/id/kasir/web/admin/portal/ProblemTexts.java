package id.kasir.web.admin.portal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A refused input as the reader should read it: an {@link InputProblem} by its code ({@code input.<code>}) in the
 * page's language; any other refusal (a domain rule's own words) behind {@code input.refused}, its text as it is.
 */
@Component
public class ProblemTexts {

    private final MessageSource messages;

    ProblemTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String of(RuntimeException problem) {
        if (problem instanceof InputProblem input) {
            return messages.getMessage("input." + input.code(), input.args(), input.getMessage(),
                    LocaleContextHolder.getLocale());
        }
        return messages.getMessage("input.refused", new Object[] {problem.getMessage()}, problem.getMessage(),
                LocaleContextHolder.getLocale());
    }

    /** A message of the bundles in the page's language. */
    public String text(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }
}
