package id.kasir.application.payout;

import id.kasir.application.gateway.GatewayRegistry;
import id.kasir.application.merchant.IdempotencyConflict;
import id.kasir.application.operator.OperatorAccounts;
import id.kasir.application.operator.OperatorRole;
import id.kasir.application.port.IdGenerator;
import id.kasir.application.port.TransactionRunner;
import id.kasir.domain.audit.AuditEntry;
import id.kasir.domain.audit.AuditTrail;
import id.kasir.domain.common.Actor;
import id.kasir.domain.money.Money;
import id.kasir.domain.payout.NewPayout;
import id.kasir.domain.payout.Payout;
import id.kasir.domain.payout.PayoutId;
import id.kasir.domain.payout.Payouts;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A maker requests a payout: a FINANCE person in the portal, or the merchant's system with its API key
 * (the key is then the maker). The gateway's account inquiry is made here, whatever the caller saw
 * before, so the name an approver is shown is the gateway's. The payout then waits for approval.
 *
 * <p>Idempotent: the same reference (or the same {@code Idempotency-Key}) with the same material fields
 * answers the payout made the first time, without asking the gateway again; with other fields it is
 * refused naming them. Races are settled by the store's unique keys, not a JVM lock.
 *
 * <p>Limits checked here: minimum, per-payout maximum, and the day's total so far.
 */
public final class RequestPayout {

    /** The payout, and whether this request made it ({@code false}: the same request again). */
    public record Outcome(Payout payout, boolean created) {
    }

    private final AccountLookup lookup;
    private final Payouts payouts;
    private final PayoutWriter writer;
    private final PayoutPermissions permissions;
    private final AuditTrail audit;
    private final PayoutPolicy policy;
    private final TransactionRunner transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public RequestPayout(GatewayRegistry gateways, Payouts payouts, PayoutWriter writer, OperatorAccounts accounts,
                         AuditTrail audit, PayoutPolicy policy, TransactionRunner transactions, IdGenerator ids,
                         Clock clock) {
        this.lookup = new AccountLookup(gateways, ids);
        this.payouts = payouts;
        this.writer = writer;
        this.permissions = new PayoutPermissions(accounts);
        this.audit = audit;
        this.policy = policy;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * @throws IdempotencyConflict      the reference or key was used for a different request
     * @throws PayoutRefused            a limit, the account inquiry or the maker's role refused it
     * @throws PayoutGatewayUnavailable the account inquiry got no usable answer (nothing stored)
     */
    public Outcome request(PayoutRequest request, Actor maker, String sourceAddress) {
        permissions.require(maker, OperatorRole.FINANCE, "request payouts");
        Optional<Outcome> earlier = earlier(request, maker);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        NewPayout details = request.payout();
        Instant now = clock.instant();
        policy.breach(details.amount(), payouts.sentOn(policy.businessDay(now), Money.IDR)).ifPresent(refused -> {
            throw refused;
        });
        AccountLookup.Confirmed confirmed = lookup.confirm(policy.gateway(), details.channel(), details.customerNumber(),
                details.amount());
        Payout payout = Payout.requested(new PayoutId(UUID.randomUUID().toString()), ids.newReference(),
                policy.gateway(), details, confirmed.name(), confirmed.exchange(), policy.approvalsNeeded(details.amount()),
                maker, new Payout.RequestKey(request.idempotencyKeyHash(maker), request.fingerprint()), clock.instant());
        try {
            transactions.inTransaction(() -> {
                writer.add(payout);
                audit.record(new AuditEntry(maker, "payout.request", payout.id().value(), details.amount() + " to "
                        + details.channel() + " " + payout.beneficiary().maskedNumber() + " (" + confirmed.name()
                        + "), reference " + details.reference() + ", needs " + payout.approvalsRequired()
                        + " approval(s)", sourceAddress, clock.instant()));
            });
        } catch (Payouts.DuplicatePayoutException raced) {
            // Another request with this reference or key won the race: it is the payout if it asked the same.
            return earlier(request, maker).orElseThrow(() -> raced);
        }
        return new Outcome(payouts.byId(payout.id()).orElseThrow(), true);
    }

    private Optional<Outcome> earlier(PayoutRequest request, Actor maker) {
        String keyHash = request.idempotencyKeyHash(maker);
        if (keyHash != null) {
            Optional<Payout> byKey = payouts.byIdempotencyKeyHash(keyHash);
            if (byKey.isPresent()) {
                return Optional.of(sameOrConflict(request, byKey.get(), true,
                        "This Idempotency-Key was first used for a different payout request"));
            }
        }
        return payouts.byReference(request.payout().reference()).map(existing -> sameOrConflict(request, existing, false,
                "Payout reference " + request.payout().reference() + " was already requested with different values"));
    }

    private static Outcome sameOrConflict(PayoutRequest request, Payout existing, boolean includeReference,
                                          String message) {
        List<String> differ = request.differences(existing, includeReference);
        if (!differ.isEmpty()) {
            throw new IdempotencyConflict(message + ": " + String.join(", ", differ), differ);
        }
        return new Outcome(existing, false);
    }
}
