package id.kasir.application.testing;

import id.kasir.domain.common.Page;
import id.kasir.domain.common.StaleAggregateException;
import id.kasir.domain.money.Money;
import id.kasir.domain.payout.Payout;
import id.kasir.domain.payout.PayoutEvent;
import id.kasir.domain.payout.PayoutId;
import id.kasir.domain.payout.PayoutSearch;
import id.kasir.domain.payout.PayoutState;
import id.kasir.domain.payout.PayoutStatus;
import id.kasir.domain.payout.PayoutTotal;
import id.kasir.domain.payout.Payouts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Payouts in memory, with the database's contract: unique reference, partnerReferenceNo and
 * Idempotency-Key; optimistic versions; each load a fresh aggregate. Its monitor is the lock of
 * {@link TestPayoutKasir}'s transactions, and so also the send lock.
 */
public final class InMemoryPayouts implements Payouts {

    private final Map<PayoutId, PayoutState> states = new LinkedHashMap<>();
    private final Map<PayoutId, List<PayoutEvent>> timelines = new LinkedHashMap<>();

    @Override
    public synchronized void add(Payout payout) {
        PayoutState s = payout.state();
        for (PayoutState other : states.values()) {
            if (other.reference().equals(s.reference())) {
                throw new DuplicatePayoutException(DuplicatePayoutException.Field.REFERENCE, "reference taken");
            }
            if (other.partnerReferenceNo().equals(s.partnerReferenceNo())) {
                throw new DuplicatePayoutException(DuplicatePayoutException.Field.PARTNER_REFERENCE_NO, "taken");
            }
            if (s.idempotencyKeyHash() != null && s.idempotencyKeyHash().equals(other.idempotencyKeyHash())) {
                throw new DuplicatePayoutException(DuplicatePayoutException.Field.IDEMPOTENCY_KEY, "key taken");
            }
        }
        states.put(payout.id(), s);
        timelines.put(payout.id(), new ArrayList<>(payout.newEvents()));
        payout.clearNewEvents();
    }

    @Override
    public synchronized void update(Payout payout) {
        PayoutState current = states.get(payout.id());
        if (current == null || current.version() != payout.version()) {
            throw new StaleAggregateException("Payout", payout.id().value(), payout.version());
        }
        PayoutState s = payout.state();
        states.put(payout.id(), new PayoutState(s.id(), s.reference(), s.partnerReferenceNo(), s.gateway(),
                s.beneficiary(), s.amount(), s.maker(), s.approvalsRequired(), s.firstApprover(), s.secondApprover(),
                s.rejectedBy(), s.nameMismatchAcknowledgedBy(), s.status(), s.statusReason(), s.gatewayReference(),
                s.transferAttempts(), s.firstSentAt(), s.lastSentAt(), s.sendDay(), s.notFoundAt(), s.nextCheckAt(),
                s.statusChecks(), s.settledAt(), s.idempotencyKeyHash(), s.requestFingerprint(), s.createdAt(),
                s.updatedAt(), s.version() + 1));
        timelines.get(payout.id()).addAll(payout.newEvents());
        payout.clearNewEvents();
    }

    @Override
    public synchronized Optional<Payout> byId(PayoutId id) {
        return Optional.ofNullable(states.get(id)).map(Payout::restore);
    }

    @Override
    public synchronized Optional<Payout> byReference(String reference) {
        return first(s -> s.reference().equals(reference));
    }

    @Override
    public synchronized Optional<Payout> byIdempotencyKeyHash(String keyHash) {
        return first(s -> keyHash.equals(s.idempotencyKeyHash()));
    }

    @Override
    public synchronized List<PayoutEvent> timeline(PayoutId id) {
        return List.copyOf(timelines.getOrDefault(id, List.of()));
    }

    /** Newest first; the cursor is the last id of the page before. */
    @Override
    public synchronized Page<Payout> search(PayoutSearch search) {
        List<PayoutState> matching = matching(search);
        int start = 0;
        if (search.after() != null) {
            for (int i = 0; i < matching.size(); i++) {
                if (matching.get(i).id().value().equals(search.after())) {
                    start = i + 1;
                }
            }
        }
        List<PayoutState> page = matching.subList(Math.min(start, matching.size()),
                Math.min(start + search.limit(), matching.size()));
        Optional<String> next = start + search.limit() < matching.size()
                ? Optional.of(page.get(page.size() - 1).id().value()) : Optional.empty();
        return new Page<>(page.stream().map(Payout::restore).toList(), next);
    }

    @Override
    public synchronized List<PayoutTotal> totals(PayoutSearch filters) {
        Map<PayoutStatus, PayoutTotal> totals = new LinkedHashMap<>();
        for (PayoutState s : matching(filters)) {
            PayoutTotal t = totals.getOrDefault(s.status(), new PayoutTotal(s.status(), 0, Money.zero(Money.IDR)));
            totals.put(s.status(), new PayoutTotal(s.status(), t.count() + 1, t.amount().plus(s.amount())));
        }
        return totals.values().stream().sorted(Comparator.comparing(PayoutTotal::status)).toList();
    }

    @Override
    public synchronized Money sentOn(LocalDate sendDay, Currency currency) {
        Money total = Money.zero(currency);
        for (PayoutState s : states.values()) {
            if (sendDay.equals(s.sendDay()) && (s.status() == PayoutStatus.PROCESSING || s.status() == PayoutStatus.SUCCEEDED)
                    && s.amount().currency().equals(currency)) {
                total = total.plus(s.amount());
            }
        }
        return total;
    }

    @Override
    public synchronized Money sentOnHoldingTheSendLock(LocalDate sendDay, Currency currency) {
        return sentOn(sendDay, currency);
    }

    @Override
    public synchronized List<Payout> processingSentBefore(Instant sentBefore, String afterId, int limit) {
        return states.values().stream()
                .filter(s -> s.status() == PayoutStatus.PROCESSING && s.firstSentAt() != null
                        && s.firstSentAt().isBefore(sentBefore))
                .filter(s -> afterId == null || s.id().value().compareTo(afterId) > 0)
                .sorted(Comparator.comparing(s -> s.id().value()))
                .limit(limit).map(Payout::restore).toList();
    }

    @Override
    public synchronized List<Payout> dueForStatusCheck(Instant now, int limit) {
        return states.values().stream()
                .filter(s -> s.status() == PayoutStatus.PROCESSING && s.nextCheckAt() != null && !s.nextCheckAt().isAfter(now))
                .sorted(Comparator.comparing(PayoutState::nextCheckAt))
                .limit(limit).map(Payout::restore).toList();
    }

    @Override
    public synchronized List<Payout> approvedUnsent(Instant approvedBefore, int limit) {
        return states.values().stream()
                .filter(s -> s.status() == PayoutStatus.APPROVED && s.updatedAt().isBefore(approvedBefore))
                .sorted(Comparator.comparing(PayoutState::updatedAt))
                .limit(limit).map(Payout::restore).toList();
    }

    /** Every payout, oldest first, for assertions. */
    public synchronized List<Payout> all() {
        return states.values().stream().map(Payout::restore).toList();
    }

    private List<PayoutState> matching(PayoutSearch s) {
        return states.values().stream()
                .filter(p -> s.status() == null || p.status() == s.status())
                .filter(p -> s.channel() == null || p.beneficiary().channel() == s.channel())
                .filter(p -> s.createdFrom() == null || !p.createdAt().isBefore(s.createdFrom()))
                .filter(p -> s.createdTo() == null || p.createdAt().isBefore(s.createdTo()))
                .filter(p -> s.reference() == null || p.reference().equals(s.reference()))
                .filter(p -> s.customerNumber() == null || p.beneficiary().customerNumber().equals(s.customerNumber()))
                .sorted(Comparator.comparing(PayoutState::createdAt).thenComparing(p -> p.id().value()).reversed())
                .toList();
    }

    private Optional<Payout> first(Predicate<PayoutState> test) {
        return states.values().stream().filter(test).findFirst().map(Payout::restore);
    }

    @Override
    public String toString() {
        return "InMemoryPayouts" + Objects.toString(states.keySet());
    }
}
