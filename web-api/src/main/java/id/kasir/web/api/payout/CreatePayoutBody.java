package id.kasir.web.api.payout;

import id.kasir.web.api.input.SafeFreeText;
import id.kasir.web.api.input.SafeIdentifier;
import id.kasir.web.api.input.StrictJsonBody;
import id.kasir.web.api.input.WholeRupiahDeserializer;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The body of {@code POST /api/v1/payouts}, read strictly like a payment's ({@link StrictJsonBody}: JSON types
 * are not coerced, unknown and duplicate fields are refused). Limits mirror the domain's, so each mistake is
 * named per field.
 */
@Schema(name = "CreatePayoutRequest", additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
public record CreatePayoutBody(
        @Schema(description = "The merchant's own reference; unique: the same reference again answers the same payout",
                example = "REFUND-2026-0001", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank @Size(max = 64) @SafeIdentifier String reference,

        @Schema(allowableValues = {"DANA", "OVO", "GOPAY", "SHOPEEPAY"}, requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull @Pattern(regexp = PayoutBodies.CHANNELS, message = PayoutBodies.CHANNELS_MESSAGE) String channel,

        @Schema(description = "The e-wallet's number: 628 and 8 to 11 digits", example = "6281234567890",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank @Pattern(regexp = PayoutBodies.CUSTOMER_NUMBER, message = PayoutBodies.CUSTOMER_NUMBER_MESSAGE)
        String customerNumber,

        @Schema(description = "Whole rupiah as a JSON number: 50000 or 50000.00; a fraction is refused (422), an "
                + "exponent or a string is the wrong JSON type (400)", example = "50000", type = "number", types = {"number"},
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull @Positive @Digits(integer = 32, fraction = 0, message = "must be a whole number of rupiah")
        @JsonDeserialize(using = WholeRupiahDeserializer.class)
        BigDecimal amount,

        @Schema(description = "IDR, the default and only currency", example = "IDR", defaultValue = "IDR")
        @Pattern(regexp = "IDR", message = "must be IDR (payouts are rupiah only)") String currency,

        @Schema(description = "The account holder's name you expect; a different confirmed name is shown to the approver",
                example = "John Doe", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank @Size(max = 128) @SafeFreeText String expectedName) implements StrictJsonBody {
}
