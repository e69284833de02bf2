package id.kasir.web.api.payout;

import id.kasir.application.payout.PayoutGatewayUnavailable;
import id.kasir.application.payout.PayoutNotFoundException;
import id.kasir.application.payout.PayoutRefused;
import id.kasir.domain.gateway.UnknownCause;
import id.kasir.web.api.problem.Problems;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The payout endpoints' own problems (RFC 9457, {@code urn:kasir:problem:<type>}), decided from the
 * exceptions' types and typed reasons; everything else (invalid fields, unreadable bodies, conflicts,
 * our own errors) is the merchant API's common handler's. Ordered before it.
 */
@RestControllerAdvice(basePackageClasses = PayoutsController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
public class PayoutProblems {

    private static final int UNPROCESSABLE = 422;

    @ExceptionHandler(PayoutRefused.class)
    ResponseEntity<ProblemDetail> refused(PayoutRefused ex, HttpServletRequest request) {
        ProblemDetail problem = switch (ex.reason()) {
            case ACCOUNT_NOT_FOUND -> Problems.of(UNPROCESSABLE, "account-not-found", "No such e-wallet account",
                    ex.getMessage());
            case INQUIRY_DECLINED -> Problems.of(UNPROCESSABLE, "inquiry-declined", "The gateway refused the inquiry",
                    ex.getMessage());
            case BELOW_MINIMUM -> Problems.of(UNPROCESSABLE, "amount-below-minimum", "Amount below the minimum",
                    ex.getMessage());
            case OVER_PAYOUT_MAXIMUM -> Problems.of(UNPROCESSABLE, "amount-above-maximum", "Amount above the maximum",
                    ex.getMessage());
            case OVER_DAILY_LIMIT -> Problems.of(UNPROCESSABLE, "daily-limit-exceeded", "Daily payout limit reached",
                    ex.getMessage());
            case INVALID_REQUEST -> Problems.of(UNPROCESSABLE, "invalid-request", "Invalid request", ex.getMessage());
            case GATEWAY_NOT_ENABLED -> Problems.of(503, "payouts-unavailable", "Payouts are not enabled", ex.getMessage());
            case NOT_PERMITTED -> Problems.of(403, "forbidden", "Not allowed", ex.getMessage());
        };
        return respond(problem, request);
    }

    @ExceptionHandler(InvalidPayoutRequest.class)
    ResponseEntity<ProblemDetail> invalid(InvalidPayoutRequest ex, HttpServletRequest request) {
        return respond(Problems.of(UNPROCESSABLE, "invalid-request", "Invalid request", ex.getMessage()), request);
    }

    @ExceptionHandler(PayoutGatewayUnavailable.class)
    ResponseEntity<ProblemDetail> gateway(PayoutGatewayUnavailable ex, HttpServletRequest request) {
        ProblemDetail problem = ex.unknownCause() == UnknownCause.TIMEOUT
                ? Problems.of(504, "gateway-timeout", "Gateway timed out", ex.getMessage())
                : Problems.of(502, "gateway-error", "Gateway error", ex.getMessage());
        problem.setProperty("cause", ex.unknownCause().name());
        return respond(problem, request);
    }

    @ExceptionHandler(PayoutNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(PayoutNotFoundException ex, HttpServletRequest request) {
        return respond(Problems.of(404, "payout-not-found", "Payout not found", ex.getMessage()), request);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem, HttpServletRequest request) {
        try {
            problem.setInstance(URI.create(request.getRequestURI()));
        } catch (IllegalArgumentException unusualPath) {
            // leave instance out rather than fail the error response
        }
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
