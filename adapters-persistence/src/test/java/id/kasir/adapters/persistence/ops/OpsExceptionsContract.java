package id.kasir.adapters.persistence.ops;

import static id.kasir.adapters.persistence.testing.PaymentFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.adapters.persistence.testing.PersistenceContract;
import id.kasir.domain.ops.OpsException;
import id.kasir.domain.ops.OpsExceptionType;
import id.kasir.domain.ops.OpsExceptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What any {@link OpsExceptions} inbox must do; run against H2 and MySQL by the subclasses. */
public abstract class OpsExceptionsContract extends PersistenceContract {

    @Autowired
    OpsExceptions exceptions;

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
