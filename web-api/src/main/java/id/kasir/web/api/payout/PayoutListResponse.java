package id.kasir.web.api.payout;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One page of payouts, newest first; {@code next} is the cursor of the next page (null on the last). */
@Schema(name = "PayoutList")
public record PayoutListResponse(List<PayoutResponse> items,
                                 @Schema(description = "Pass as ?after= for the next page; null on the last page")
                                 String next) {
}
