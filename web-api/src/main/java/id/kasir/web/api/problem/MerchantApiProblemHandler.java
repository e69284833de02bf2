package id.kasir.web.api.problem;

import id.kasir.application.gateway.PaymentRequestRejected;
import id.kasir.application.merchant.IdempotencyConflict;
import id.kasir.application.payment.PaymentNotFoundException;
import id.kasir.application.port.StoreUnavailable;
import id.kasir.domain.common.InvalidPageCursor;
import id.kasir.web.api.payment.GatewayUnavailable;
import id.kasir.web.api.payment.InvalidPaymentRequest;
import id.kasir.web.api.payment.PaymentsController;
import id.kasir.web.api.payout.PayoutsController;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of the merchant API into a problem detail (RFC 9457). Client mistakes are 4xx
 * with a message that says what to fix: 400 when the body cannot be read as JSON of the right shape,
 * 422 when it can but its values are refused (with an {@code errors} array, one entry per field).
 * Anything unexpected is a 500 with a reference to the log line, never a stack trace.
 *
 * <p>Scoped to the merchant API's controllers and ordered first, so the portal's own handlers never
 * answer for the API and this one never answers for the portal.
 */
@RestControllerAdvice(basePackageClasses = {PaymentsController.class, PayoutsController.class})
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class MerchantApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(MerchantApiProblemHandler.class);
    private static final int UNPROCESSABLE = 422;

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        ex.getBindingResult().getFieldErrors().forEach(e -> errors.add(new FieldError(e.getField(),
                e.getDefaultMessage())));
        ex.getBindingResult().getGlobalErrors().forEach(e -> errors.add(new FieldError(e.getObjectName(),
                e.getDefaultMessage())));
        return validationFailed(errors, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            if (result instanceof ParameterErrors body) {
                // A @Valid body validated with the method's other parameters: its fields, as for a body alone.
                body.getFieldErrors().forEach(e -> errors.add(new FieldError(e.getField(), e.getDefaultMessage())));
                continue;
            }
            // A header is named as the client sends it (Idempotency-Key), not as our Java parameter.
            RequestHeader header = result.getMethodParameter().getParameterAnnotation(RequestHeader.class);
            String name = header != null && !header.name().isEmpty() ? header.name()
                    : result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(e -> errors.add(new FieldError(name, e.getDefaultMessage())));
        }
        return validationFailed(errors, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        return respond(BodyProblems.of(ex), request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String name = ex.getPropertyName() == null ? "a parameter" : "'" + ex.getPropertyName() + "'";
        String expected = ex.getRequiredType() != null && Number.class.isAssignableFrom(ex.getRequiredType())
                ? "a whole number" : "a value of another form";
        return respond(Problems.of(400, "invalid-query", "Invalid query", "Parameter " + name + " must be " + expected),
                request);
    }

    @ExceptionHandler(InvalidQuery.class)
    ResponseEntity<Object> invalidQuery(InvalidQuery ex, WebRequest request) {
        return respond(invalidQuery(ex.errors()), request);
    }

    @ExceptionHandler(MalformedRequest.class)
    ResponseEntity<Object> malformed(MalformedRequest ex, WebRequest request) {
        ProblemDetail problem = Problems.of(400, "malformed-request", "Malformed request", ex.getMessage());
        problem.setProperty("errors", List.of(ex.error()));
        return respond(problem, request);
    }

    /**
     * The firewall checks a header's value only when it is first read, which for an optional header such as
     * {@code Idempotency-Key} is while the controller's arguments are resolved: the same 400 as every other
     * request the firewall refuses, not a 500.
     */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<Object> rejectedByTheFirewall(RequestRejectedException ex, WebRequest request) {
        log.debug("Refused a header the firewall rejects: {}", ex.getMessage());
        return respond(ContainerProblems.rejectedRequest(), request);
    }

    @ExceptionHandler(InvalidPageCursor.class)
    ResponseEntity<Object> invalidCursor(InvalidPageCursor ex, WebRequest request) {
        return respond(invalidQuery(List.of(new FieldError("after", "must be the nextCursor of the page before"))),
                request);
    }

    /** Tomcat could not decode the query string (a stray {@code %}, {@code %zz}, bytes that are not UTF-8). */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<Object> undecodableQuery(InvalidParameterException ex, WebRequest request) {
        return respond(ContainerProblems.undecodableQuery(ex), request);
    }

    private static ProblemDetail invalidQuery(List<FieldError> errors) {
        ProblemDetail problem = Problems.of(400, "invalid-query", "Invalid query",
                errors.stream().map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; ")));
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(PaymentRequestRejected.class)
    ResponseEntity<Object> rejected(PaymentRequestRejected ex, WebRequest request) {
        ProblemDetail problem = switch (ex.reason()) {
            case UNKNOWN_GATEWAY -> Problems.of(UNPROCESSABLE, "unknown-provider", "Unknown provider", ex.getMessage());
            case UNSUPPORTED_METHOD -> Problems.of(UNPROCESSABLE, "unsupported-method",
                    "Method not offered by this provider", ex.getMessage());
            case AMOUNT_BELOW_MINIMUM -> Problems.of(UNPROCESSABLE, "amount-below-minimum",
                    "Amount below the provider's minimum", ex.getMessage());
            case AMOUNT_ABOVE_MAXIMUM -> Problems.of(UNPROCESSABLE, "amount-above-maximum",
                    "Amount above the provider's maximum", ex.getMessage());
            case INVALID_REQUEST -> Problems.of(UNPROCESSABLE, "invalid-request", "Invalid request", ex.getMessage());
        };
        return respond(problem, request);
    }

    @ExceptionHandler(InvalidPaymentRequest.class)
    ResponseEntity<Object> invalid(InvalidPaymentRequest ex, WebRequest request) {
        return respond(Problems.of(UNPROCESSABLE, "invalid-request", "Invalid request", ex.getMessage()), request);
    }

    @ExceptionHandler(PaymentNotFoundException.class)
    ResponseEntity<Object> notFound(PaymentNotFoundException ex, WebRequest request) {
        return respond(Problems.of(404, "payment-not-found", "Payment not found", ex.getMessage()), request);
    }

    @ExceptionHandler(PaymentsController.NoQrCode.class)
    ResponseEntity<Object> noQr(PaymentsController.NoQrCode ex, WebRequest request) {
        return respond(Problems.of(404, "no-qr-code", "No QR code", ex.getMessage()), request);
    }

    @ExceptionHandler(IdempotencyConflict.class)
    ResponseEntity<Object> conflict(IdempotencyConflict ex, WebRequest request) {
        ProblemDetail problem = Problems.of(409, "idempotency-conflict", "Conflicts with an earlier request",
                ex.getMessage());
        problem.setProperty("differingFields", ex.differingFields());
        return respond(problem, request);
    }

    @ExceptionHandler(GatewayUnavailable.class)
    ResponseEntity<Object> gateway(GatewayUnavailable ex, WebRequest request) {
        ProblemDetail problem = ex.timedOut()
                ? Problems.of(504, "gateway-timeout", "Gateway timed out", ex.getMessage())
                : Problems.of(502, "gateway-error", "Gateway error", ex.getMessage());
        return respond(problem, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex, WebRequest request) throws Exception {
        if (ex instanceof org.springframework.web.ErrorResponse || ex instanceof jakarta.servlet.ServletException) {
            // Spring MVC's own exceptions keep their own status (405, 415, …).
            return handleException(ex, request);
        }
        if (StoreOutages.isOutage(ex)) {
            log.warn("Merchant API request failed: Kasir's database is unreachable ({})", StoreUnavailable.describe(ex));
            return ResponseEntity.status(503).header(HttpHeaders.RETRY_AFTER,
                    String.valueOf(StoreOutages.RETRY_AFTER_SECONDS)).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(withInstance(StoreOutages.problem(), request));
        }
        String reference = UUID.randomUUID().toString();
        log.error("Merchant API request failed unexpectedly (reference {})", reference, ex);
        ProblemDetail problem = Problems.of(500, "internal-error", "Internal error",
                "Something went wrong on our side; quote reference " + reference + " if it persists");
        problem.setProperty("reference", reference);
        return respond(problem, request);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            withInstance(problem, request);
            if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
                // Spring MVC's own errors (missing parameter, wrong content type): our type names, same format.
                int code = statusCode.value();
                problem.setType(URI.create("urn:kasir:problem:" + (code == 404 ? "not-found"
                        : code == 400 ? "malformed-request" : "request-not-supported")));
            }
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private ResponseEntity<Object> validationFailed(List<FieldError> errors, WebRequest request) {
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
        ProblemDetail problem = Problems.of(UNPROCESSABLE, "validation-failed", "Invalid fields",
                errors.stream().map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; ")));
        problem.setProperty("errors", errors);
        return respond(problem, request);
    }

    private ResponseEntity<Object> respond(ProblemDetail problem, WebRequest request) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(withInstance(problem, request));
    }

    private static ProblemDetail withInstance(ProblemDetail problem, WebRequest request) {
        return request instanceof ServletWebRequest servlet ? Problems.at(servlet.getRequest(), problem) : problem;
    }
}
