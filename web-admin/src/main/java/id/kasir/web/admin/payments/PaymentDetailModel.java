package id.kasir.web.admin.payments;

import id.kasir.domain.ops.OpsException;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentTransitions;
import id.kasir.domain.payment.PaymentStatus;
import java.util.List;
import org.springframework.ui.Model;

/** What the detail page shows, put in the model in one place (the actions re-render the same page). */
final class PaymentDetailModel {

    private PaymentDetailModel() {
    }

    static void fill(Model model, Payment payment, List<TimelineEntry> timeline, List<OpsException> exceptions) {
        model.addAttribute("p", payment);
        model.addAttribute("timeline", timeline);
        model.addAttribute("exceptions", exceptions);
        model.addAttribute("cancellable", PaymentTransitions.TABLE.allows(payment.status(), PaymentStatus.CANCELLED));
    }
}
