package id.kasir.adapters.persistence.payout;

import static id.kasir.adapters.persistence.testing.PaymentFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kasir.adapters.persistence.testing.PersistenceContract;
import id.kasir.domain.common.Actor;
import id.kasir.domain.common.StaleAggregateException;
import id.kasir.domain.money.Money;
import id.kasir.domain.payout.Beneficiary;
import id.kasir.domain.payout.EwalletChannel;
import id.kasir.domain.payout.Payout;
import id.kasir.domain.payout.PayoutEvent;
import id.kasir.domain.payout.PayoutId;
import id.kasir.domain.payout.PayoutStatus;
import id.kasir.domain.payout.Payouts;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What any {@link Payouts} must do; run against H2 and MySQL by the subclasses. */
public abstract class PayoutsContract extends PersistenceContract {

    @Autowired
    Payouts payouts;

    @Test
    void restoresEveryFieldOfAStoredPayout() {
        Payout payout = draft("po-1", "PO-REF-1");
        payout.confirmBeneficiary("SITI AMINAH", T0.plusSeconds(1));
        payout.submit("maker", T0.plusSeconds(2));
        payout.approve("checker", T0.plusSeconds(3));
        payout.sending(T0.plusSeconds(4));
        payout.failed("insufficient balance", Actor.gateway("cashin"), T0.plusSeconds(5));

        payouts.add(payout);

        Payout loaded = payouts.byId(payout.id()).orElseThrow();
        assertThat(loaded.state()).isEqualTo(payout.state());
        assertThat(loaded.beneficiary().confirmedName()).isEqualTo("SITI AMINAH");
        assertThat(loaded.checker()).contains("checker");
        assertThat(payouts.byReference("PO-REF-1").map(Payout::state)).contains(payout.state());
        assertThat(payouts.byReference("nothing")).isEmpty();
    }

    @Test
    void storesTheTimelineInOrder() {
        Payout payout = draft("po-1", "PO-REF-1");
        payouts.add(payout);
        Payout loaded = payouts.byId(payout.id()).orElseThrow();
        loaded.confirmBeneficiary("SITI AMINAH", T0.plusSeconds(1));
        loaded.submit("maker", T0.plusSeconds(2));
        payouts.update(loaded);

        List<PayoutEvent> timeline = payouts.timeline(payout.id());
        assertThat(timeline).extracting(PayoutEvent::type)
                .containsExactly("CREATED", "BENEFICIARY_CONFIRMED", "STATUS_CHANGED");
        assertThat(timeline.get(2)).extracting(PayoutEvent::from, PayoutEvent::to, PayoutEvent::actor, PayoutEvent::at)
                .containsExactly(PayoutStatus.DRAFT, PayoutStatus.AWAITING_APPROVAL, Actor.operator("maker"),
                        T0.plusSeconds(2));
        assertThat(loaded.newEvents()).isEmpty();
    }

    @Test
    void anUpdateMovesTheVersionOnAndAStaleOneIsRefused() {
        Payout payout = draft("po-1", "PO-REF-1");
        payout.confirmBeneficiary("SITI AMINAH", T0);
        payout.submit("maker", T0);
        payouts.add(payout);
        Payout approving = payouts.byId(payout.id()).orElseThrow();
        Payout rejecting = payouts.byId(payout.id()).orElseThrow();

        approving.approve("checker-1", T0.plusSeconds(10));
        payouts.update(approving);
        rejecting.reject("checker-2", "wrong account", T0.plusSeconds(11));

        assertThatThrownBy(() -> payouts.update(rejecting)).isInstanceOf(StaleAggregateException.class);
        Payout stored = payouts.byId(payout.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(PayoutStatus.APPROVED);
        assertThat(stored.checker()).contains("checker-1");
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void walksPayoutsWhoseMoneyMayBeMovingById() {
        List<String> moving = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Payout approved = draft("po-a" + i, "REF-A" + i);
            approved.confirmBeneficiary("X", T0);
            approved.submit("maker", T0);
            approved.approve("checker", T0);
            if (i == 1) {
                approved.sending(T0);
            }
            payouts.add(approved);
            moving.add(approved.id().value());
        }
        payouts.add(draft("po-draft", "REF-D"));

        List<String> walked = new ArrayList<>();
        String after = null;
        List<Payout> batch;
        do {
            batch = payouts.inFlight(after, 2);
            batch.forEach(p -> walked.add(p.id().value()));
            after = batch.isEmpty() ? after : batch.get(batch.size() - 1).id().value();
        } while (!batch.isEmpty());

        assertThat(walked).containsExactlyElementsOf(moving);
    }

    private static Payout draft(String id, String reference) {
        return Payout.draft(new PayoutId(id == null ? UUID.randomUUID().toString() : id), reference,
                new Beneficiary(EwalletChannel.DANA, "6281234567890", null), Money.idr(250_000), "maker", T0);
    }
}
