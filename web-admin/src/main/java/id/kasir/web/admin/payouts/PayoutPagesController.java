package id.kasir.web.admin.payouts;

import static id.kasir.web.admin.portal.FormValues.blankToNull;

import id.kasir.application.merchant.MerchantNotificationOutbox;
import id.kasir.application.payout.FindPayouts;
import id.kasir.domain.common.Page;
import id.kasir.domain.ops.OpsExceptions;
import id.kasir.domain.payout.EwalletChannel;
import id.kasir.domain.payout.Payout;
import id.kasir.domain.payout.PayoutId;
import id.kasir.domain.payout.PayoutSearch;
import id.kasir.domain.payout.PayoutStatus;
import id.kasir.domain.payout.PayoutTotal;
import id.kasir.web.admin.AdminPortalProperties;
import id.kasir.web.admin.portal.Formats;
import id.kasir.web.admin.portal.PortalErrors;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Reading payouts: the list (filters, totals, the day's remaining limit), the new-payout form, the detail
 * page with its timeline, and the approval confirmation that repeats what is about to be sent.
 */
@Controller
class PayoutPagesController {

    private final FindPayouts findPayouts;
    private final OpsExceptions opsExceptions;
    private final ObjectProvider<MerchantNotificationOutbox> outbox;
    private final Formats formats;
    private final AdminPortalProperties properties;

    PayoutPagesController(FindPayouts findPayouts, OpsExceptions opsExceptions,
                          ObjectProvider<MerchantNotificationOutbox> outbox, Formats formats,
                          AdminPortalProperties properties) {
        this.findPayouts = findPayouts;
        this.opsExceptions = opsExceptions;
        this.outbox = outbox;
        this.formats = formats;
        this.properties = properties;
    }

    @GetMapping("/admin/payouts")
    String list(@ModelAttribute("filter") PayoutFilter filter, @RequestParam(required = false) String after,
                Model model) {
        model.addAttribute("section", "payouts");
        model.addAttribute("statuses", List.of(PayoutStatus.AWAITING_APPROVAL, PayoutStatus.APPROVED,
                PayoutStatus.PROCESSING, PayoutStatus.SUCCEEDED, PayoutStatus.FAILED, PayoutStatus.REJECTED));
        model.addAttribute("channels", EwalletChannel.values());
        model.addAttribute("today", findPayouts.today());
        Page<Payout> page;
        List<PayoutTotal> totals;
        try {
            PayoutSearch search = filter.toSearch(formats.zone(), properties.pageSize(), blankToNull(after));
            page = findPayouts.search(search);
            totals = findPayouts.totals(search);
        } catch (IllegalArgumentException badFilter) {
            model.addAttribute("filterError", badFilter.getMessage());
            page = Page.last(List.of());
            totals = List.of();
        }
        model.addAttribute("payouts", page.items());
        model.addAttribute("totals", totals);
        model.addAttribute("nextUrl", page.nextCursor().map(cursor -> filter.toUrl("/admin/payouts", cursor)).orElse(null));
        model.addAttribute("firstUrl", blankToNull(after) == null ? null : filter.toUrl("/admin/payouts", null));
        return "admin/payouts";
    }

    @GetMapping("/admin/payouts/new")
    String newPayout(Model model) {
        PayoutViews.newPayoutPage(model, PayoutForm.empty(), null, findPayouts.today());
        return "admin/payout-new";
    }

    @GetMapping("/admin/payouts/{id}")
    String detail(@PathVariable String id, Model model) {
        Payout payout = findPayouts.byId(payoutId(id));
        model.addAttribute("section", "payouts");
        model.addAttribute("p", payout);
        model.addAttribute("timeline", findPayouts.timeline(payout.id()));
        model.addAttribute("exceptions", opsExceptions.bySubject(payout.id().value()));
        MerchantNotificationOutbox notifications = outbox.getIfAvailable();
        model.addAttribute("merchantNotifications",
                notifications == null ? List.of() : notifications.bySubject(payout.id().value()));
        return "admin/payout";
    }

    /** What the approver is about to send, repeated in full (the whole number, both names) before they decide. */
    @GetMapping("/admin/payouts/{id}/approve")
    String confirm(@PathVariable String id, Model model) {
        Payout payout = findPayouts.byId(payoutId(id));
        model.addAttribute("section", "payouts");
        model.addAttribute("p", payout);
        model.addAttribute("today", findPayouts.today());
        model.addAttribute("approvalsNeeded", Math.max(payout.approvalsRequired(),
                findPayouts.policy().approvalsNeeded(payout.amount())));
        return "admin/payout-approve";
    }

    static PayoutId payoutId(String id) {
        try {
            return new PayoutId(id);
        } catch (IllegalArgumentException e) {
            throw new PortalErrors.NotFound("payout " + (id.length() > 40 ? id.substring(0, 40) : id));
        }
    }
}
