package id.kasir.web.api.payment;

import id.kasir.web.api.input.SafeFreeText;
import id.kasir.web.api.input.SafeIdentifier;
import id.kasir.web.api.input.StrictJsonBody;
import id.kasir.web.api.input.WholeRupiahDeserializer;
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
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The body of {@code POST /api/v1/payments}, read strictly ({@link StrictJsonBody}): each field must have
 * the JSON type shown, unknown fields are refused. Limits mirror the domain's, so every mistake is
 * reported per field.
 */
@Schema(name = "CreatePaymentRequest", additionalProperties = Schema.AdditionalPropertiesValue.FALSE,
        description = "Read as strict JSON: every field must have the JSON type shown (no \"15000\" for 15000, no 30.5 "
                + "for an integer), unknown and duplicate fields are refused (400). Identifiers (orderId, customer.id, "
                + "customer.phone, customer.email, the URLs) must not contain control, format, bidirectional, separator "
                + "or surrogate characters (Unicode Cc, Cf, Cs, Zl, Zp); free texts (description, customer.name) must "
                + "not contain control, separator, surrogate or bidirectional characters (422).")
public record CreatePaymentBody(
        @Schema(description = "The merchant's own order id; unique: the same order id again answers the same payment",
                example = "ORD-2026-0001", requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 64)
        @NotBlank @Size(max = 64) @SafeIdentifier String orderId,

        @Schema(description = "Whole rupiah as a JSON number: 15000 or 15000.00; a fraction (15000.5) is refused "
                + "(422), as are an exponent (1.5e4) and a string (400). At least the provider's minimum, at most "
                + "its maximum for the method (by default what the method can carry: QRIS 9999999999, others "
                + "9999999999999999)", example = "15000", type = "number", types = {"number"}, minimum = "1",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull @Positive @Digits(integer = 32, fraction = 0, message = "must be a whole number of rupiah")
        @JsonDeserialize(using = WholeRupiahDeserializer.class)
        BigDecimal amount,

        @Schema(description = "IDR, the default and for now the only currency", example = "IDR", defaultValue = "IDR",
                allowableValues = {"IDR"})
        @Pattern(regexp = "IDR", message = "must be IDR (the only currency for now)") String currency,

        @Schema(description = "The gateway", example = "cashin", allowableValues = {"cashin", "cashi", "payin"},
                requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 32)
        @NotBlank @Size(max = 32) String provider,

        @Schema(example = "QRIS", allowableValues = {"CHECKOUT_PAGE", "QRIS", "EWALLET", "VA"},
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull @Pattern(regexp = "CHECKOUT_PAGE|QRIS|EWALLET|VA", message = "must be one of CHECKOUT_PAGE, QRIS, EWALLET, VA")
        String method,

        @Schema(description = "Minutes until the payment expires: a JSON integer (default 60, at most 10080 = 7 days)",
                example = "30", type = "integer", minimum = "1", maximum = "10080", defaultValue = "60")
        @Min(1) @Max(10080) Integer expiresInMinutes,

        @Valid CustomerBody customer,

        @Schema(example = "https://shop.example/orders/ORD-2026-0001/paid", maxLength = 255)
        @Size(max = 255) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") @SafeIdentifier
        String successUrl,

        @Schema(example = "https://shop.example/orders/ORD-2026-0001", maxLength = 255)
        @Size(max = 255) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") @SafeIdentifier
        String cancelUrl,

        @Schema(example = "2 x Kopi susu", maxLength = 255) @Size(max = 255) @SafeFreeText String description)
        implements StrictJsonBody {

    /** What the merchant knows about the customer; every field optional. */
    @Schema(name = "Customer", additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    public record CustomerBody(
            @Schema(maxLength = 64) @Size(max = 64) @SafeIdentifier String id,
            @Schema(description = "Indonesian mobile number as a JSON string, 628…", example = "6281234567890",
                    maxLength = 32)
            @Size(max = 32) @Pattern(regexp = "\\+?[0-9][0-9 -]*", message = "must be a phone number") @SafeIdentifier
            String phone,
            @Schema(maxLength = 128) @Size(max = 128) @SafeFreeText String name,
            @Schema(maxLength = 128) @Size(max = 128) @jakarta.validation.constraints.Email @SafeIdentifier String email) {
    }
}
