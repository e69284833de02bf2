package id.kasir.web.admin.inbox;

import id.kasir.application.ops.ResolveOpsException;
import id.kasir.domain.common.DomainRuleViolation;
import id.kasir.domain.ops.OpsException;
import id.kasir.domain.ops.OpsExceptions;
import id.kasir.web.admin.portal.Flash;
import id.kasir.web.admin.portal.OrderIds;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Open ops exceptions (amount mismatches, paid after expiry, …), resolved with a reason; audited by the use case. */
@Controller
class OpsExceptionsController {

    static final int SHOWN = 500;

    private final OpsExceptions opsExceptions;
    private final ResolveOpsException resolveOpsException;
    private final OrderIds orderIds;

    OpsExceptionsController(OpsExceptions opsExceptions, ResolveOpsException resolveOpsException, OrderIds orderIds) {
        this.orderIds = orderIds;
        this.opsExceptions = opsExceptions;
        this.resolveOpsException = resolveOpsException;
    }

    @GetMapping("/admin/exceptions")
    String open(Model model) {
        model.addAttribute("section", "exceptions");
        List<OpsException> open = opsExceptions.open(SHOWN);
        model.addAttribute("exceptions", open);
        model.addAttribute("orderIds", orderIds.of(open.stream().map(OpsException::subject).toList()));
        model.addAttribute("openCount", opsExceptions.countOpen());
        return "admin/exceptions";
    }

    @PostMapping("/admin/exceptions/{id}/resolve")
    String resolve(@PathVariable long id, @RequestParam(required = false) String reason,
                   @RequestParam(required = false) String back, Authentication who, HttpServletRequest request,
                   RedirectAttributes redirect) {
        try {
            resolveOpsException.resolve(id, who.getName(), reason == null ? null : reason.strip(), request.getRemoteAddr());
            Flash.success(redirect, "Exception " + id + " resolved.");
        } catch (DomainRuleViolation refused) {
            Flash.error(redirect, refused.getMessage());
        }
        // Back to the payment or payout it was resolved from, when that is where the person was; never off-site.
        return back != null && back.matches("/admin/(payments|payouts)/[A-Za-z0-9-]{1,36}") ? "redirect:" + back
                : "redirect:/admin/exceptions";
    }
}
