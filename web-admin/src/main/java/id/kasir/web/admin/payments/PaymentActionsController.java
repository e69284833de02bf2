package id.kasir.web.admin.payments;

import id.kasir.application.gateway.GatewayRegistry;
import id.kasir.application.gateway.PaymentRequestRejected;
import id.kasir.application.payment.CancelPayment;
import id.kasir.application.payment.FindPayments;
import id.kasir.application.payment.RefreshPayment;
import id.kasir.domain.audit.AuditEntry;
import id.kasir.domain.audit.AuditTrail;
import id.kasir.domain.common.Actor;
import id.kasir.domain.common.DomainRuleViolation;
import id.kasir.domain.gateway.CancelAtGateway;
import id.kasir.domain.gateway.PaymentGateway;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentId;
import id.kasir.domain.payment.ReportOutcome;
import id.kasir.web.admin.portal.Flash;
import id.kasir.web.admin.portal.PortalTexts;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
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
 * What an OPERATOR (or ADMIN) may do to a payment: ask the gateway (shows its word beside ours,
 * changes nothing), apply its word (asks again and applies through the one apply path), cancel with a
 * reason after a confirmation page that says, per gateway from its descriptor ({@link CancelAtGateway}),
 * that the gateway is not told and the customer may still pay. Each is audited with who and from where.
 */
@Controller
class PaymentActionsController {

    private final FindPayments findPayments;
    private final RefreshPayment refreshPayment;
    private final CancelPayment cancelPayment;
    private final PaymentStory story;
    private final AuditTrail audit;
    private final GatewayRegistry gateways;
    private final PortalTexts texts;
    private final Clock clock;

    PaymentActionsController(FindPayments findPayments, RefreshPayment refreshPayment, CancelPayment cancelPayment,
                             PaymentStory story, AuditTrail audit, GatewayRegistry gateways, PortalTexts texts,
                             Clock clock) {
        this.findPayments = findPayments;
        this.refreshPayment = refreshPayment;
        this.cancelPayment = cancelPayment;
        this.story = story;
        this.audit = audit;
        this.gateways = gateways;
        this.texts = texts;
        this.clock = clock;
    }

    /** Renders the detail page with the gateway's word in it; htmx swaps in just that panel. */
    @PostMapping("/admin/payments/{id}/ask")
    String ask(@PathVariable String id, Authentication who, HttpServletRequest request, Model model,
               RedirectAttributes redirect) {
        PaymentId paymentId = PaymentPagesController.paymentId(id);
        RefreshPayment.Refreshed asked;
        try {
            asked = refreshPayment.ask(paymentId);
        } catch (PaymentRequestRejected gatewayGone) {
            Flash.error(redirect, gatewayGone.getMessage());
            return "redirect:/admin/payments/" + paymentId.value();
        }
        GatewayWord word = GatewayWord.of(asked.before(), asked.gatewaySays());
        audit.record(new AuditEntry(Actor.operator(who.getName()), "payment.ask", id,
                "gateway answered " + word.answer() + (word.report() == null ? "" : " " + word.report().status()),
                request.getRemoteAddr(), clock.instant()));
        story.fill(model, findPayments.byId(paymentId));
        model.addAttribute("asked", word);
        return "admin/payment";
    }

    @PostMapping("/admin/payments/{id}/apply")
    String apply(@PathVariable String id, Authentication who, HttpServletRequest request, RedirectAttributes redirect) {
        PaymentId paymentId = PaymentPagesController.paymentId(id);
        RefreshPayment.Refreshed refreshed;
        try {
            refreshed = refreshPayment.refresh(paymentId, Actor.operator(who.getName()));
        } catch (PaymentRequestRejected gatewayGone) {
            // The payment's gateway is no longer enabled: nobody to ask.
            Flash.error(redirect, gatewayGone.getMessage());
            return "redirect:/admin/payments/" + paymentId.value();
        }
        String result = refreshed.outcome().map(PaymentActionsController::describe)
                .orElse("The gateway gave no usable answer; nothing changed.");
        audit.record(new AuditEntry(Actor.operator(who.getName()), "payment.requery", id, result,
                request.getRemoteAddr(), clock.instant()));
        if (refreshed.outcome().isPresent()) {
            Flash.success(redirect, result);
        } else {
            Flash.error(redirect, result);
        }
        return "redirect:/admin/payments/" + paymentId.value();
    }

    /** The confirmation: what cancel does in Kasir and what it does not do at this payment's gateway. */
    @GetMapping("/admin/payments/{id}/cancel")
    String confirmCancel(@PathVariable String id, @RequestParam(required = false) String reason, Model model) {
        Payment payment = findPayments.byId(PaymentPagesController.paymentId(id));
        model.addAttribute("section", "payments");
        model.addAttribute("p", payment);
        model.addAttribute("reason", reason);
        model.addAttribute("cancelAtGateway", gateways.find(payment.gateway()).map(PaymentGateway::descriptor)
                .map(d -> d.cancel()).orElse(CancelAtGateway.NOT_OFFERED));
        model.addAttribute("gatewayName", gateways.find(payment.gateway()).map(g -> g.descriptor().displayName())
                .orElse(payment.gateway().value()));
        return "admin/payment-cancel";
    }

    /** Cancels only when the confirmation page was answered ({@code confirm=yes}); otherwise shows that page. */
    @PostMapping("/admin/payments/{id}/cancel")
    String cancel(@PathVariable String id, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) String confirm, Authentication who, HttpServletRequest request,
                  Locale locale, RedirectAttributes redirect) {
        PaymentId paymentId = PaymentPagesController.paymentId(id);
        if (!"yes".equals(confirm)) {
            redirect.addAttribute("reason", reason);
            return "redirect:/admin/payments/" + paymentId.value() + "/cancel";
        }
        if (reason == null || reason.isBlank()) {
            Flash.error(redirect, texts.text("cancel.reason-required", locale));
            return "redirect:/admin/payments/" + paymentId.value() + "/cancel";
        }
        try {
            cancelPayment.cancel(paymentId, Actor.operator(who.getName()), reason.strip(), request.getRemoteAddr());
            Flash.success(redirect, texts.text("cancel.done", locale));
        } catch (DomainRuleViolation refused) {
            Flash.error(redirect, texts.text("cancel.refused", locale));
        }
        return "redirect:/admin/payments/" + paymentId.value();
    }

    private static String describe(ReportOutcome outcome) {
        if (outcome instanceof ReportOutcome.Applied applied) {
            return "Applied: " + applied.from() + " → " + applied.to() + applied.flag().map(f -> " (" + f + ")").orElse("");
        }
        if (outcome instanceof ReportOutcome.Unchanged unchanged) {
            return "The gateway agrees: still " + unchanged.status() + ".";
        }
        if (outcome instanceof ReportOutcome.Ignored ignored) {
            return "Not applied: " + ignored.reason();
        }
        if (outcome instanceof ReportOutcome.UnusableAmount unusable) {
            return "Not applied: the gateway reports paid with " + unusable.reported().describe() + ", expected "
                    + unusable.expected() + "; sent to ops exceptions.";
        }
        ReportOutcome.AmountMismatch mismatch = (ReportOutcome.AmountMismatch) outcome;
        return "Not applied: the gateway reports " + mismatch.reported() + " paid, expected " + mismatch.expected()
                + "; sent to ops exceptions.";
    }
}
