package id.kasir.web.api.payout;

import id.kasir.application.payout.InquirePayoutAccount;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/** The gateway's answer to an account inquiry: who holds the account. */
@Schema(name = "PayoutInquiry")
public record PayoutInquiryResponse(String channel, String customerNumber,
                                    @Schema(description = "Whole rupiah") BigDecimal amount, String currency,
                                    @Schema(description = "The account holder, as the gateway knows them",
                                            example = "John Doe") String accountName) {

    static PayoutInquiryResponse of(InquirePayoutAccount.Result r) {
        return new PayoutInquiryResponse(r.channel().name(), r.customerNumber(), PayoutResponse.rupiah(r.amount()),
                r.amount().currency().getCurrencyCode(), r.accountName());
    }
}
