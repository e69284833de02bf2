package id.kasir.web.admin.payouts;

import id.kasir.application.payout.PayoutNotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A payout nobody has is the portal's "not found" page, like a payment (ahead of the portal's catch-all). */
@ControllerAdvice(basePackageClasses = PayoutPagesController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class PayoutPageErrors {

    @ExceptionHandler(PayoutNotFoundException.class)
    String notFound(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("status", 404);
        return "admin/problem";
    }
}
