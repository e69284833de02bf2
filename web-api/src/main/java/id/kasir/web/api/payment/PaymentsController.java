package id.kasir.web.api.payment;

import id.kasir.application.gateway.PaymentRequestRejected;
import id.kasir.application.merchant.ApiCaller;
import id.kasir.application.merchant.CreateMerchantPayment;
import id.kasir.application.merchant.MerchantPaymentRequest;
import id.kasir.application.payment.FindPayments;
import id.kasir.application.payment.PaymentNotFoundException;
import id.kasir.application.payment.RefreshPayment;
import id.kasir.application.port.QrImageRenderer;
import id.kasir.domain.common.Page;
import id.kasir.domain.gateway.GatewayCallResult;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.gateway.UnknownCause;
import id.kasir.domain.money.Money;
import id.kasir.domain.payment.Customer;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentId;
import id.kasir.domain.payment.PaymentMethod;
import id.kasir.domain.payment.PaymentStatus;
import id.kasir.web.api.input.SafeIdentifier;
import id.kasir.web.api.problem.MalformedRequest;
import id.kasir.web.api.problem.Problems;
import id.kasir.web.api.security.ApiKeyAuthentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/payments}: create, list, read, re-query and draw the QR of payments. Every payment in
 * an answer is a {@link PaymentResource}; absolute URLs ({@code Location}, {@code next}) are built from
 * {@code kasir.public-base-url}, never from the request's Host header.
 */
@RestController
@RequestMapping("/api/v1/payments")
@Tag(name = "Payments")
@SecurityRequirement(name = "apiKey")
public class PaymentsController {

    private static final String PROBLEM = "application/problem+json";
    /** Kasir's payment ids are UUIDs; anything else cannot be one, and is not echoed back. */
    private static final Pattern PAYMENT_ID = Pattern.compile("[A-Za-z0-9-]{1,36}");
    private final CreateMerchantPayment createMerchantPayment;
    private final FindPayments findPayments;
    private final RefreshPayment refreshPayment;
    private final PaymentQrImage qrImage;
    private final Duration pendingRetryAfter;
    private final int qrSize;
    private final String publicBaseUrl;

    public PaymentsController(CreateMerchantPayment createMerchantPayment, FindPayments findPayments,
                              RefreshPayment refreshPayment, QrImageRenderer qrImageRenderer,
                              Duration pendingRetryAfter, int qrSize, String publicBaseUrl) {
        this.createMerchantPayment = createMerchantPayment;
        this.findPayments = findPayments;
        this.refreshPayment = refreshPayment;
        this.qrImage = new PaymentQrImage(qrImageRenderer);
        this.pendingRetryAfter = pendingRetryAfter;
        this.qrSize = qrSize;
        this.publicBaseUrl = Objects.requireNonNull(publicBaseUrl, "publicBaseUrl").replaceAll("/+$", "");
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a payment", description = """
            The body must be 'Content-Type: application/json' in UTF-8 (no other charset, no Content-Encoding), \
            at most kasir.api.max-body-size (default 64 KiB). \
            201: created (OPEN with instructions, or FAILED with statusReason when the gateway declined). \
            202: created but the gateway did not answer in time; the payment is PENDING: fetch it again after \
            Retry-After seconds or wait for the notification. 200: this order id (or this API key's \
            Idempotency-Key) was already asked with the same values: the existing payment. 409: asked before with \
            different values.""")
    @ApiResponse(responseCode = "201", description = "Created", headers = @Header(name = "Location",
            description = "The payment's absolute URL"))
    @ApiResponse(responseCode = "200", description = "The same request again: the existing payment")
    @ApiResponse(responseCode = "202", description = "Created, gateway outcome not known yet (PENDING)",
            headers = @Header(name = "Retry-After", description = "Seconds until it is worth fetching it again"))
    @ApiResponse(responseCode = "400", description = "Not JSON, not UTF-8, a field of the wrong JSON type, an unknown "
            + "or duplicate field, an amount with an exponent", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "409", description = "Order id or Idempotency-Key used for different values",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "413", description = "Body larger than kasir.api.max-body-size",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "415", description = "Not application/json in UTF-8", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "422", description = "Invalid fields (a fraction of a rupiah, a forbidden character "
            + "in an identifier…), unknown provider, unsupported method, amount below the provider's minimum or above "
            + "its maximum", content = @Content(mediaType = PROBLEM))
    public ResponseEntity<PaymentResource> create(
            @Valid @RequestBody CreatePaymentBody body,
            @Parameter(description = "Optional, at most 255 characters, no control, format, bidirectional, "
                    + "separator or surrogate characters; this API key's same key with the same body answers the "
                    + "same payment; kept for kasir.api.idempotency-keys.retention (default 30 days)")
            @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 255) @SafeIdentifier
            String idempotencyKey,
            Authentication caller, HttpServletRequest request) {
        if (Collections.list(request.getHeaders("Idempotency-Key")).size() > 1) {
            // Which one would the merchant mean? Guessing is how a retry makes a second payment.
            throw new MalformedRequest("Idempotency-Key", "must be given once");
        }
        MerchantPaymentRequest paymentRequest = toRequest(body, idempotencyKey);
        CreateMerchantPayment.Outcome outcome = createMerchantPayment.create(paymentRequest, caller(caller, request));
        Payment payment = outcome.payment();
        PaymentResource response = PaymentResource.of(payment);
        if (!outcome.created()) {
            return ResponseEntity.ok(response);
        }
        URI location = URI.create(publicBaseUrl + "/api/v1/payments/" + payment.id().value());
        if (payment.status() == PaymentStatus.PENDING) {
            return ResponseEntity.accepted().location(location)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, pendingRetryAfter.toSeconds())))
                    .body(response);
        }
        return ResponseEntity.created(location).body(response);
    }

    @GetMapping
    @Operation(summary = "List payments, newest first", description = """
            Filters (all optional, each at most once; an unknown parameter is refused): status, provider, method, \
            createdFrom (inclusive) and createdTo (exclusive) as ISO-8601 times with an offset (encode '+' as %2B), \
            orderId (exact). Paging: limit (1-200, default 50) and after (the nextCursor of the page before); \
            keyset paging, so a payment created meanwhile never shifts a page.""")
    @Parameter(name = "status", in = ParameterIn.QUERY, schema = @Schema(allowableValues = {"PENDING", "OPEN", "PAYING",
            "PAID", "FAILED", "EXPIRED", "CANCELLED"}))
    @Parameter(name = "provider", in = ParameterIn.QUERY, example = "cashin")
    @Parameter(name = "method", in = ParameterIn.QUERY, schema = @Schema(allowableValues = {"CHECKOUT_PAGE", "QRIS",
            "EWALLET", "VA"}))
    @Parameter(name = "createdFrom", in = ParameterIn.QUERY, example = "2026-11-21T00:00:00Z",
            schema = @Schema(type = "string", format = "date-time"))
    @Parameter(name = "createdTo", in = ParameterIn.QUERY, example = "2026-11-22T00:00:00Z",
            schema = @Schema(type = "string", format = "date-time"))
    @Parameter(name = "orderId", in = ParameterIn.QUERY, description = "Exact order id (case and spaces count)")
    @Parameter(name = "limit", in = ParameterIn.QUERY, schema = @Schema(type = "integer", minimum = "1",
            maximum = "200", defaultValue = "50"))
    @Parameter(name = "after", in = ParameterIn.QUERY, description = "nextCursor of the page before")
    @ApiResponse(responseCode = "200", description = "One page")
    @ApiResponse(responseCode = "400", description = "An unknown, repeated or unreadable parameter; a cursor this list "
            + "did not give", content = @Content(mediaType = PROBLEM))
    public PaymentPage list(HttpServletRequest request) {
        PaymentListQuery query = PaymentListQuery.parse(request.getParameterMap());
        Page<Payment> page = findPayments.search(query.search);
        List<PaymentResource> items = page.items().stream()
                .filter(p -> query.exactOrderId == null || p.orderId().equals(query.exactOrderId))
                .map(PaymentResource::of).toList();
        String cursor = page.nextCursor().orElse(null);
        return new PaymentPage(items, cursor,
                cursor == null ? null : publicBaseUrl + "/api/v1/payments?" + query.nextQuery(cursor));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get a payment by Kasir's id")
    @ApiResponse(responseCode = "404", content = @Content(mediaType = PROBLEM))
    public PaymentResource byId(@PathVariable String id) {
        return PaymentResource.of(findPayments.byId(paymentId(id)));
    }

    @PostMapping("/{id}/refresh")
    @Operation(summary = "Ask the gateway for the payment's status now, and apply its answer")
    @ApiResponse(responseCode = "502", description = "The gateway's answer was unusable or it refused the query; "
            + "payment unchanged", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "504", description = "The gateway did not answer in time; payment unchanged",
            content = @Content(mediaType = PROBLEM))
    public PaymentResource refresh(@PathVariable String id, Authentication caller, HttpServletRequest request) {
        PaymentId paymentId = paymentId(id);
        RefreshPayment.Refreshed refreshed = refreshPayment.refresh(paymentId, caller(caller, request).actor());
        String gateway = refreshed.before().gateway().value();
        if (refreshed.gatewaySays() instanceof GatewayCallResult.Unknown<?> unknown) {
            boolean timedOut = unknown.cause() == UnknownCause.TIMEOUT;
            throw new GatewayUnavailable(timedOut
                    ? gateway + " did not answer in time; the payment is unchanged"
                    : gateway + " gave no usable answer (" + describe(unknown.cause()) + "); the payment is unchanged",
                    timedOut);
        }
        if (refreshed.gatewaySays() instanceof GatewayCallResult.Declined<?> declined) {
            throw new GatewayUnavailable(gateway + " refused the status query (" + (declined.code() == null ? ""
                    : declined.code() + ": ") + declined.message() + "); the payment is unchanged", false);
        }
        return PaymentResource.of(findPayments.byId(paymentId));
    }

    @GetMapping("/{id}/qr.png")
    @Operation(summary = "The payment's QR code as a PNG image",
            description = "Drawn from qrContent; for a gateway that only sends a QR image (Cashi's data: URL), "
                    + "that image. 404 when the payment has no QR.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "image/png",
            schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "404", content = @Content(mediaType = PROBLEM))
    public ResponseEntity<byte[]> qr(@PathVariable String id,
                                     @Parameter(description = "Width and height in pixels, 64 to 1024")
                                     @RequestParam(required = false) Integer size) {
        Payment payment = findPayments.byId(paymentId(id));
        int pixels = Math.max(64, Math.min(1024, size == null ? qrSize : size));
        byte[] png = qrImage.pngOf(payment, pixels).orElseThrow(() -> new NoQrCode(payment));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePrivate())
                .body(png);
    }

    /** The payment exists but has nothing to scan (a checkout page, a VA). */
    public static class NoQrCode extends RuntimeException {
        NoQrCode(Payment payment) {
            super("Payment " + payment.id() + " (" + payment.gateway() + " " + payment.method() + ") has no QR code");
        }
    }

    private static MerchantPaymentRequest toRequest(CreatePaymentBody body, String idempotencyKey) {
        GatewayId gateway;
        try {
            gateway = GatewayId.of(body.provider());
        } catch (IllegalArgumentException notAName) {
            throw new PaymentRequestRejected(PaymentRequestRejected.Reason.UNKNOWN_GATEWAY,
                    "No enabled gateway called '" + Problems.printable(body.provider(), 32) + "'");
        }
        var c = body.customer();
        try {
            return new MerchantPaymentRequest(body.orderId(), gateway, PaymentMethod.valueOf(body.method()),
                    Money.of(body.amount(), Money.IDR),
                    body.expiresInMinutes() == null ? MerchantPaymentRequest.DEFAULT_EXPIRY_MINUTES : body.expiresInMinutes(),
                    c == null ? Customer.UNKNOWN : new Customer(c.id(), c.phone(), c.name(), c.email()),
                    body.description(), body.successUrl(), body.cancelUrl(), idempotencyKey);
        } catch (IllegalArgumentException refused) {
            throw new InvalidPaymentRequest(refused.getMessage());
        }
    }

    /** For people; the status (502 or 504) is decided from the cause itself. */
    private static String describe(UnknownCause cause) {
        return switch (cause) {
            case TIMEOUT -> "it did not answer in time";
            case CONNECTION_FAILED -> "the connection failed";
            case GATEWAY_ERROR -> "it reported an internal error";
            case RATE_LIMITED -> "it is limiting requests";
            case UNREADABLE_ANSWER -> "its answer could not be read";
            case UNEXPECTED_ANSWER -> "its answer was not one Kasir can act on";
            case GATEWAY_REPORTED_UNKNOWN -> "it says the outcome is not known";
            case CIRCUIT_OPEN -> "Kasir is holding calls after repeated failures";
            case ADAPTER_ERROR -> "an internal error in its adapter";
            default -> "no usable answer";
        };
    }

    private static PaymentId paymentId(String id) {
        if (!PAYMENT_ID.matcher(id).matches()) {
            throw new PaymentNotFoundException("with this id");
        }
        return new PaymentId(id);
    }

    private static ApiCaller caller(Authentication caller, HttpServletRequest request) {
        // The API's security chain lets nothing else in; anything else here is a wiring mistake (500).
        return ((ApiKeyAuthentication) caller).caller(request.getRemoteAddr());
    }
}
