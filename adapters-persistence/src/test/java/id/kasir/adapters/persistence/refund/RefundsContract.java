package id.kasir.adapters.persistence.refund;

import static id.kasir.adapters.persistence.testing.PaymentFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.adapters.persistence.testing.PersistenceContract;
import id.kasir.domain.money.Money;
import id.kasir.domain.payment.PaymentId;
import id.kasir.domain.refund.Refund;
import id.kasir.domain.refund.Refunds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What any {@link Refunds} store must do; run against H2 and MySQL by the subclasses. */
public abstract class RefundsContract extends PersistenceContract {

    @Autowired
    Refunds refunds;

    @Test
    void aRefundStaysOpenUntilRecordedDoneOnce() {
        Refund opened = refunds.open(new PaymentId("pay-1"), 7, Money.idr(15000), "short payment refused", "fina", T0);
        refunds.open(new PaymentId("pay-2"), 8, Money.idr(20000), "late", "fina", T0);

        assertThat(refunds.byId(opened.id())).contains(opened);
        assertThat(refunds.notDone(10)).hasSize(2);
        assertThat(refunds.markDone(opened.id(), "abdi", "BCA 0042", T0.plusSeconds(60))).isTrue();
        assertThat(refunds.markDone(opened.id(), "budi", "again", T0.plusSeconds(61))).isFalse();
        assertThat(refunds.markDone(opened.id() + 1000, "budi", "none", T0)).isFalse();

        Refund done = refunds.byId(opened.id()).orElseThrow();
        assertThat(done.isDone()).isTrue();
        assertThat(done.doneBy()).isEqualTo("abdi");
        assertThat(done.doneNote()).isEqualTo("BCA 0042");
        assertThat(done.doneAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(done.amount()).isEqualTo(Money.idr(15000));
        assertThat(refunds.notDone(10)).extracting(Refund::exceptionId).containsExactly(8L);
        assertThat(refunds.byPayment(new PaymentId("pay-1"))).containsExactly(done);
        assertThat(refunds.byException(7)).containsExactly(done);
    }
}
