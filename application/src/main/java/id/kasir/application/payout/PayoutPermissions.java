package id.kasir.application.payout;

import id.kasir.application.operator.OperatorAccount;
import id.kasir.application.operator.OperatorAccounts;
import id.kasir.application.operator.OperatorRole;
import id.kasir.domain.common.Actor;

/**
 * Checks, in the use case and not only in the page, that an ops person holds the role an action needs:
 * FINANCE requests payouts (and inquires accounts), APPROVER approves and rejects them. The account is
 * read at the moment of the action, so a role taken away or an account disabled takes effect at once.
 * Merchant API keys are not ops people: what they may do is decided by the use case itself.
 */
final class PayoutPermissions {

    private final OperatorAccounts accounts;

    PayoutPermissions(OperatorAccounts accounts) {
        this.accounts = accounts;
    }

    void require(Actor actor, OperatorRole role, String action) {
        if (actor.kind() != Actor.Kind.OPERATOR) {
            return;
        }
        boolean allowed = accounts.byUsername(actor.name())
                .filter(OperatorAccount::enabled)
                .filter(a -> a.has(role))
                .isPresent();
        if (!allowed) {
            throw new PayoutRefused(PayoutRefused.Reason.NOT_PERMITTED,
                    actor.name() + " may not " + action + ": it needs the " + role + " role");
        }
    }
}
