package id.kasir.web.admin.inbox;

import id.kasir.application.gateway.GatewayRegistry;
import id.kasir.application.ops.AssignOpsException;
import id.kasir.application.ops.ResolveOpsException;
import id.kasir.domain.ops.OpsException;
import id.kasir.domain.ops.OpsExceptionRefused;
import id.kasir.domain.ops.OpsExceptionState;
import id.kasir.domain.ops.OpsExceptionType;
import id.kasir.domain.ops.OpsExceptions;
import id.kasir.domain.refund.Refunds;
import id.kasir.web.admin.portal.Flash;
import id.kasir.web.admin.portal.OrderIds;
import id.kasir.web.admin.portal.PortalTexts;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Ops exceptions: the list (filters by type, state, gateway, age, owner; resolved ones stay findable),
 * one exception with its history and refunds, assign and resolve. The use cases audit; this only asks.
 */
@Controller
class OpsExceptionsController {

    static final int SHOWN = 500;

    private final OpsExceptions opsExceptions;
    private final Refunds refunds;
    private final ResolveOpsException resolveOpsException;
    private final AssignOpsException assignOpsException;
    private final GatewayRegistry gateways;
    private final PortalTexts texts;
    private final Clock clock;
    private final OrderIds orderIds;

    OpsExceptionsController(OpsExceptions opsExceptions, Refunds refunds, ResolveOpsException resolveOpsException,
                            AssignOpsException assignOpsException, GatewayRegistry gateways, PortalTexts texts,
                            Clock clock, OrderIds orderIds) {
        this.orderIds = orderIds;
        this.opsExceptions = opsExceptions;
        this.refunds = refunds;
        this.resolveOpsException = resolveOpsException;
        this.assignOpsException = assignOpsException;
        this.gateways = gateways;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping("/admin/exceptions")
    String list(@ModelAttribute("filter") ExceptionFilter filter, Model model) {
        model.addAttribute("section", "exceptions");
        List<OpsException> found = opsExceptions.search(filter.toSearch(clock.instant(), SHOWN));
        model.addAttribute("exceptions", found);
        model.addAttribute("orderIds", orderIds.of(found.stream().map(OpsException::subject).toList()));
        model.addAttribute("openCount", opsExceptions.countOpen());
        model.addAttribute("types", OpsExceptionType.values());
        model.addAttribute("states", OpsExceptionState.values());
        model.addAttribute("gateways", gateways.descriptors());
        return "admin/exceptions";
    }

    @GetMapping("/admin/exceptions/{id}")
    String one(@PathVariable long id, Model model) {
        Optional<OpsException> found = opsExceptions.byId(id);
        if (found.isEmpty()) {
            return "redirect:/admin/exceptions";
        }
        model.addAttribute("section", "exceptions");
        model.addAttribute("x", found.get());
        model.addAttribute("history", opsExceptions.history(id));
        model.addAttribute("refunds", refunds.byException(id));
        return "admin/exception";
    }

    @PostMapping("/admin/exceptions/{id}/assign")
    String assign(@PathVariable long id, @RequestParam(required = false) String owner, Authentication who,
                  HttpServletRequest request, Locale locale, RedirectAttributes redirect) {
        String newOwner = owner == null || owner.isBlank() ? who.getName() : owner.strip();
        try {
            assignOpsException.assign(id, newOwner, who.getName(), request.getRemoteAddr());
            Flash.success(redirect, texts.text("exception.assigned", locale, id, newOwner));
        } catch (OpsExceptionRefused refused) {
            Flash.error(redirect, texts.refused(refused, locale));
        }
        return "redirect:/admin/exceptions/" + id;
    }

    @PostMapping("/admin/exceptions/{id}/resolve")
    String resolve(@PathVariable long id, @RequestParam(required = false) String reason,
                   @RequestParam(required = false) String back, Authentication who, HttpServletRequest request,
                   Locale locale, RedirectAttributes redirect) {
        try {
            resolveOpsException.resolve(id, who.getName(), reason == null ? null : reason.strip(), request.getRemoteAddr());
            Flash.success(redirect, texts.text("exception.resolved-flash", locale, id));
        } catch (OpsExceptionRefused refused) {
            Flash.error(redirect, texts.refused(refused, locale));
        }
        return back(back, "/admin/exceptions");
    }

    /** Back to the page the person acted from, when it is one of ours; never off-site. */
    static String back(String back, String otherwise) {
        return back != null && back.matches("/admin/(payments|payouts|exceptions)/[A-Za-z0-9-]{1,36}")
                ? "redirect:" + back : "redirect:" + otherwise;
    }
}
