package id.kasir.web.admin.payouts;

import id.kasir.application.merchant.IdempotencyConflict;
import id.kasir.application.payout.ApprovePayout;
import id.kasir.application.payout.FindPayouts;
import id.kasir.application.payout.InquirePayoutAccount;
import id.kasir.application.payout.PayoutGatewayUnavailable;
import id.kasir.application.payout.PayoutRefused;
import id.kasir.application.payout.PayoutRequest;
import id.kasir.application.payout.RefreshPayoutStatus;
import id.kasir.application.payout.RejectPayout;
import id.kasir.application.payout.RequestPayout;
import id.kasir.domain.common.Actor;
import id.kasir.domain.common.DomainRuleViolation;
import id.kasir.domain.gateway.GatewayCallResult;
import id.kasir.domain.payout.Payout;
import id.kasir.domain.payout.PayoutId;
import id.kasir.domain.payout.TransferReport;
import id.kasir.web.admin.portal.Flash;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What people do to payouts: a FINANCE person inquires an account and then requests the payout; an
 * APPROVER approves (after the confirmation page) or rejects with a reason; anyone with the role asks the
 * gateway for a transfer's status. The rules (maker ≠ checker, roles, limits, name acknowledgement) are the
 * use cases'; this only shows what they say. Each use case writes the audit entry.
 */
@Controller
class PayoutActionsController {

    private final InquirePayoutAccount inquire;
    private final RequestPayout requestPayout;
    private final ApprovePayout approvePayout;
    private final RejectPayout rejectPayout;
    private final RefreshPayoutStatus refreshPayoutStatus;
    private final FindPayouts findPayouts;

    PayoutActionsController(InquirePayoutAccount inquire, RequestPayout requestPayout, ApprovePayout approvePayout,
                            RejectPayout rejectPayout, RefreshPayoutStatus refreshPayoutStatus, FindPayouts findPayouts) {
        this.inquire = inquire;
        this.requestPayout = requestPayout;
        this.approvePayout = approvePayout;
        this.rejectPayout = rejectPayout;
        this.refreshPayoutStatus = refreshPayoutStatus;
        this.findPayouts = findPayouts;
    }

    /** Shows the confirmed name and, only then, the request form. */
    @PostMapping("/admin/payouts/inquiry")
    String inquire(@ModelAttribute PayoutForm form, Authentication who, HttpServletRequest request, Model model) {
        InquirePayoutAccount.Result confirmed = null;
        try {
            confirmed = inquire.inquire(form.channelValue(), form.customerNumber(), form.amountValue(),
                    Actor.operator(who.getName()), request.getRemoteAddr());
        } catch (IllegalArgumentException | PayoutRefused | PayoutGatewayUnavailable refused) {
            model.addAttribute("formError", refused.getMessage());
        }
        PayoutViews.newPayoutPage(model, form, confirmed, findPayouts.today());
        return "admin/payout-new";
    }

    @PostMapping("/admin/payouts")
    String request(@ModelAttribute PayoutForm form, Authentication who, HttpServletRequest request, Model model,
                   RedirectAttributes redirect) {
        try {
            RequestPayout.Outcome outcome = requestPayout.request(new PayoutRequest(form.toNewPayout(), null),
                    Actor.operator(who.getName()), request.getRemoteAddr());
            Flash.success(redirect, outcome.created()
                    ? "Requested: it waits for approval."
                    : "This reference was already requested with the same values: here it is.");
            return "redirect:/admin/payouts/" + outcome.payout().id().value();
        } catch (IllegalArgumentException | PayoutRefused | PayoutGatewayUnavailable | IdempotencyConflict refused) {
            model.addAttribute("formError", refused.getMessage());
            PayoutViews.newPayoutPage(model, form, null, findPayouts.today());
            return "admin/payout-new";
        }
    }

    @PostMapping("/admin/payouts/{id}/approve")
    String approve(@PathVariable String id, @RequestParam(required = false) String reason,
                   @RequestParam(required = false) boolean acknowledgeNameMismatch,
                   @RequestParam(required = false) Long version, Authentication who, HttpServletRequest request,
                   RedirectAttributes redirect) {
        PayoutId payoutId = PayoutPagesController.payoutId(id);
        try {
            Payout after = approvePayout.approve(payoutId, Actor.operator(who.getName()),
                    new ApprovePayout.Approval(acknowledgeNameMismatch, reason, version), request.getRemoteAddr());
            Flash.success(redirect, "Approved: the payout is now " + after.status() + ".");
        } catch (DomainRuleViolation | PayoutRefused refused) {
            Flash.error(redirect, refused.getMessage());
        }
        return "redirect:/admin/payouts/" + payoutId.value();
    }

    @PostMapping("/admin/payouts/{id}/reject")
    String reject(@PathVariable String id, @RequestParam(required = false) String reason, Authentication who,
                  HttpServletRequest request, RedirectAttributes redirect) {
        PayoutId payoutId = PayoutPagesController.payoutId(id);
        try {
            rejectPayout.reject(payoutId, Actor.operator(who.getName()), reason, request.getRemoteAddr());
            Flash.success(redirect, "Rejected.");
        } catch (DomainRuleViolation | PayoutRefused refused) {
            Flash.error(redirect, refused.getMessage());
        }
        return "redirect:/admin/payouts/" + payoutId.value();
    }

    @PostMapping("/admin/payouts/{id}/refresh")
    String refresh(@PathVariable String id, Authentication who, HttpServletRequest request, RedirectAttributes redirect) {
        PayoutId payoutId = PayoutPagesController.payoutId(id);
        try {
            RefreshPayoutStatus.Refreshed refreshed = refreshPayoutStatus.refresh(payoutId, Actor.operator(who.getName()),
                    request.getRemoteAddr());
            if (refreshed.gatewaySays() instanceof GatewayCallResult.Accepted<TransferReport> accepted) {
                Flash.success(redirect, "The gateway says " + accepted.value().gatewayStatus() + "; the payout is "
                        + refreshed.after().status() + (refreshed.resent() ? " (sent again: it never arrived)" : "") + ".");
            } else {
                Flash.error(redirect, "The gateway gave no usable answer; nothing changed.");
            }
        } catch (DomainRuleViolation | PayoutRefused refused) {
            Flash.error(redirect, refused.getMessage());
        }
        return "redirect:/admin/payouts/" + payoutId.value();
    }
}
