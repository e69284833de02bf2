package id.kasir.application.notification;

import id.kasir.application.payment.ApplyGatewayStatus;
import id.kasir.application.payment.RefreshPayment;
import id.kasir.application.port.IdGenerator;
import id.kasir.application.port.TransactionRunner;
import id.kasir.domain.common.Actor;
import id.kasir.domain.notification.GatewayNotifications;
import id.kasir.domain.notification.InboundNotification;
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
import java.util.Optional;

/**
 * What every gateway's notification endpoint calls once it has checked the signature: store the raw
 * notification first (committed before anything acts on it), then act:
 * <ul>
 *   <li>a duplicate changes nothing (gateways retry; that is normal) — unless the first arrival was
 *       stored but never finished (a crash in between), in which case the retry is acted on;</li>
 *   <li>a rejected one (bad signature, stale timestamp, replay) changes nothing and stays on record;</li>
 *   <li>a verified one is applied through {@link ApplyGatewayStatus};</li>
 *   <li>an unsigned one is never trusted by itself: the gateway is queried and <em>its</em> answer applied.</li>
 * </ul>
 */
public final class ReceiveGatewayNotification {

    private final GatewayNotifications inbox;
    private final Payments payments;
    private final ApplyGatewayStatus applyGatewayStatus;
    private final RefreshPayment refreshPayment;
    private final OpsExceptions opsExceptions;
    private final TransactionRunner transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public ReceiveGatewayNotification(GatewayNotifications inbox, Payments payments,
                                      ApplyGatewayStatus applyGatewayStatus, RefreshPayment refreshPayment,
                                      OpsExceptions opsExceptions, TransactionRunner transactions, IdGenerator ids,
                                      Clock clock) {
        this.inbox = inbox;
        this.payments = payments;
        this.applyGatewayStatus = applyGatewayStatus;
        this.refreshPayment = refreshPayment;
        this.opsExceptions = opsExceptions;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    /** What became of the notification; the endpoint answers the gateway from it. */
    public record Receipt(long notificationId, NotificationOutcome outcome, Optional<PaymentId> paymentId) {
        /** The gateway should hear "received" (so it stops retrying) unless the notification was rejected. */
        public boolean acknowledged() {
            return outcome != NotificationOutcome.REJECTED;
        }
    }

    /**
     * @param notification as received (headers and body, secrets masked), with its verification
     * @param report       what it says, translated by the adapter; may be null when it could not be read
     */
    public Receipt receive(InboundNotification notification, GatewayReport report) {
        InboundNotification toStore = notification.verification() == Verification.REJECTED
                // A forged notification must not take the dedup key of the real one that may follow.
                ? withDedupKey(notification, "rejected:" + ids.newToken())
                : notification;
        StoredNotification stored = transactions.inTransaction(() -> inbox.store(toStore));
        Optional<StoredNotification> unfinishedFirst = stored.duplicate()
                ? inbox.firstArrival(toStore.gateway(), toStore.dedupKey())
                        .filter(first -> first.outcome() == NotificationOutcome.RECEIVED)
                : Optional.empty();
        if (stored.duplicate() && unfinishedFirst.isEmpty()) {
            return new Receipt(stored.id(), NotificationOutcome.DUPLICATE, Optional.empty());
        }
        // A duplicate whose first arrival was stored but never finished (we crashed in between) is acted
        // on now: the gateway's retry is how it gets applied after all. Should the first merely still be
        // running, applying twice is harmless: ApplyGatewayStatus is idempotent.
        Receipt receipt = act(stored, notification, report);
        unfinishedFirst.ifPresent(first -> transactions.inTransaction(() -> inbox.markOutcome(first.id(),
                receipt.outcome(), receipt.paymentId().orElse(null),
                "acted on when the gateway sent it again, as notification " + stored.id())));
        return receipt;
    }

    private Receipt act(StoredNotification stored, InboundNotification notification, GatewayReport report) {
        if (notification.verification() == Verification.REJECTED) {
            return finish(stored, NotificationOutcome.REJECTED, null, "signature, timestamp or replay check failed");
        }
        Optional<Payment> payment = notification.reference() == null ? Optional.empty()
                : payments.byAnyReference(notification.gateway(), notification.reference());
        if (payment.isEmpty()) {
            opsExceptions.raise(OpsExceptionType.UNMATCHED_NOTIFICATION, "notification:" + stored.id(),
                    "UNMATCHED:" + stored.id(),
                    notification.gateway() + " sent a notification for reference '" + notification.reference()
                            + "' that matches no payment", clock.instant());
            return finish(stored, NotificationOutcome.UNMATCHED, null, "no payment with reference " + notification.reference());
        }
        PaymentId paymentId = payment.get().id();
        Actor actor = Actor.gateway(notification.gateway().value());
        if (notification.verification() == Verification.UNSIGNED || report == null) {
            return confirmWithGateway(stored, paymentId, actor);
        }
        ReportOutcome outcome = applyGatewayStatus.apply(paymentId, report, actor);
        if (outcome instanceof ReportOutcome.UnusableAmount) {
            return askAfterUnusableAmount(stored, paymentId, actor, outcome);
        }
        return finish(stored, outcomeOf(outcome), paymentId, describe(outcome));
    }

    /** A gateway's connection test (e.g. Cashi's {@code TEST-} order): stored, nothing else happens. */
    public Receipt recordConnectionTest(InboundNotification notification) {
        StoredNotification stored = transactions.inTransaction(() -> inbox.store(notification));
        if (stored.duplicate()) {
            return new Receipt(stored.id(), NotificationOutcome.DUPLICATE, Optional.empty());
        }
        return finish(stored, NotificationOutcome.TEST, null, "connection test from " + notification.gateway());
    }

    private Receipt confirmWithGateway(StoredNotification stored, PaymentId paymentId, Actor actor) {
        RefreshPayment.Refreshed refreshed = refreshPayment.refresh(paymentId, actor);
        if (refreshed.outcome().isEmpty()) {
            return finish(stored, NotificationOutcome.NOT_CONFIRMED, paymentId,
                    "unverifiable, and the gateway's status query gave no answer: nothing applied");
        }
        ReportOutcome outcome = refreshed.outcome().get();
        return finish(stored, outcomeOf(outcome), paymentId, "unverifiable; applied the gateway's status query instead: "
                + describe(outcome));
    }

    /**
     * A signed "paid" whose amount cannot be checked: recorded as such (ops has it), then the gateway is
     * asked, and its answer goes through the same rule. The notification keeps UNUSABLE_AMOUNT as outcome;
     * the detail says what the query did.
     */
    private Receipt askAfterUnusableAmount(StoredNotification stored, PaymentId paymentId, Actor actor,
                                           ReportOutcome outcome) {
        String detail = describe(outcome);
        try {
            RefreshPayment.Refreshed refreshed = refreshPayment.refresh(paymentId, actor);
            detail += refreshed.outcome().map(o -> "; the gateway's status query then: " + describe(o))
                    .orElse("; the gateway's status query gave no answer");
        } catch (RuntimeException queryFailed) {
            detail += "; the gateway's status query failed: " + queryFailed.getClass().getSimpleName();
        }
        return finish(stored, NotificationOutcome.UNUSABLE_AMOUNT, paymentId, detail);
    }

    private Receipt finish(StoredNotification stored, NotificationOutcome outcome, PaymentId paymentId, String detail) {
        transactions.inTransaction(() -> inbox.markOutcome(stored.id(), outcome, paymentId, detail));
        return new Receipt(stored.id(), outcome, Optional.ofNullable(paymentId));
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
