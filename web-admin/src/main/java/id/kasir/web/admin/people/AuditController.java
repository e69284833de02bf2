package id.kasir.web.admin.people;

import id.kasir.application.payment.FindPayments;
import id.kasir.application.payment.PaymentNotFoundException;
import id.kasir.domain.audit.AuditSearch;
import id.kasir.domain.audit.AuditTrail;
import id.kasir.web.admin.AdminPortalProperties;
import id.kasir.web.admin.portal.FormValues;
import id.kasir.web.admin.portal.Formats;
import id.kasir.web.admin.portal.OrderIds;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Every admin action, newest first: who, when, what, on what, from where; filtered by who (a username exactly),
 * action (or its family: {@code login} finds {@code login.failed} too), date range (Jakarta days, "to" included)
 * and target (an order id typed here also finds the actions on its payment). Payments are named by their order id,
 * linked. A date that does not read is said on the page (in the reader's language), never an error page.
 */
@Controller
class AuditController {

    private final AuditTrail audit;
    private final AdminPortalProperties properties;
    private final Formats formats;
    private final FindPayments findPayments;
    private final OrderIds orderIds;

    AuditController(AuditTrail audit, AdminPortalProperties properties, Formats formats, FindPayments findPayments,
                    OrderIds orderIds) {
        this.audit = audit;
        this.properties = properties;
        this.formats = formats;
        this.findPayments = findPayments;
        this.orderIds = orderIds;
    }

    @GetMapping("/admin/audit")
    String recent(@RequestParam(required = false) Long before, @RequestParam(required = false) String who,
                  @RequestParam(required = false) String action, @RequestParam(required = false) String from,
                  @RequestParam(required = false) String to, @RequestParam(required = false) String target,
                  Model model) {
        model.addAttribute("section", "audit");
        model.addAttribute("who", FormValues.blankToNull(who));
        model.addAttribute("action", FormValues.blankToNull(action));
        model.addAttribute("from", FormValues.blankToNull(from));
        model.addAttribute("to", FormValues.blankToNull(to));
        model.addAttribute("target", FormValues.blankToNull(target));
        Instant fromInstant = day(from, 0, model);
        Instant toInstant = day(to, 1, model);
        List<AuditTrail.StoredAuditEntry> entries = model.containsAttribute("dateError") ? List.of()
                : audit.search(new AuditSearch(who, action, fromInstant, toInstant, targets(target), before,
                        properties.pageSize()));
        model.addAttribute("entries", entries);
        model.addAttribute("orderIds", orderIds.of(entries.stream().map(e -> e.entry().target()).toList()));
        model.addAttribute("nextUrl", entries.size() == properties.pageSize()
                ? url(who, action, from, to, target, entries.get(entries.size() - 1).id()) : null);
        return "admin/audit";
    }

    /** What was typed, and the payment id when it is an order id. */
    private List<String> targets(String typed) {
        String target = FormValues.blankToNull(typed);
        if (target == null) {
            return List.of();
        }
        List<String> targets = new ArrayList<>(List.of(target));
        try {
            targets.add(findPayments.byOrderId(target).id().value());
        } catch (PaymentNotFoundException notAnOrder) {
            // only what was typed
        }
        return targets;
    }

    private Instant day(String value, int plusDays, Model model) {
        String text = FormValues.blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text).plusDays(plusDays).atStartOfDay(formats.zone()).toInstant();
        } catch (DateTimeParseException e) {
            model.addAttribute("dateError", text);
            return null;
        }
    }

    private static String url(String who, String action, String from, String to, String target, long before) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/admin/audit");
        add(url, "who", who);
        add(url, "action", action);
        add(url, "from", from);
        add(url, "to", to);
        add(url, "target", target);
        url.queryParam("before", before);
        return url.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder url, String name, String value) {
        if (FormValues.blankToNull(value) != null) {
            url.queryParam(name, value.strip());
        }
    }
}
