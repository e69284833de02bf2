package id.kasir.web.admin.merchant;

import id.kasir.application.merchant.MerchantNotification;
import id.kasir.application.merchant.MerchantNotificationOutbox;
import id.kasir.application.merchant.ResendMerchantNotification;
import id.kasir.domain.common.Actor;
import id.kasir.domain.common.DomainRuleViolation;
import id.kasir.web.admin.AdminPortalProperties;
import id.kasir.web.admin.portal.Flash;
import id.kasir.web.admin.portal.PortalErrors;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import id.kasir.web.admin.portal.OrderIds;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The outbox of notifications for the merchant's system, newest first, one with the JSON body it sends,
 * and sending one again (OPERATOR and ADMIN, enforced by the filter chain; audited by the use case).
 */
@Controller
class MerchantNotificationsController {

    private final MerchantNotificationOutbox outbox;
    private final ResendMerchantNotification resendMerchantNotification;
    private final AdminPortalProperties properties;
    private final MessageSource messages;
    private final OrderIds orderIds;

    MerchantNotificationsController(MerchantNotificationOutbox outbox,
                                    ResendMerchantNotification resendMerchantNotification,
                                    AdminPortalProperties properties, MessageSource messages, OrderIds orderIds) {
        this.orderIds = orderIds;
        this.outbox = outbox;
        this.resendMerchantNotification = resendMerchantNotification;
        this.properties = properties;
        this.messages = messages;
    }

    @GetMapping("/admin/merchant-notifications")
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) Long before,
                Model model) {
        model.addAttribute("section", "merchant-notifications");
        model.addAttribute("statuses", MerchantNotification.Status.values());
        List<MerchantNotification> found;
        MerchantNotification.Status wanted = null;
        try {
            wanted = blankToNull(status) == null ? null
                    : MerchantNotification.Status.valueOf(status.strip().toUpperCase(Locale.ROOT));
            found = outbox.recent(wanted, before, properties.pageSize());
        } catch (IllegalArgumentException badFilter) {
            model.addAttribute("filterError", text("merchant-notifications.bad-status"));
            found = List.of();
        }
        model.addAttribute("status", wanted == null ? null : wanted.name());
        model.addAttribute("rows", found);
        model.addAttribute("orderIds", orderIds.of(found.stream().map(MerchantNotification::subject).toList()));
        if (found.size() == properties.pageSize()) {
            UriComponentsBuilder next = UriComponentsBuilder.fromPath("/admin/merchant-notifications");
            if (wanted != null) {
                next.queryParam("status", wanted.name());
            }
            next.queryParam("before", found.get(found.size() - 1).id());
            model.addAttribute("nextUrl", next.encode().build().toUriString());
        }
        model.addAttribute("firstUrl", before == null ? null : UriComponentsBuilder.fromPath("/admin/merchant-notifications")
                .queryParamIfPresent("status", Optional.ofNullable(wanted).map(Enum::name))
                .encode().build().toUriString());
        return "admin/merchant-notifications";
    }

    @GetMapping("/admin/merchant-notifications/{id}")
    String one(@PathVariable long id, Model model) {
        model.addAttribute("section", "merchant-notifications");
        outbox.byId(id).map(MerchantNotification::subject)
                .ifPresent(subject -> model.addAttribute("orderIds", orderIds.of(java.util.List.of(subject))));
        model.addAttribute("n", outbox.byId(id)
                .orElseThrow(() -> new PortalErrors.NotFound("merchant notification " + id)));
        return "admin/merchant-notification";
    }

    @PostMapping("/admin/merchant-notifications/{id}/resend")
    String resend(@PathVariable long id, Authentication who, HttpServletRequest request, RedirectAttributes redirect) {
        try {
            resendMerchantNotification.resend(id, Actor.operator(who.getName()), request.getRemoteAddr());
            Flash.success(redirect, text("merchant-notifications.resent", String.valueOf(id)));
        } catch (DomainRuleViolation refused) {
            Flash.error(redirect, refused.getMessage());
        }
        return "redirect:/admin/merchant-notifications/" + id;
    }

    private String text(String code, Object... arguments) {
        return messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
