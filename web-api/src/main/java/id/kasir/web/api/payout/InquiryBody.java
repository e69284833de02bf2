package id.kasir.web.api.payout;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;

/** The body of {@code POST /api/v1/payouts/inquiries}. */
@Schema(name = "PayoutInquiryRequest")
public record InquiryBody(
        @Schema(allowableValues = {"DANA", "OVO", "GOPAY", "SHOPEEPAY"}, requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull @Pattern(regexp = PayoutBodies.CHANNELS, message = PayoutBodies.CHANNELS_MESSAGE) String channel,

        @Schema(description = "The e-wallet's number: 628 and 8 to 11 digits", example = "6281234567890",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank @Pattern(regexp = PayoutBodies.CUSTOMER_NUMBER, message = PayoutBodies.CUSTOMER_NUMBER_MESSAGE)
        String customerNumber,

        @Schema(description = "Whole rupiah", example = "50000", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull BigDecimal amount) {
}
