package id.kasir.application.merchant;

import id.kasir.domain.common.Text;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.money.Money;
import id.kasir.domain.payment.Customer;
import id.kasir.domain.payment.NewPayment;
import id.kasir.domain.payment.PaymentMethod;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * A payment as the merchant's system asks for it, with an optional {@code Idempotency-Key}. The
 * expiry is relative ({@code expiresInMinutes}) because the merchant's clock is not ours.
 */
public record MerchantPaymentRequest(
        String orderId,
        GatewayId gateway,
        PaymentMethod method,
        Money amount,
        int expiresInMinutes,
        Customer customer,
        String description,
        String successUrl,
        String cancelUrl,
        String idempotencyKey) {

    public static final int DEFAULT_EXPIRY_MINUTES = 60;
    public static final int LONGEST_EXPIRY_MINUTES = 7 * 24 * 60;

    public MerchantPaymentRequest {
        orderId = Text.required(orderId, "orderId", 64);
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(amount, "amount");
        if (expiresInMinutes < 1 || expiresInMinutes > LONGEST_EXPIRY_MINUTES) {
            throw new IllegalArgumentException("expiresInMinutes must be 1 to " + LONGEST_EXPIRY_MINUTES);
        }
        customer = customer == null ? Customer.UNKNOWN : customer;
        description = Text.optional(description, "description", 255);
        successUrl = Text.optional(successUrl, "successUrl", 255);
        cancelUrl = Text.optional(cancelUrl, "cancelUrl", 255);
        idempotencyKey = Text.identifier(Text.optional(idempotencyKey, "Idempotency-Key", 255), "Idempotency-Key");
    }

    public NewPayment toNewPayment(Instant now) {
        return new NewPayment(orderId, gateway, method, amount, now.plus(Duration.ofMinutes(expiresInMinutes)),
                customer, description, successUrl, cancelUrl);
    }

    /**
     * The request's material fields, one per line, each as {@code name=length:value} so that no two
     * different requests can produce the same text; hashed, this is what an idempotency key remembers.
     */
    public String fingerprint() {
        StringBuilder text = new StringBuilder();
        for (List<String> field : MaterialFields.of(this)) {
            String value = field.get(1);
            text.append(field.get(0)).append('=')
                    .append(value == null ? "-" : value.length() + ":" + value).append('\n');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
