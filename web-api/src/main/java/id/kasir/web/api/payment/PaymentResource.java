package id.kasir.web.api.payment;

import id.kasir.domain.money.Money;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentInstructions;
import id.kasir.domain.payment.PaymentStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A payment as the merchant sees it: the one shape of a payment, written by Jackson from this record
 * in every API answer and in the {@code data} of every {@code payment.*} event, so the two can never
 * disagree. Amounts are whole rupiah as JSON numbers ({@code 15000}); times are UTC ISO-8601.
 *
 * @param version grows by one with every stored change of the payment; an event and an API answer with
 *                the same version show the same payment, and a receiver ignores an event whose version
 *                is lower than the one it has
 */
@Schema(name = "Payment", description = "A payment; the same shape in API answers and in the data of payment.* events")
public record PaymentResource(
        @Schema(description = "Kasir's payment id", example = "7f0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b") String id,
        @Schema(description = "The merchant's order id", example = "ORD-2026-0001") String orderId,
        @Schema(allowableValues = {"PENDING", "OPEN", "PAYING", "PAID", "FAILED", "EXPIRED", "CANCELLED"}) String status,
        @Schema(description = "The gateway", example = "cashin") String provider,
        @Schema(allowableValues = {"CHECKOUT_PAGE", "QRIS", "EWALLET", "VA"}) String method,
        @Schema(example = "IDR") String currency,
        @Schema(description = "Asked amount, whole rupiah", example = "15000", type = "integer") BigDecimal amount,
        @Schema(description = "What the customer must pay (Cashi adds 1-99 rupiah)", example = "15042", type = "integer")
        BigDecimal amountToPay,
        @Schema(description = "What the gateway reports paid; null until PAID", example = "15042", type = "integer",
                nullable = true) BigDecimal paidAmount,
        @Schema(description = "When Kasir learned it was paid; null until PAID", nullable = true) Instant paidAt,
        @Schema(description = "The gateway's fee when it told us (PayIn does), rupiah; else null", type = "number",
                nullable = true) BigDecimal fee,
        @Schema(description = "What the customer needs to pay; null while the gateway has issued nothing",
                nullable = true) Instructions instructions,
        Instant expiresAt,
        Instant createdAt,
        @Schema(description = "When the payment last changed") Instant updatedAt,
        @Schema(description = "Why the payment ended unpaid (FAILED: the gateway's decline; EXPIRED; CANCELLED: "
                + "the reason given); null in every other status", nullable = true) String statusReason,
        @Schema(description = "Grows with every stored change: order events by it", example = "3") long version) {

    /** What the customer needs to pay; each part may be null, depending on gateway and method. */
    @Schema(name = "PaymentInstructions")
    public record Instructions(
            @Schema(description = "A page to send the customer to", nullable = true) String checkoutUrl,
            @Schema(description = "EMVCo/QRIS payload to render; see also /qr.png", nullable = true) String qrContent,
            @Schema(description = "A gateway-made QR image (may be a data: URL)", nullable = true) String qrImageUrl,
            @Schema(description = "VA number or e-wallet pay code", nullable = true) String payCode) {

        static Instructions of(PaymentInstructions i) {
            boolean none = i.checkoutUrl() == null && i.qrContent() == null && i.qrImageUrl() == null
                    && i.payCode() == null;
            return none ? null : new Instructions(i.checkoutUrl(), i.qrContent(), i.qrImageUrl(), i.payCode());
        }
    }

    /** The payment as loaded: its version is the stored one. */
    public static PaymentResource of(Payment p) {
        return of(p, p.version());
    }

    /** The payment at {@code version} (for an event, the version the change is stored under). */
    public static PaymentResource of(Payment p, long version) {
        return new PaymentResource(p.id().value(), p.orderId(), p.status().name(), p.gateway().value(), p.method().name(),
                p.amount().currency().getCurrencyCode(), rupiah(p.amount()), rupiah(p.amountToPay()),
                p.paidAmount().map(PaymentResource::rupiah).orElse(null), p.paidAt().map(PaymentResource::stored).orElse(null),
                p.gatewayFee().map(PaymentResource::rupiah).orElse(null), Instructions.of(p.instructions()),
                stored(p.expiresAt()), stored(p.createdAt()), stored(p.updatedAt()), statusReason(p), version);
    }

    /**
     * A time as Kasir stores it: to the microsecond ({@code DATETIME(6)}). An event is written from the
     * payment in memory, whose clock may say nanoseconds; without this, the event and a later
     * {@code GET} of the same version would differ in the ninth digit.
     */
    public static Instant stored(Instant time) {
        return time.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Only an unpaid ending explains itself to the merchant. A PENDING payment's reason is our own note
     * of why the gateway's answer is unknown (a time-out, an adapter fault): not the merchant's business.
     */
    private static String statusReason(Payment p) {
        boolean endedUnpaid = p.status() == PaymentStatus.FAILED || p.status() == PaymentStatus.EXPIRED
                || p.status() == PaymentStatus.CANCELLED;
        return endedUnpaid ? p.statusReason().orElse(null) : null;
    }

    /** Whole rupiah as an integer JSON number ({@code 15000}, not {@code 15000.00} or {@code 1.5E+4}). */
    static BigDecimal rupiah(Money money) {
        BigDecimal amount = money.amount();
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() <= 0 ? amount.setScale(0) : stripped;
    }
}
