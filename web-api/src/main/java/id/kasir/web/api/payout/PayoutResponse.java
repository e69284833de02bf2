package id.kasir.web.api.payout;

import id.kasir.domain.common.Actor;
import id.kasir.domain.money.Money;
import id.kasir.domain.payout.Payout;
import id.kasir.domain.payout.PayoutStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/** A payout as the merchant API shows it (the {@code data} of the {@code payout.*} events carries the same fields). */
@Schema(name = "Payout")
public record PayoutResponse(
        @Schema(description = "Kasir's payout id") String id,
        @Schema(description = "The merchant's reference") String reference,
        @Schema(allowableValues = {"AWAITING_APPROVAL", "APPROVED", "PROCESSING", "SUCCEEDED", "FAILED", "REJECTED"})
        String status,
        @Schema(allowableValues = {"DANA", "OVO", "GOPAY", "SHOPEEPAY"}) String channel,
        String customerNumber,
        @Schema(description = "Whole rupiah", example = "50000") BigDecimal amount,
        String currency,
        @Schema(description = "The account holder's name as the gateway's inquiry confirmed it") String accountName,
        @Schema(description = "The name the request expected") String expectedName,
        @Schema(description = "How the two names compare", allowableValues = {"NOT_GIVEN", "MATCHES", "DIFFERS"})
        String nameCheck,
        @Schema(description = "1, or 2 above the second-approver threshold") int approvalsRequired,
        @Schema(description = "Approvals given so far") int approvals,
        @Schema(description = "Why it FAILED or was REJECTED, else null") String statusReason,
        @Schema(description = "The gateway's transfer reference, once known") String gatewayReference,
        @Schema(description = "Transfers sent (more than 1 only after the gateway said the first never arrived)")
        int transferAttempts,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "When the transfer was first sent") Instant sentAt,
        @Schema(description = "When it SUCCEEDED, FAILED or was REJECTED") Instant settledAt,
        @Schema(description = "Who asked for it: api-key:<the key's name>, or portal (an ops person; who is in the "
                + "portal's audit log, not in the API)") String requestedBy,
        @Schema(description = "Grows with every stored change; a payout.* event carries the version it shows, "
                + "so order events by it", example = "3") long version) {

    /** The payout as stored (its loaded version). */
    static PayoutResponse of(Payout p) {
        return of(p, p.version());
    }

    /**
     * The payout at {@code version}: a {@code payout.*} event is written while the change is being stored, so
     * it shows the version the row has after that write.
     */
    public static PayoutResponse of(Payout p, long version) {
        var b = p.beneficiary();
        boolean explained = p.status() == PayoutStatus.FAILED || p.status() == PayoutStatus.REJECTED;
        return new PayoutResponse(p.id().value(), p.reference(), p.status().name(), b.channel().name(),
                b.customerNumber(), rupiah(p.amount()), p.amount().currency().getCurrencyCode(), b.confirmedName(),
                b.expectedName(), b.nameCheck().name(), p.approvalsRequired(), p.approvals(),
                explained ? p.statusReason().orElse(null) : null, p.gatewayReference().orElse(null),
                p.transferAttempts(), p.createdAt(), p.updatedAt(), p.firstSentAt().orElse(null),
                p.settledAt().orElse(null), requestedBy(p.maker()), version);
    }

    /** Payouts are whole rupiah: an integer JSON number. */
    static BigDecimal rupiah(Money money) {
        return money.amount().setScale(0, RoundingMode.UNNECESSARY);
    }

    private static String requestedBy(Actor maker) {
        return maker.kind() == Actor.Kind.MERCHANT ? "api-key:" + maker.name() : "portal";
    }
}
