package id.kasir.web.api.payment;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * One page of {@code GET /api/v1/payments}, newest first.
 *
 * @param nextCursor the {@code after} of the next page; null on the last page
 * @param next       the next page's absolute URL (same filters and limit), built from {@code kasir.public-base-url};
 *                   null on the last page
 */
@Schema(name = "PaymentPage")
public record PaymentPage(
        List<PaymentResource> items,
        @Schema(description = "Pass as 'after' for the next page; null on the last page", nullable = true) String nextCursor,
        @Schema(description = "The next page's URL; null on the last page", nullable = true) String next) {
}
