package id.kasir.web.api.payout;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** The body of {@code POST /api/v1/payouts}. Limits mirror the domain's, so each mistake is named per field. */
@Schema(name = "CreatePayoutRequest")
public record CreatePayoutBody(
        @Schema(description = "The merchant's own reference; unique: the same reference again answers the same payout",
                example = "REFUND-2026-0001", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank @Size(max = 64) String reference,

        @Schema(allowableValues = {"DANA", "OVO", "GOPAY", "SHOPEEPAY"}, requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull @Pattern(regexp = PayoutBodies.CHANNELS, message = PayoutBodies.CHANNELS_MESSAGE) String channel,

        @Schema(description = "The e-wallet's number: 628 and 8 to 11 digits", example = "6281234567890",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank @Pattern(regexp = PayoutBodies.CUSTOMER_NUMBER, message = PayoutBodies.CUSTOMER_NUMBER_MESSAGE)
        String customerNumber,

        @Schema(description = "Whole rupiah", example = "50000", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull BigDecimal amount,

        @Schema(description = "IDR, the default and only currency", example = "IDR", defaultValue = "IDR")
        @Pattern(regexp = "IDR", message = "must be IDR (payouts are rupiah only)") String currency,

        @Schema(description = "The account holder's name you expect; a different confirmed name is shown to the approver",
                example = "John Doe", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank @Size(max = 128) String expectedName) {
}
