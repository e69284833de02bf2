package id.kasir.web.admin.inbox;

import id.kasir.application.ops.DecideMoneyException;
import id.kasir.application.ops.RecordRefundDone;
import id.kasir.domain.ops.OpsExceptionRefused;
import id.kasir.domain.refund.Refund;
import id.kasir.domain.refund.Refunds;
import id.kasir.web.admin.portal.Flash;
import id.kasir.web.admin.portal.PortalTexts;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * FINANCE's (and ADMIN's) decisions on money exceptions — accept the amount received, or refund — and
 * refunds recorded done; the open refunds list. {@link DecideMoneyException} and {@link RecordRefundDone}
 * audit each exactly once; the filter chain allows these POSTs to FINANCE and ADMIN only.
 */
@Controller
class MoneyDecisionsController {

    static final int SHOWN = 500;

    private final DecideMoneyException decide;
    private final RecordRefundDone recordRefundDone;
    private final Refunds refunds;
    private final PortalTexts texts;

    MoneyDecisionsController(DecideMoneyException decide, RecordRefundDone recordRefundDone, Refunds refunds,
                             PortalTexts texts) {
        this.decide = decide;
        this.recordRefundDone = recordRefundDone;
        this.refunds = refunds;
        this.texts = texts;
    }

    @PostMapping("/admin/exceptions/{id}/accept")
    String accept(@PathVariable long id, @RequestParam(required = false) String reason, Authentication who,
                  HttpServletRequest request, Locale locale, RedirectAttributes redirect) {
        try {
            decide.accept(id, who.getName(), strip(reason), request.getRemoteAddr());
            Flash.success(redirect, texts.text("exception.accepted-flash", locale, id));
        } catch (OpsExceptionRefused refused) {
            Flash.error(redirect, texts.refused(refused, locale));
        }
        return "redirect:/admin/exceptions/" + id;
    }

    @PostMapping("/admin/exceptions/{id}/refund")
    String refund(@PathVariable long id, @RequestParam(required = false) String reason, Authentication who,
                  HttpServletRequest request, Locale locale, RedirectAttributes redirect) {
        try {
            Refund refund = decide.refund(id, who.getName(), strip(reason), request.getRemoteAddr());
            Flash.success(redirect, texts.text("refund.opened-flash", locale, refund.id()));
        } catch (OpsExceptionRefused refused) {
            Flash.error(redirect, texts.refused(refused, locale));
        }
        return "redirect:/admin/exceptions/" + id;
    }

    @PostMapping("/admin/refunds/{id}/done")
    String done(@PathVariable long id, @RequestParam(required = false) String note,
                @RequestParam(required = false) String back, Authentication who, HttpServletRequest request,
                Locale locale, RedirectAttributes redirect) {
        try {
            recordRefundDone.done(id, who.getName(), strip(note), request.getRemoteAddr());
            Flash.success(redirect, texts.text("refund.done-flash", locale, id));
        } catch (OpsExceptionRefused refused) {
            Flash.error(redirect, texts.refused(refused, locale));
        }
        return OpsExceptionsController.back(back, "/admin/refunds");
    }

    @GetMapping("/admin/refunds")
    String open(Model model) {
        model.addAttribute("section", "exceptions");
        model.addAttribute("refunds", refunds.notDone(SHOWN));
        return "admin/refunds";
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
