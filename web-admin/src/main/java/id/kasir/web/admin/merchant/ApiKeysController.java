package id.kasir.web.admin.merchant;

import id.kasir.application.merchant.ApiKey;
import id.kasir.application.merchant.ApiKeys;
import id.kasir.application.merchant.IssueApiKey;
import id.kasir.application.merchant.IssuedApiKey;
import id.kasir.application.merchant.RevokeApiKey;
import id.kasir.domain.common.Actor;
import id.kasir.domain.common.DomainRuleViolation;
import id.kasir.web.admin.portal.Flash;
import id.kasir.web.admin.portal.PortalErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The merchant's API keys (ADMIN only, enforced by the filter chain). A new key's plaintext is put on
 * the answer to the POST itself, never in a redirect, the session or a log, and that answer must not
 * be cached: after it, only the stored hash and the visible prefix are left. Issuing and revoking are
 * audited by the use cases.
 */
@Controller
class ApiKeysController {

    private final ApiKeys keys;
    private final IssueApiKey issueApiKey;
    private final RevokeApiKey revokeApiKey;
    private final MessageSource messages;

    ApiKeysController(ApiKeys keys, IssueApiKey issueApiKey, RevokeApiKey revokeApiKey, MessageSource messages) {
        this.keys = keys;
        this.issueApiKey = issueApiKey;
        this.revokeApiKey = revokeApiKey;
        this.messages = messages;
    }

    @GetMapping("/admin/api-keys")
    String list(Model model) {
        model.addAttribute("section", "api-keys");
        model.addAttribute("keys", keys.all());
        return "admin/api-keys";
    }

    @PostMapping("/admin/api-keys")
    String issue(@RequestParam(required = false) String name, Authentication who, HttpServletRequest request,
                 HttpServletResponse response, Model model, RedirectAttributes redirect) {
        IssuedApiKey issued;
        try {
            issued = issueApiKey.issue(name, Actor.operator(who.getName()), request.getRemoteAddr());
        } catch (DomainRuleViolation refused) {
            Flash.error(redirect, refused.getMessage());
            return "redirect:/admin/api-keys";
        }
        // Spring Security already says no-cache; this page says it alone and plainly: keep nothing.
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Pragma", "no-cache");
        model.addAttribute("section", "api-keys");
        model.addAttribute("issued", issued);
        return "admin/api-key-issued";
    }

    /** A page of its own to confirm on, so revoking needs no script and no second guess. */
    @GetMapping("/admin/api-keys/{id}/revoke")
    String confirmRevoke(@PathVariable long id, Model model, RedirectAttributes redirect) {
        ApiKey key = keys.byId(id).orElseThrow(() -> new PortalErrors.NotFound("API key " + id));
        if (!key.isActive()) {
            Flash.error(redirect, text("api-keys.already-revoked", key.name()));
            return "redirect:/admin/api-keys";
        }
        model.addAttribute("section", "api-keys");
        model.addAttribute("key", key);
        return "admin/api-key-revoke";
    }

    @PostMapping("/admin/api-keys/{id}/revoke")
    String revoke(@PathVariable long id, Authentication who, HttpServletRequest request, RedirectAttributes redirect) {
        try {
            revokeApiKey.revoke(id, Actor.operator(who.getName()), request.getRemoteAddr());
            Flash.success(redirect, text("api-keys.revoked-now", keys.byId(id).map(ApiKey::name).orElse("#" + id)));
        } catch (DomainRuleViolation refused) {
            Flash.error(redirect, refused.getMessage());
        }
        return "redirect:/admin/api-keys";
    }

    private String text(String code, Object... arguments) {
        return messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
    }
}
