package id.kasir.web.api.payment;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** The body of {@code POST /api/v1/payments}. Limits mirror the domain's, so every mistake is reported per field. */
@Schema(name = "CreatePaymentRequest")
public record CreatePaymentBody(
        @Schema(description = "The merchant's own order id; unique: the same order id again answers the same payment",
                example = "ORD-2026-0001", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank @Size(max = 64) String orderId,

        @Schema(description = "Whole rupiah", example = "15000", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull @Positive @Digits(integer = 15, fraction = 0, message = "must be a whole number of rupiah")
        BigDecimal amount,

        @Schema(description = "IDR, the default and for now the only currency", example = "IDR", defaultValue = "IDR")
        @Pattern(regexp = "IDR", message = "must be IDR (the only currency for now)") String currency,

        @Schema(description = "The gateway", example = "cashin", allowableValues = {"cashin", "cashi", "payin"},
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank @Size(max = 32) String provider,

        @Schema(example = "QRIS", allowableValues = {"CHECKOUT_PAGE", "QRIS", "EWALLET", "VA"},
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull @Pattern(regexp = "CHECKOUT_PAGE|QRIS|EWALLET|VA", message = "must be one of CHECKOUT_PAGE, QRIS, EWALLET, VA")
        String method,

        @Schema(description = "Minutes until the payment expires (default 60, at most 10080 = 7 days)", example = "30")
        @Min(1) @Max(10080) Integer expiresInMinutes,

        @Valid CustomerBody customer,

        @Schema(example = "https://shop.example/orders/ORD-2026-0001/paid")
        @Size(max = 255) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String successUrl,

        @Schema(example = "https://shop.example/orders/ORD-2026-0001")
        @Size(max = 255) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String cancelUrl,

        @Schema(example = "2 x Kopi susu") @Size(max = 255) String description) {

    /** What the merchant knows about the customer; every field optional. */
    @Schema(name = "Customer")
    public record CustomerBody(
            @Size(max = 64) String id,
            @Schema(description = "Indonesian mobile number, 628…", example = "6281234567890")
            @Size(max = 32) @Pattern(regexp = "\\+?[0-9][0-9 -]*", message = "must be a phone number") String phone,
            @Size(max = 128) String name,
            @Size(max = 128) @jakarta.validation.constraints.Email String email) {
    }
}
