package id.kasir.adapters.persistence.ops;

import static id.kasir.adapters.persistence.testing.PaymentFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.adapters.persistence.testing.PaymentFixture;
import id.kasir.adapters.persistence.testing.PersistenceContract;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.money.Money;
import id.kasir.domain.ops.MoneyDecision;
import id.kasir.domain.ops.OpsException;
import id.kasir.domain.ops.OpsExceptionAction;
import id.kasir.domain.ops.OpsExceptionSearch;
import id.kasir.domain.ops.OpsExceptionState;
import id.kasir.domain.ops.OpsExceptionStep;
import id.kasir.domain.ops.OpsExceptionType;
import id.kasir.domain.ops.OpsExceptions;
import id.kasir.domain.payment.Payments;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What any {@link OpsExceptions} inbox must do; run against H2 and MySQL by the subclasses. */
public abstract class OpsExceptionsContract extends PersistenceContract {

    @Autowired
    OpsExceptions exceptions;
    @Autowired
    Payments payments;

    @Test
    void keepsTheReportedAmountTheWorkflowStateAndTheHistory() {
        OpsException raised = exceptions.raise(OpsExceptionType.AMOUNT_MISMATCH, "pay-1", "mismatch:pay-1:15000",
                "Gateway reports 15000.00 paid, expected 15042.00", Money.idr(15000), T0).exception();
        assertThat(raised.state()).isEqualTo(OpsExceptionState.OPEN);
        assertThat(exceptions.byId(raised.id()).orElseThrow().reportedAmount()).isEqualTo(Money.idr(15000));

        OpsException taken = raised.assignTo("fina");
        assertThat(exceptions.save(taken, OpsExceptionState.OPEN)).isTrue();
        assertThat(exceptions.save(taken, OpsExceptionState.OPEN)).as("someone changed it meanwhile").isFalse();
        OpsException refunding = taken.refundOpened("fina", "merchant refuses short payments");
        assertThat(exceptions.save(refunding, OpsExceptionState.IN_PROGRESS)).isTrue();
        exceptions.addStep(new OpsExceptionStep(raised.id(), OpsExceptionAction.ASSIGNED, "fina", "fina", T0));
        exceptions.addStep(new OpsExceptionStep(raised.id(), OpsExceptionAction.REFUND_NEEDED, "fina", "refuses",
                T0.plusSeconds(1)));

        OpsException stored = exceptions.byId(raised.id()).orElseThrow();
        assertThat(stored).isEqualTo(refunding);
        assertThat(stored.decision()).isEqualTo(MoneyDecision.REFUND);
        assertThat(stored.owner()).isEqualTo("fina");
        assertThat(exceptions.history(raised.id())).extracting(OpsExceptionStep::action)
                .containsExactly(OpsExceptionAction.ASSIGNED, OpsExceptionAction.REFUND_NEEDED);
        assertThat(exceptions.history(raised.id()).get(1).at()).isEqualTo(T0.plusSeconds(1));
        assertThat(exceptions.countOpenByType()).isEqualTo(Map.of(OpsExceptionType.AMOUNT_MISMATCH, 1L));
    }

    @Test
    void findsByTypeStateGatewayAgeAndOwnerResolvedOnesIncluded() {
        payments.add(PaymentFixture.aPayment().id("pay-cashi").orderId("ORD-C").gateway("cashi").requested());
        payments.add(PaymentFixture.aPayment().id("pay-payin").orderId("ORD-P").gateway("payin").requested());
        long old = exceptions.raise(OpsExceptionType.STUCK_PAYMENT, "pay-cashi", "k-1", "stuck", T0).exception().id();
        long young = exceptions.raise(OpsExceptionType.PAID_AFTER_EXPIRY, "pay-payin", "k-2", "late",
                T0.plusSeconds(3600)).exception().id();
        exceptions.resolve(old, "ops.ani", "answered", T0.plusSeconds(10));

        assertThat(ids(new OpsExceptionSearch(null, Set.of(), null, null, null, 10))).containsExactly(old, young);
        assertThat(ids(new OpsExceptionSearch(null, EnumSet.of(OpsExceptionState.RESOLVED), null, null, null, 10)))
                .containsExactly(old);
        assertThat(ids(OpsExceptionSearch.unresolved(10))).containsExactly(young);
        assertThat(ids(new OpsExceptionSearch(OpsExceptionType.STUCK_PAYMENT, Set.of(), null, null, null, 10)))
                .containsExactly(old);
        assertThat(ids(new OpsExceptionSearch(null, Set.of(), GatewayId.of("payin"), null, null, 10)))
                .containsExactly(young);
        assertThat(ids(new OpsExceptionSearch(null, Set.of(), null, T0.plusSeconds(60), null, 10)))
                .containsExactly(old);
        assertThat(ids(new OpsExceptionSearch(null, Set.of(), null, null, "ops.ani", 10))).containsExactly(old);
        assertThat(ids(new OpsExceptionSearch(null, Set.of(), null, null, null, 1))).containsExactly(old);
    }

    private java.util.List<Long> ids(OpsExceptionSearch search) {
        return exceptions.search(search).stream().map(OpsException::id).toList();
    }

    @Test
    void raisesTheSameProblemOnlyOnce() {
        OpsExceptions.Raised first = exceptions.raise(OpsExceptionType.AMOUNT_MISMATCH, "pay-1", "mismatch:pay-1:7",
                "Gateway reports IDR 9000.00 paid, expected IDR 10000.00", T0);
        OpsExceptions.Raised second = exceptions.raise(OpsExceptionType.AMOUNT_MISMATCH, "pay-1", "mismatch:pay-1:7",
                "the same again", T0.plusSeconds(5));

        assertThat(first.isNew()).isTrue();
        assertThat(second.isNew()).isFalse();
        assertThat(second.exception()).isEqualTo(first.exception());
        assertThat(exceptions.byId(first.exception().id())).contains(first.exception());
        assertThat(first.exception().isOpen()).isTrue();
        assertThat(exceptions.countOpen()).isEqualTo(1);
    }

    @Test
    void resolvesAnExceptionOnlyOnce() {
        long id = exceptions.raise(OpsExceptionType.STUCK_PAYMENT, "pay-1", "stuck:pay-1", "Still OPEN after 2 days",
                T0).exception().id();

        assertThat(exceptions.resolve(id, "ops.ani", "Customer paid at the counter", T0.plusSeconds(60))).isTrue();
        assertThat(exceptions.resolve(id, "ops.budi", "me too", T0.plusSeconds(61))).isFalse();
        assertThat(exceptions.resolve(id + 1000, "ops.budi", "nothing", T0.plusSeconds(62))).isFalse();

        OpsException resolved = exceptions.byId(id).orElseThrow();
        assertThat(resolved.isOpen()).isFalse();
        assertThat(resolved.resolvedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(resolved.resolvedBy()).isEqualTo("ops.ani");
        assertThat(resolved.resolution()).isEqualTo("Customer paid at the counter");
        assertThat(exceptions.countOpen()).isZero();
        assertThat(exceptions.open(10)).isEmpty();
    }

    @Test
    void listsOpenExceptionsOldestFirstAndBySubject() {
        long a = raise("pay-1", "k-a");
        long b = raise("pay-2", "k-b");
        long c = raise("pay-1", "k-c");
        long d = raise("pay-3", "k-d");
        exceptions.resolve(b, "ops.ani", "done", T0);

        assertThat(exceptions.open(10)).extracting(OpsException::id).containsExactly(a, c, d);
        assertThat(exceptions.open(2)).extracting(OpsException::id).containsExactly(a, c);
        assertThat(exceptions.bySubject("pay-1")).extracting(OpsException::id).containsExactly(a, c);
        assertThat(exceptions.bySubject("pay-9")).isEmpty();
        assertThat(exceptions.countOpen()).isEqualTo(3);
    }

    private long raise(String subject, String key) {
        return exceptions.raise(OpsExceptionType.PAID_AFTER_EXPIRY, subject, key, "Paid after expiry", T0)
                .exception().id();
    }
}
