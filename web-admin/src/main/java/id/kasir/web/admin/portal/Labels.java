package id.kasir.web.admin.portal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The reader's word for a code (a status, a method, an exception type, an actor kind), used from the templates as
 * {@code @kasirLabels.of('status.', p.status().name())}: the message {@code <prefix><code>} in the page's language,
 * or the code itself when the bundles do not know it yet (a type another module added), never {@code ??key??}.
 */
@Component("kasirLabels")
public class Labels {

    private final MessageSource messages;

    Labels(MessageSource messages) {
        this.messages = messages;
    }

    public String of(String prefix, String code) {
        if (code == null) {
            return "";
        }
        return messages.getMessage(prefix + code, null, code, LocaleContextHolder.getLocale());
    }
}
