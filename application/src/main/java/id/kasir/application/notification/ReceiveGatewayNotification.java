package id.kasir.application.notification;

import id.kasir.application.payment.ApplyGatewayStatus;
import id.kasir.application.payment.RefreshPayment;
import id.kasir.application.port.IdGenerator;
import id.kasir.application.port.TransactionRunner;
import id.kasir.domain.common.Actor;
import id.kasir.domain.notification.GatewayNotifications;
import id.kasir.domain.notification.InboundNotification;
import id.kasir.domain.notification.NotificationClaim;
import id.kasir.domain.notification.NotificationOutcome;
import id.kasir.domain.notification.StoredNotification;
import id.kasir.domain.notification.Verification;
import id.kasir.domain.ops.OpsExceptionType;
import id.kasir.domain.ops.OpsExceptions;
import id.kasir.domain.payment.GatewayReport;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentId;
import id.kasir.domain.payment.Payments;
import id.kasir.domain.payment.ReportOutcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What every gateway's notification endpoint calls once it has checked the signature: store the raw
 * notification first (committed before anything acts on it), then act:
 * <ul>
 *   <li>a duplicate changes nothing (gateways retry, often several copies at once; that is normal) —
 *       unless its first arrival was stored and then abandoned (the node acting on it died, or gave up):
 *       then the duplicate takes the first arrival over and acts on it;</li>
 *   <li>a rejected one (bad signature, stale timestamp, replay) changes nothing and stays on record;</li>
 *   <li>a verified one is applied through {@link ApplyGatewayStatus};</li>
 *   <li>an unsigned one is never trusted by itself: the gateway is queried and <em>its</em> answer applied.</li>
 * </ul>
 *
 * <p>Who acts is decided by the database, never by timing (issue 17): the first arrival's insert holds a
 * claim on it for {@code claimLease} ({@link NotificationClaim}); a duplicate that finds the first still
 * within its claim is a plain DUPLICATE even though the first is still RECEIVED (it is merely running).
 * Only a lapsed claim may be taken over, by one conditional update that exactly one arrival wins; the
 * outcome is recorded on the first arrival's row, fenced by the claim's number, with a note of who took
 * over. {@link #resume} is the same takeover for the inbox janitor, when the gateway does not send again.
 * The lease must outlast the slowest honest attempt (a status query with its time-outs included).
 */
public final class ReceiveGatewayNotification {

    /** Long enough for a status query and its retries; short enough that a crash is retried within minutes. */
    public static final Duration DEFAULT_CLAIM_LEASE = Duration.ofMinutes(2);

    private final GatewayNotifications inbox;
    private final Payments payments;
    private final ApplyGatewayStatus applyGatewayStatus;
    private final RefreshPayment refreshPayment;
    private final OpsExceptions opsExceptions;
    private final TransactionRunner transactions;
    private final IdGenerator ids;
    private final Clock clock;
    private final Duration claimLease;

    public ReceiveGatewayNotification(GatewayNotifications inbox, Payments payments,
                                      ApplyGatewayStatus applyGatewayStatus, RefreshPayment refreshPayment,
                                      OpsExceptions opsExceptions, TransactionRunner transactions, IdGenerator ids,
                                      Clock clock) {
        this(inbox, payments, applyGatewayStatus, refreshPayment, opsExceptions, transactions, ids, clock,
                DEFAULT_CLAIM_LEASE);
    }

    /** @param claimLease how long an arrival holds the claim to act on its notification before others may take over */
    public ReceiveGatewayNotification(GatewayNotifications inbox, Payments payments,
                                      ApplyGatewayStatus applyGatewayStatus, RefreshPayment refreshPayment,
                                      OpsExceptions opsExceptions, TransactionRunner transactions, IdGenerator ids,
                                      Clock clock, Duration claimLease) {
        if (claimLease.isNegative() || claimLease.isZero()) {
            throw new IllegalArgumentException("the claim lease must be positive");
        }
        this.inbox = inbox;
        this.payments = payments;
        this.applyGatewayStatus = applyGatewayStatus;
        this.refreshPayment = refreshPayment;
        this.opsExceptions = opsExceptions;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
        this.claimLease = claimLease;
    }

    /** What became of the notification; the endpoint answers the gateway from it. */
    public record Receipt(long notificationId, NotificationOutcome outcome, Optional<PaymentId> paymentId) {
        /** The gateway should hear "received" (so it stops retrying) unless the notification was rejected. */
        public boolean acknowledged() {
            return outcome != NotificationOutcome.REJECTED;
        }
    }

    /** What acting on a notification came to, before it is recorded. */
    private record Acted(NotificationOutcome outcome, PaymentId paymentId, String detail) {
    }

    /**
     * @param notification as received (headers and body, secrets masked), with its verification
     * @param report       what it says, translated by the adapter; may be null when it could not be read
     * @throws RuntimeException when it could not be stored or acted on (the endpoint answers so that the
     *                          gateway retries; the claim is let go so that the retry may act at once)
     */
    public Receipt receive(InboundNotification notification, GatewayReport report) {
        InboundNotification toStore = notification.verification() == Verification.REJECTED
                // A forged notification must not take the dedup key of the real one that may follow.
                ? withDedupKey(notification, "rejected:" + ids.newToken())
                : notification;
        Instant now = clock.instant();
        Instant claimUntil = now.plus(claimLease);
        // Not inside a wider transaction, on purpose: a copy's insert fails on the first arrival's unique key and
        // then stores the copy; in one transaction the failed insert's shared lock on that key would be held
        // while the copy's row waits to go in next to it, and two copies at once deadlock on MariaDB (the probe's
        // 503s). Each statement commits on its own; the store is still committed before anything acts.
        StoredNotification stored = inbox.storeClaimed(toStore, claimUntil);
        if (!stored.duplicate()) {
            return actHolding(new NotificationClaim(stored.id(), 1, claimUntil), notification, report, "");
        }
        Optional<StoredNotification> abandonedFirst = inbox.firstArrival(toStore.gateway(), toStore.dedupKey())
                .filter(first -> first.abandonedAt(now));
        Optional<NotificationClaim> takenOver = abandonedFirst.flatMap(first ->
                transactions.inTransaction(() -> inbox.takeOver(first.id(), now, claimUntil)));
        if (takenOver.isEmpty()) {
            // Finished, or still being acted on by the arrival that holds its claim: nothing to do here.
            return new Receipt(stored.id(), NotificationOutcome.DUPLICATE, Optional.empty());
        }
        NotificationClaim claim = takenOver.get();
        transactions.inTransaction(() -> inbox.markOutcome(stored.id(), NotificationOutcome.DUPLICATE, null,
                "took over notification " + claim.notificationId()
                        + ", abandoned before it was acted on; its outcome is recorded there"));
        return actHolding(claim, notification, report, " [acted on by notification " + stored.id()
                + " (the gateway sending it again) under claim " + claim.number() + ": the earlier claim lapsed]");
    }

    /**
     * The inbox janitor's takeover of a notification stored and then abandoned (the node died between
     * storing and acting, and the gateway has not sent it again): the same claim rule as {@link #receive}.
     * The stored body is not read again here (that is the adapter's job); a notification that needs acting
     * on is treated as unverifiable, so the gateway is asked and its answer applied. When the gateway gives
     * no answer, it is left RECEIVED: the claim lapses again and the next pass (or the gateway's own retry,
     * with its signed report) tries again.
     *
     * @return what became of it; empty when another node or arrival took it first, or it stays for later
     */
    public Optional<Receipt> resume(StoredNotification abandoned) {
        Instant now = clock.instant();
        if (!abandoned.abandonedAt(now)) {
            return Optional.empty();
        }
        Optional<NotificationClaim> claim = transactions.inTransaction(
                () -> inbox.takeOver(abandoned.id(), now, now.plus(claimLease)));
        if (claim.isEmpty()) {
            return Optional.empty();
        }
        return releasingOnFailure(claim.get(), () -> {
            Acted acted = act(abandoned.id(), abandoned.notification(), null, recordedWithTheChange -> { });
            if (acted.outcome() == NotificationOutcome.NOT_CONFIRMED) {
                return Optional.<Receipt>empty();
            }
            return Optional.of(record(claim.get(), acted, " [acted on by the inbox janitor under claim "
                    + claim.get().number() + ": the earlier claim lapsed]"));
        });
    }

    private Receipt actHolding(NotificationClaim claim, InboundNotification notification, GatewayReport report,
                               String note) {
        return releasingOnFailure(claim, () -> {
            // A report applied from the notification's own word is recorded in the transaction of the change it
            // makes (one commit instead of two); anything else (a gateway query, nothing to apply) afterwards.
            AtomicBoolean recorded = new AtomicBoolean();
            Acted acted = act(claim.notificationId(), notification, report, withTheChange -> {
                inbox.finish(claim, withTheChange.outcome(), withTheChange.paymentId(), withTheChange.detail() + note);
                recorded.set(true);
            });
            return recorded.get()
                    ? new Receipt(claim.notificationId(), acted.outcome(), Optional.ofNullable(acted.paymentId()))
                    : record(claim, acted, note);
        });
    }

    /**
     * Runs the work under the claim; when it fails, lets the claim go before passing the failure on, so
     * the gateway's retry (which the failure's answer asks for) may act at once instead of after the lease.
     */
    private <T> T releasingOnFailure(NotificationClaim claim, Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException failed) {
            try {
                transactions.inTransaction(() -> inbox.release(claim, clock.instant()));
            } catch (RuntimeException releaseFailed) {
                failed.addSuppressed(releaseFailed); // then the claim simply lapses at its time
            }
            throw failed;
        }
    }

    /**
     * Records the outcome on the first arrival, if this claim still holds it. When it does not, a
     * takeover finished it (this attempt was slower than the lease): its outcome stands; acting twice
     * changed nothing twice, as {@link ApplyGatewayStatus} judges every report against the payment as it is.
     */
    private Receipt record(NotificationClaim claim, Acted acted, String note) {
        transactions.inTransaction(() -> inbox.finish(claim, acted.outcome(), acted.paymentId(), acted.detail() + note));
        return new Receipt(claim.notificationId(), acted.outcome(), Optional.ofNullable(acted.paymentId()));
    }

    /**
     * @param recordInTheChange called inside the transaction that applies a signed report (not for a gateway query,
     *                          which must not hold a transaction open), with what the notification came to
     */
    private Acted act(long notificationId, InboundNotification notification, GatewayReport report,
                      Consumer<Acted> recordInTheChange) {
        if (notification.verification() == Verification.REJECTED) {
            return new Acted(NotificationOutcome.REJECTED, null, "signature, timestamp or replay check failed");
        }
        Optional<Payment> payment = notification.reference() == null ? Optional.empty()
                : payments.byAnyReference(notification.gateway(), notification.reference());
        if (payment.isEmpty()) {
            opsExceptions.raise(OpsExceptionType.UNMATCHED_NOTIFICATION, "notification:" + notificationId,
                    "UNMATCHED:" + notificationId,
                    notification.gateway() + " sent a notification for reference '" + notification.reference()
                            + "' that matches no payment", clock.instant());
            return new Acted(NotificationOutcome.UNMATCHED, null, "no payment with reference " + notification.reference());
        }
        PaymentId paymentId = payment.get().id();
        Actor actor = Actor.gateway(notification.gateway().value());
        if (notification.verification() == Verification.UNSIGNED || report == null) {
            return confirmWithGateway(paymentId, actor);
        }
        ReportOutcome outcome = applyGatewayStatus.apply(paymentId, payment.get(), report, actor, applied -> {
            if (!(applied instanceof ReportOutcome.UnusableAmount)) {
                recordInTheChange.accept(new Acted(outcomeOf(applied), paymentId, describe(applied)));
            }
        });
        if (outcome instanceof ReportOutcome.UnusableAmount) {
            return askAfterUnusableAmount(paymentId, actor, outcome);
        }
        return new Acted(outcomeOf(outcome), paymentId, describe(outcome));
    }

    /** A gateway's connection test (e.g. Cashi's {@code TEST-} order): stored, nothing else happens. */
    public Receipt recordConnectionTest(InboundNotification notification) {
        StoredNotification stored = inbox.store(notification); // on its own, as in receive()
        if (stored.duplicate()) {
            return new Receipt(stored.id(), NotificationOutcome.DUPLICATE, Optional.empty());
        }
        transactions.inTransaction(() -> inbox.markOutcome(stored.id(), NotificationOutcome.TEST, null,
                "connection test from " + notification.gateway()));
        return new Receipt(stored.id(), NotificationOutcome.TEST, Optional.empty());
    }

    private Acted confirmWithGateway(PaymentId paymentId, Actor actor) {
        RefreshPayment.Refreshed refreshed = refreshPayment.refresh(paymentId, actor);
        if (refreshed.outcome().isEmpty()) {
            return new Acted(NotificationOutcome.NOT_CONFIRMED, paymentId,
                    "unverifiable, and the gateway's status query gave no answer: nothing applied");
        }
        ReportOutcome outcome = refreshed.outcome().get();
        return new Acted(outcomeOf(outcome), paymentId, "unverifiable; applied the gateway's status query instead: "
                + describe(outcome));
    }

    /**
     * A signed "paid" whose amount cannot be checked: recorded as such (ops has it), then the gateway is
     * asked, and its answer goes through the same rule. The notification keeps UNUSABLE_AMOUNT as outcome;
     * the detail says what the query did.
     */
    private Acted askAfterUnusableAmount(PaymentId paymentId, Actor actor, ReportOutcome outcome) {
        String detail = describe(outcome);
        try {
            RefreshPayment.Refreshed refreshed = refreshPayment.refresh(paymentId, actor);
            detail += refreshed.outcome().map(o -> "; the gateway's status query then: " + describe(o))
                    .orElse("; the gateway's status query gave no answer");
        } catch (RuntimeException queryFailed) {
            detail += "; the gateway's status query failed: " + queryFailed.getClass().getSimpleName();
        }
        return new Acted(NotificationOutcome.UNUSABLE_AMOUNT, paymentId, detail);
    }

    private static NotificationOutcome outcomeOf(ReportOutcome outcome) {
        if (outcome instanceof ReportOutcome.Applied) {
            return NotificationOutcome.APPLIED;
        }
        if (outcome instanceof ReportOutcome.Unchanged) {
            return NotificationOutcome.UNCHANGED;
        }
        if (outcome instanceof ReportOutcome.AmountMismatch) {
            return NotificationOutcome.AMOUNT_MISMATCH;
        }
        if (outcome instanceof ReportOutcome.UnusableAmount) {
            return NotificationOutcome.UNUSABLE_AMOUNT;
        }
        return NotificationOutcome.IGNORED;
    }

    private static String describe(ReportOutcome outcome) {
        if (outcome instanceof ReportOutcome.Applied a) {
            return a.from() + " -> " + a.to() + a.flag().map(f -> " (" + f + ")").orElse("");
        }
        if (outcome instanceof ReportOutcome.Unchanged u) {
            return "already " + u.status();
        }
        if (outcome instanceof ReportOutcome.AmountMismatch m) {
            return "amount mismatch: reported " + m.reported() + ", expected " + m.expected();
        }
        if (outcome instanceof ReportOutcome.UnusableAmount u) {
            return "paid with " + u.reported().describe() + ", expected " + u.expected() + ": not applied";
        }
        ReportOutcome.Ignored i = (ReportOutcome.Ignored) outcome;
        return "ignored: " + i.reason();
    }

    private static InboundNotification withDedupKey(InboundNotification n, String key) {
        return new InboundNotification(n.gateway(), key, n.reference(), n.verification(), n.headers(), n.body(),
                n.remoteAddress(), n.receivedAt());
    }
}
