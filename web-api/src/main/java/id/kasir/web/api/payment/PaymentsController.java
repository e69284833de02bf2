package id.kasir.web.api.payment;

import id.kasir.application.gateway.PaymentRequestRejected;
import id.kasir.application.merchant.CreateMerchantPayment;
import id.kasir.application.merchant.MerchantPaymentRequest;
import id.kasir.application.payment.FindPayments;
import id.kasir.application.payment.PaymentNotFoundException;
import id.kasir.application.payment.RefreshPayment;
import id.kasir.application.port.QrImageRenderer;
import id.kasir.domain.common.Actor;
import id.kasir.domain.gateway.GatewayCallResult;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.money.Money;
import id.kasir.domain.payment.Customer;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentId;
import id.kasir.domain.payment.PaymentMethod;
import id.kasir.domain.payment.PaymentStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import java.time.Duration;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/payments}: create, read, re-query and draw the QR of payments. */
@RestController
@RequestMapping("/api/v1/payments")
@Tag(name = "Payments")
@SecurityRequirement(name = "apiKey")
public class PaymentsController {

    private static final String PROBLEM = "application/problem+json";
    private final CreateMerchantPayment createMerchantPayment;
    private final FindPayments findPayments;
    private final RefreshPayment refreshPayment;
    private final PaymentQrImage qrImage;
    private final Duration pendingRetryAfter;
    private final int qrSize;

    public PaymentsController(CreateMerchantPayment createMerchantPayment, FindPayments findPayments,
                              RefreshPayment refreshPayment, QrImageRenderer qrImageRenderer,
                              Duration pendingRetryAfter, int qrSize) {
        this.createMerchantPayment = createMerchantPayment;
        this.findPayments = findPayments;
        this.refreshPayment = refreshPayment;
        this.qrImage = new PaymentQrImage(qrImageRenderer);
        this.pendingRetryAfter = pendingRetryAfter;
        this.qrSize = qrSize;
    }

    @PostMapping
    @Operation(summary = "Create a payment", description = """
            201: created (OPEN with a link/QR/pay code, or FAILED with statusReason when the gateway declined). \
            202: created but the gateway did not answer in time; the payment is PENDING: fetch it again after \
            Retry-After seconds or wait for the notification. 200: this order id (or Idempotency-Key) was \
            already asked with the same values: the existing payment. 409: asked before with different values.""")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(responseCode = "200", description = "The same request again: the existing payment")
    @ApiResponse(responseCode = "202", description = "Created, gateway outcome not known yet (PENDING)")
    @ApiResponse(responseCode = "409", description = "Order id or Idempotency-Key used for different values",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "422", description = "Invalid fields, unknown provider, unsupported method, amount "
            + "below the gateway's minimum", content = @Content(mediaType = PROBLEM))
    public ResponseEntity<PaymentResponse> create(
            @Valid @RequestBody CreatePaymentBody body,
            @Parameter(description = "Optional; the same key with the same body answers the same payment")
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            Principal caller) {
        MerchantPaymentRequest request = toRequest(body, idempotencyKey);
        CreateMerchantPayment.Outcome outcome = createMerchantPayment.create(request, merchant(caller));
        Payment payment = outcome.payment();
        PaymentResponse response = PaymentResponse.of(payment);
        if (!outcome.created()) {
            return ResponseEntity.ok(response);
        }
        URI location = URI.create("/api/v1/payments/" + payment.id().value());
        if (payment.status() == PaymentStatus.PENDING) {
            return ResponseEntity.accepted().location(location)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, pendingRetryAfter.toSeconds())))
                    .body(response);
        }
        return ResponseEntity.created(location).body(response);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get a payment by Kasir's id")
    @ApiResponse(responseCode = "404", content = @Content(mediaType = PROBLEM))
    public PaymentResponse byId(@PathVariable String id) {
        return PaymentResponse.of(findPayments.byId(paymentId(id)));
    }

    @GetMapping
    @Operation(summary = "Get the payment of an order", description = "Order ids are unique: one payment or 404.")
    @ApiResponse(responseCode = "404", content = @Content(mediaType = PROBLEM))
    public PaymentResponse byOrderId(@RequestParam String orderId) {
        return PaymentResponse.of(findPayments.byOrderId(orderId));
    }

    @PostMapping("/{id}/refresh")
    @Operation(summary = "Ask the gateway for the payment's status now, and apply its answer")
    @ApiResponse(responseCode = "502", description = "The gateway's answer was unusable; payment unchanged",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "504", description = "The gateway did not answer in time; payment unchanged",
            content = @Content(mediaType = PROBLEM))
    public PaymentResponse refresh(@PathVariable String id, Principal caller) {
        PaymentId paymentId = paymentId(id);
        RefreshPayment.Refreshed refreshed = refreshPayment.refresh(paymentId, merchant(caller));
        String gateway = refreshed.before().gateway().value();
        if (refreshed.gatewaySays() instanceof GatewayCallResult.Unknown<?> unknown) {
            boolean timedOut = unknown.reason().toLowerCase(Locale.ROOT).contains("time");
            throw new GatewayUnavailable(timedOut
                    ? gateway + " did not answer in time (" + reasonFor(unknown.reason()) + "); the payment is unchanged"
                    : gateway + " gave no usable answer (" + reasonFor(unknown.reason()) + "); the payment is unchanged",
                    timedOut);
        }
        if (refreshed.gatewaySays() instanceof GatewayCallResult.Declined<?> declined) {
            throw new GatewayUnavailable(gateway + " refused the status query (" + (declined.code() == null ? ""
                    : declined.code() + ": ") + declined.message() + "); the payment is unchanged", false);
        }
        return PaymentResponse.of(findPayments.byId(paymentId));
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
                    "No enabled gateway called '" + body.provider() + "'");
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

    private static String reasonFor(String reason) {
        return reason.startsWith("adapter error") ? "an internal error in its adapter" : reason;
    }

    private static PaymentId paymentId(String id) {
        try {
            return new PaymentId(id);
        } catch (IllegalArgumentException notAnId) {
            throw new PaymentNotFoundException(id.length() > 40 ? id.substring(0, 40) + "…" : id);
        }
    }

    private static Actor merchant(Principal caller) {
        return Actor.merchant(caller == null ? "unknown" : caller.getName());
    }
}
