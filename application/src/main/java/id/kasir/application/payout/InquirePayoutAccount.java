package id.kasir.application.payout;

import id.kasir.application.gateway.GatewayRegistry;
import id.kasir.application.operator.OperatorAccounts;
import id.kasir.application.operator.OperatorRole;
import id.kasir.application.port.IdGenerator;
import id.kasir.domain.audit.AuditEntry;
import id.kasir.domain.audit.AuditTrail;
import id.kasir.domain.common.Actor;
import id.kasir.domain.money.Money;
import id.kasir.domain.payout.CustomerNumber;
import id.kasir.domain.payout.EwalletChannel;
import id.kasir.domain.payout.NewPayout;
import java.time.Clock;

/**
 * Asks the payout gateway who holds an e-wallet account (Cash In service 37), before anything is
 * requested: the merchant API's {@code POST /api/v1/payouts/inquiries} and the portal's inquiry form.
 * Nothing is stored but the audit line; asking again is safe.
 */
public final class InquirePayoutAccount {

    /** The account the gateway confirmed, and its holder's name. */
    public record Result(EwalletChannel channel, String customerNumber, Money amount, String accountName) {
    }

    private final AccountLookup lookup;
    private final PayoutPermissions permissions;
    private final AuditTrail audit;
    private final PayoutPolicy policy;
    private final Clock clock;

    public InquirePayoutAccount(GatewayRegistry gateways, IdGenerator ids, OperatorAccounts accounts, AuditTrail audit,
                                PayoutPolicy policy, Clock clock) {
        this.lookup = new AccountLookup(gateways, ids);
        this.permissions = new PayoutPermissions(accounts);
        this.audit = audit;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * @throws PayoutRefused            INVALID_REQUEST, BELOW_MINIMUM, OVER_PAYOUT_MAXIMUM, ACCOUNT_NOT_FOUND,
     *                                  INQUIRY_DECLINED, GATEWAY_NOT_ENABLED or NOT_PERMITTED
     * @throws PayoutGatewayUnavailable when the gateway gave no usable answer
     */
    public Result inquire(EwalletChannel channel, String customerNumber, Money amount, Actor actor, String sourceAddress) {
        permissions.require(actor, OperatorRole.FINANCE, "inquire payout accounts");
        try {
            if (channel == null) {
                throw new IllegalArgumentException("channel is required");
            }
            CustomerNumber.require(customerNumber);
            NewPayout.requireWholeRupiah(amount);
        } catch (IllegalArgumentException invalid) {
            throw new PayoutRefused(PayoutRefused.Reason.INVALID_REQUEST, invalid.getMessage());
        }
        // The day's total does not matter yet: only whether such a payout could be asked for at all.
        policy.breach(amount, Money.zero(Money.IDR)).ifPresent(refused -> {
            throw refused;
        });
        String what = amount + " to " + channel + " " + CustomerNumber.masked(customerNumber);
        try {
            AccountLookup.Confirmed confirmed = lookup.confirm(policy.gateway(), channel, customerNumber, amount);
            audit.record(new AuditEntry(actor, "payout.inquire", CustomerNumber.masked(customerNumber),
                    what + ": account holder " + confirmed.name(), sourceAddress, clock.instant()));
            return new Result(channel, customerNumber, amount, confirmed.name());
        } catch (PayoutRefused | PayoutGatewayUnavailable unanswered) {
            audit.record(new AuditEntry(actor, "payout.inquire", CustomerNumber.masked(customerNumber),
                    what + ": " + unanswered.getMessage(), sourceAddress, clock.instant()));
            throw unanswered;
        }
    }
}
