package id.kasir.web.admin.portal;

import id.kasir.application.payment.PaymentNotFoundException;
import id.kasir.application.port.StoreUnavailable;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Friendly pages instead of stack traces: "not found" for a payment that does not exist, and a
 * generic page (with a reference to find the log line) for anything unexpected; Kasir's database out of
 * reach is not "unexpected" and goes on to {@link PortalStoreOutagePage}'s 503.
 */
@ControllerAdvice(basePackages = "id.kasir.web.admin")
public class PortalErrors {

    private static final Logger log = LoggerFactory.getLogger(PortalErrors.class);

    @ExceptionHandler({PaymentNotFoundException.class, NotFound.class, MethodArgumentTypeMismatchException.class})
    String notFound(Exception e, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("status", 404);
        return "admin/problem";
    }

    /**
     * Tomcat decodes a query string only when a parameter is first read, i.e. inside the controller: a lone
     * {@code %} in a search box's value ({@code ?orderId=%}) is the reader's mistake, answered 400 and not logged
     * as an error.
     */
    @ExceptionHandler(InvalidParameterException.class)
    String undecodableQuery(Exception e, Model model, HttpServletResponse response) {
        log.debug("Portal query that cannot be decoded: {}", e.getMessage());
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("status", 400);
        return "admin/problem";
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, Model model, HttpServletResponse response) throws Exception {
        if (StoreUnavailable.isCauseOf(e)) {
            // Not a bug: the database is away. PortalStoreOutagePage answers 503 for the whole chain, the same
            // page whatever failed first (rethrowing the very exception is not logged again by Spring MVC).
            throw e;
        }
        String reference = Long.toString(System.nanoTime(), 36).toUpperCase(java.util.Locale.ROOT);
        log.error("Admin portal error {}", reference, e);
        response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        model.addAttribute("status", 500);
        model.addAttribute("reference", reference);
        return "admin/problem";
    }

    /** Something asked for by id does not exist (a notification, an exception, an account). */
    public static class NotFound extends RuntimeException {
        public NotFound(String what) {
            super(what);
        }
    }
}
