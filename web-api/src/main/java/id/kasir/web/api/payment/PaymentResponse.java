package id.kasir.web.api.payment;

import id.kasir.domain.money.Money;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;

/** A payment as the merchant API shows it. */
@Schema(name = "Payment")
public record PaymentResponse(
        @Schema(description = "Kasir's payment id") String id,
        String orderId,
        @Schema(allowableValues = {"PENDING", "OPEN", "PAYING", "PAID", "FAILED", "EXPIRED", "CANCELLED"}) String status,
        String provider,
        String method,
        @Schema(description = "Asked amount, whole rupiah", example = "15000") BigDecimal amount,
        @Schema(description = "What the customer must pay (Cashi adds 1-99 rupiah)", example = "15042") BigDecimal amountToPay,
        String checkoutUrl,
        @Schema(description = "QRIS payload to render; see also /qr.png") String qrContent,
        @Schema(description = "A gateway-made QR image (may be a data: URL)") String qrImageUrl,
        @Schema(description = "VA number or e-wallet pay code") String payCode,
        Instant expiresAt,
        Instant createdAt,
        @Schema(description = "Why the payment FAILED (the gateway's decline), else null") String statusReason) {

    static PaymentResponse of(Payment p) {
        var i = p.instructions();
        return new PaymentResponse(p.id().value(), p.orderId(), p.status().name(), p.gateway().value(),
                p.method().name(), rupiah(p.amount()), rupiah(p.amountToPay()), i.checkoutUrl(), i.qrContent(),
                i.qrImageUrl(), i.payCode(), p.expiresAt(), p.createdAt(),
                p.status() == PaymentStatus.FAILED ? p.statusReason().orElse(null) : null);
    }

    /** Whole rupiah as an integer JSON number ({@code 15000}, not {@code 15000.00} or {@code 1.5E+4}). */
    static BigDecimal rupiah(Money money) {
        BigDecimal amount = money.amount();
        return amount.stripTrailingZeros().scale() <= 0 ? amount.setScale(0) : amount.stripTrailingZeros();
    }
}
