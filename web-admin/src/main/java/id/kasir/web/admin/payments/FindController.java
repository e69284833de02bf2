package id.kasir.web.admin.payments;

import id.kasir.application.payment.FindPayments;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentLookup;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search box in the header, {@code GET /admin/find?q=}: whatever identifies a payment (see {@link PaymentLookup}:
 * payment id, order id or its start in any case, our reference, the gateway's reference, a phone number in any
 * Indonesian form). One payment found: straight to it. None or several: the answers page lists them (at most
 * {@link #MOST_SHOWN}, newest first) and says when there are more. A blank query goes to the payments list; an
 * over-long one is answered with a message, never an error page.
 */
@Controller
class FindController {

    /** How many answers the page lists; one more is read to know whether there are more. */
    static final int MOST_SHOWN = 50;

    private final FindPayments findPayments;
    private final OpenExceptionMarks openExceptions;

    FindController(FindPayments findPayments, OpenExceptionMarks openExceptions) {
        this.findPayments = findPayments;
        this.openExceptions = openExceptions;
    }

    @GetMapping("/admin/find")
    String find(@RequestParam(name = "q", required = false) String query, Model model) {
        if (query == null || query.isBlank()) {
            return "redirect:/admin/payments";
        }
        model.addAttribute("section", "payments");
        model.addAttribute("q", query.strip());
        if (query.strip().length() > PaymentLookup.MAX_LENGTH) {
            model.addAttribute("tooLong", true);
            model.addAttribute("found", List.of());
            return "admin/find";
        }
        List<Payment> found = findPayments.lookUp(PaymentLookup.of(query), MOST_SHOWN + 1);
        if (found.size() == 1) {
            return "redirect:/admin/payments/" + found.get(0).id().value();
        }
        model.addAttribute("found", found.stream().limit(MOST_SHOWN).toList());
        model.addAttribute("openExceptions", openExceptions.paymentIds());
        model.addAttribute("more", found.size() > MOST_SHOWN);
        return "admin/find";
    }
}
