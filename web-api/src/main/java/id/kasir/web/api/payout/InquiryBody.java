package id.kasir.web.api.payout;

import id.kasir.web.api.input.StrictJsonBody;
import id.kasir.web.api.input.WholeRupiahDeserializer;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The body of {@code POST /api/v1/payouts/inquiries}, read strictly ({@link StrictJsonBody}). */
@Schema(name = "PayoutInquiryRequest", additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
public record InquiryBody(
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
        BigDecimal amount) implements StrictJsonBody {
}
