package id.kasir.adapters.persistence.payout;

import static id.kasir.domain.fixtures.PayoutFixtures.CHECKER;
import static id.kasir.domain.fixtures.PayoutFixtures.NOW;
import static id.kasir.domain.fixtures.PayoutFixtures.aPayout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kasir.adapters.persistence.testing.PersistenceContract;
import id.kasir.domain.common.Actor;
import id.kasir.domain.common.Page;
import id.kasir.domain.common.StaleAggregateException;
import id.kasir.domain.money.Money;
import id.kasir.domain.payout.EwalletChannel;
import id.kasir.domain.payout.Payout;
import id.kasir.domain.payout.PayoutEvent;
import id.kasir.domain.payout.PayoutEventType;
import id.kasir.domain.payout.PayoutSearch;
import id.kasir.domain.payout.PayoutStatus;
import id.kasir.domain.payout.PayoutTotal;
import id.kasir.domain.payout.Payouts;
import id.kasir.domain.payout.TransferOutcome;
import id.kasir.domain.payout.TransferReport;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** What any {@link Payouts} must do; run against H2 and MySQL/MariaDB by the subclasses. */
public abstract class PayoutsContract extends PersistenceContract {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 21);

    @Autowired
    Payouts payouts;
    @Autowired
    PlatformTransactionManager transactionManager;

    private static TransferReport says(TransferOutcome outcome) {
        return new TransferReport(outcome, Money.idr(50_000), "TF-9", outcome.name(), TransferReport.Source.STATUS_QUERY);
    }

    private Payout stored(Payout payout) {
        payouts.add(payout);
        return payouts.byId(payout.id()).orElseThrow();
    }

    @Test
    void restoresEveryFieldOfAStoredPayout() {
        Payout payout = aPayout().needingApprovals(2).expecting("Siti").confirmedAs("John Doe")
                .withRequestKey("a".repeat(64), "b".repeat(64)).build();
        payout.approve(CHECKER, 2, true, null, NOW);
        payout.approve(Actor.operator("citra"), 2, true, "ok", NOW.plusSeconds(1));
        payout.startSending(DAY, NOW.plusSeconds(7), NOW.plusSeconds(2));
        payout.apply(says(TransferOutcome.NOT_FOUND), Actor.system("follow-up"), NOW.plus(Duration.ofMinutes(6)));
        payout.countStatusCheck();

        Payout loaded = stored(payout);

        assertThat(loaded.state()).isEqualTo(payout.state());
        assertThat(loaded.maker()).isEqualTo(Actor.operator("fina"));
        assertThat(loaded.secondApprover()).contains(Actor.operator("citra"));
        assertThat(loaded.sendDay()).contains(DAY);
        assertThat(loaded.notFoundAt()).contains(NOW.plus(Duration.ofMinutes(6)));
        assertThat(loaded.idempotencyKeyHash()).contains("a".repeat(64));

        loaded.apply(says(TransferOutcome.SUCCEEDED), Actor.gateway("cashin"), NOW.plus(Duration.ofMinutes(7)));
        payouts.update(loaded);
        Payout settled = payouts.byId(payout.id()).orElseThrow();
        assertThat(settled.status()).isEqualTo(PayoutStatus.SUCCEEDED);
        assertThat(settled.gatewayReference()).contains("TF-9");
        assertThat(settled.settledAt()).contains(NOW.plus(Duration.ofMinutes(7)));
        assertThat(settled.version()).isEqualTo(1);
    }

    @Test
    void storesTheTimelineInOrderWithItsTypes() {
        Payout payout = stored(aPayout().build());
        payout.reject(CHECKER, "wrong customer", NOW.plusSeconds(2));
        payouts.update(payout);

        List<PayoutEvent> timeline = payouts.timeline(payout.id());

        assertThat(timeline).extracting(PayoutEvent::type).containsExactly(PayoutEventType.REQUESTED,
                PayoutEventType.GATEWAY_CALL, PayoutEventType.BENEFICIARY_CONFIRMED, PayoutEventType.STATUS_CHANGED,
                PayoutEventType.STATUS_CHANGED);
        assertThat(timeline.get(4)).extracting(PayoutEvent::from, PayoutEvent::to, PayoutEvent::actor, PayoutEvent::at)
                .containsExactly(PayoutStatus.AWAITING_APPROVAL, PayoutStatus.REJECTED, CHECKER, NOW.plusSeconds(2));
        assertThat(timeline.get(1).detail()).contains("account-inquiry");
        assertThat(payout.newEvents()).isEmpty();
    }

    @Test
    void anUpdateMovesTheVersionOnAndAStaleOneIsRefused() {
        Payout payout = stored(aPayout().build());
        Payout approving = payouts.byId(payout.id()).orElseThrow();
        Payout rejecting = payouts.byId(payout.id()).orElseThrow();

        approving.approve(CHECKER, 1, false, null, NOW.plusSeconds(10));
        payouts.update(approving);
        rejecting.reject(Actor.operator("citra"), "wrong account", NOW.plusSeconds(11));

        assertThatThrownBy(() -> payouts.update(rejecting)).isInstanceOf(StaleAggregateException.class);
        Payout current = payouts.byId(payout.id()).orElseThrow();
        assertThat(current.status()).isEqualTo(PayoutStatus.APPROVED);
        assertThat(current.version()).isEqualTo(1);
    }

    @Test
    void eachUniqueKeyIsRefusedAndNamed() {
        Payout first = stored(aPayout().withReference("PO-1").withPartnerReferenceNo("K000000000000000001")
                .withRequestKey("c".repeat(64), "f".repeat(64)).build());

        assertThatThrownBy(() -> payouts.add(aPayout().withReference("PO-1").build()))
                .isInstanceOfSatisfying(Payouts.DuplicatePayoutException.class,
                        e -> assertThat(e.field()).isEqualTo(Payouts.DuplicatePayoutException.Field.REFERENCE));
        assertThatThrownBy(() -> payouts.add(aPayout().withPartnerReferenceNo(first.partnerReferenceNo()).build()))
                .isInstanceOfSatisfying(Payouts.DuplicatePayoutException.class,
                        e -> assertThat(e.field()).isEqualTo(Payouts.DuplicatePayoutException.Field.PARTNER_REFERENCE_NO));
        assertThatThrownBy(() -> payouts.add(aPayout().withRequestKey("c".repeat(64), "e".repeat(64)).build()))
                .isInstanceOfSatisfying(Payouts.DuplicatePayoutException.class,
                        e -> assertThat(e.field()).isEqualTo(Payouts.DuplicatePayoutException.Field.IDEMPOTENCY_KEY));
        assertThat(payouts.byIdempotencyKeyHash("c".repeat(64)).map(Payout::id)).contains(first.id());
    }

    @Test
    void referencesCompareExactlyOnEveryDatabase() {
        Payout upper = stored(aPayout().withReference("PO-CASE").build());
        Payout lower = stored(aPayout().withReference("po-case").build());

        assertThat(payouts.byReference("PO-CASE").map(Payout::id)).contains(upper.id());
        assertThat(payouts.byReference("po-case").map(Payout::id)).contains(lower.id());
        assertThat(payouts.byReference("Po-Case")).isEmpty();
        assertThat(payouts.byReference("PO-CASE ")).isEmpty();
    }

    @Test
    void searchesNewestFirstPageByPageWithFiltersAndTotals() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Payout payout = aPayout().withChannel(i % 2 == 0 ? EwalletChannel.OVO : EwalletChannel.GOPAY)
                    .withAmount(Money.idr(10_000L * (i + 1))).at(NOW.plusSeconds(i)).build();
            if (i == 4) {
                payout.reject(CHECKER, "no", NOW.plusSeconds(i));
            }
            ids.add(stored(payout).id().value());
        }

        List<String> walked = new ArrayList<>();
        PayoutSearch search = PayoutSearch.all(2);
        Page<Payout> page;
        do {
            page = payouts.search(search);
            page.items().forEach(p -> walked.add(p.id().value()));
            search = search.after(page.nextCursor().orElse(null));
        } while (page.nextCursor().isPresent());

        List<String> newestFirst = new ArrayList<>(ids);
        java.util.Collections.reverse(newestFirst);
        assertThat(walked).containsExactlyElementsOf(newestFirst);
        PayoutSearch ovo = new PayoutSearch(null, EwalletChannel.OVO, null, null, null, null, null, 10);
        assertThat(payouts.search(ovo).items()).hasSize(3);
        assertThat(payouts.totals(ovo)).containsExactly(
                new PayoutTotal(PayoutStatus.AWAITING_APPROVAL, 2, Money.idr(40_000)),
                new PayoutTotal(PayoutStatus.REJECTED, 1, Money.idr(50_000)));
        assertThat(payouts.search(new PayoutSearch(PayoutStatus.REJECTED, null, null, null, null, "6281234567890", null, 10))
                .items()).extracting(p -> p.id().value()).containsExactly(ids.get(4));
    }

    @Test
    void theDaysTotalCountsProcessingAndSucceededPayoutsByTheDayTheyWereFirstSent() {
        Payout processing = aPayout().withAmount(Money.idr(30_000)).processing();
        Payout succeeded = aPayout().withAmount(Money.idr(20_000)).processing();
        succeeded.apply(new TransferReport(TransferOutcome.SUCCEEDED, null, null, "00", TransferReport.Source.STATUS_QUERY),
                Actor.gateway("cashin"), NOW);
        Payout failed = aPayout().withAmount(Money.idr(40_000)).processing();
        failed.apply(new TransferReport(TransferOutcome.FAILED, null, null, "06", TransferReport.Source.STATUS_QUERY),
                Actor.gateway("cashin"), NOW);
        Payout approved = aPayout().withAmount(Money.idr(15_000)).approved();
        List.of(processing, succeeded, failed, approved).forEach(payouts::add);

        assertThat(payouts.sentOn(DAY, Money.IDR)).isEqualTo(Money.idr(50_000));
        assertThat(payouts.sentOn(DAY.plusDays(1), Money.IDR)).isEqualTo(Money.idr(0));
        Money locked = new TransactionTemplate(transactionManager)
                .execute(tx -> payouts.sentOnHoldingTheSendLock(DAY, Money.IDR));
        assertThat(locked).isEqualTo(Money.idr(50_000));
    }

    @Test
    void theLockedTotalIsTheLatestCommittedOneEvenAfterAnEarlierReadInTheSameTransaction() throws Exception {
        Payout other = stored(aPayout().withAmount(Money.idr(25_000)).approved());
        CountDownLatch snapshotTaken = new CountDownLatch(1);
        CountDownLatch otherSent = new CountDownLatch(1);
        TransactionTemplate tx = new TransactionTemplate(transactionManager);

        CompletableFuture<Money> seen = CompletableFuture.supplyAsync(() -> tx.execute(status -> {
            payouts.byId(other.id());   // a plain read first: MySQL's REPEATABLE READ takes its snapshot here
            snapshotTaken.countDown();
            await(otherSent);
            return payouts.sentOnHoldingTheSendLock(DAY, Money.IDR);
        }));
        await(snapshotTaken);
        tx.executeWithoutResult(status -> {
            payouts.sentOnHoldingTheSendLock(DAY, Money.IDR);
            Payout sending = payouts.byId(other.id()).orElseThrow();
            sending.startSending(DAY, NOW, NOW);
            payouts.update(sending);
        });
        otherSent.countDown();

        assertThat(seen.get(30, TimeUnit.SECONDS)).isEqualTo(Money.idr(25_000));
    }

    @Test
    void findsWhatTheFollowUpAndReconciliationWorkOn() {
        Payout due = aPayout().processing();                        // next check at NOW + 5 s
        Payout later = aPayout().processing();
        later.scheduleStatusCheck(NOW.plus(Duration.ofHours(1)));
        Payout approvedLongAgo = aPayout().at(NOW.minus(Duration.ofHours(1))).approved();
        Payout approvedJustNow = aPayout().approved();
        List.of(due, later, approvedLongAgo, approvedJustNow).forEach(payouts::add);

        assertThat(payouts.dueForStatusCheck(NOW.plusSeconds(5), 10)).extracting(Payout::id).containsExactly(due.id());
        assertThat(payouts.approvedUnsent(NOW.minus(Duration.ofMinutes(1)), 10)).extracting(Payout::id)
                .containsExactly(approvedLongAgo.id());

        List<String> walked = new ArrayList<>();
        String after = null;
        List<Payout> batch;
        do {
            batch = payouts.processingSentBefore(NOW.plusSeconds(1), after, 1);
            batch.forEach(p -> walked.add(p.id().value()));
            after = batch.isEmpty() ? after : batch.get(batch.size() - 1).id().value();
        } while (!batch.isEmpty());
        assertThat(walked).containsExactlyInAnyOrder(due.id().value(), later.id().value());
        assertThat(walked).isSorted();
        assertThat(payouts.processingSentBefore(NOW, null, 10)).isEmpty();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("the other transaction never got there");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
