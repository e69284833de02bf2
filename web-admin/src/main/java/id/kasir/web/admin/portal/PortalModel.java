package id.kasir.web.admin.portal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout needs on every portal page: who is logged in, the language, and whether the sandbox is mounted. */
@ControllerAdvice(basePackages = "id.kasir.web.admin")
class PortalModel {

    private final boolean sandboxMounted;

    /** The sandbox module is not the portal's to import: whether it is mounted is its switch, {@code kasir.sandbox.enabled}. */
    PortalModel(@Value("${kasir.sandbox.enabled:false}") boolean sandboxMounted) {
        this.sandboxMounted = sandboxMounted;
    }

    /** A banner on every page while the simulated gateways are mounted: payments here are not real money. */
    @ModelAttribute("sandboxMounted")
    boolean sandboxMounted() {
        return sandboxMounted;
    }

    @ModelAttribute("me")
    CurrentOperator me() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || "anonymousUser".equals(authentication.getPrincipal())) {
            return null;
        }
        return CurrentOperator.of(authentication);
    }

    @ModelAttribute("lang")
    String lang() {
        return LocaleContextHolder.getLocale().getLanguage();
    }
}
