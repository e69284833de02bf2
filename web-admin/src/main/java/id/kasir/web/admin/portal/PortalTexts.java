package id.kasir.web.admin.portal;

import id.kasir.domain.ops.OpsExceptionRefused;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Flash texts in the reader's language, from the message bundles. A refusal of the exception workflow is
 * told by its reason ({@code exception.refused.<REASON>}), never by its English message.
 */
@Component
public class PortalTexts {

    private final MessageSource messages;

    PortalTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    public String refused(OpsExceptionRefused refused, Locale locale) {
        return messages.getMessage("exception.refused." + refused.reason().name(), null, locale);
    }
}
