package id.kasir.application.reconciliation;

import static id.kasir.domain.fixtures.PaymentFixtures.aPayment;
import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.application.testing.FakePaymentGateway;
import id.kasir.application.testing.TestKasir;
import id.kasir.domain.gateway.GatewayCallResult;
import id.kasir.domain.gateway.GatewayExchange;
import id.kasir.domain.gateway.UnknownCause;
import id.kasir.domain.money.Money;
import id.kasir.domain.payment.GatewayReport;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentId;
import id.kasir.domain.payment.PaymentStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** The janitor asks on its back-off schedule, by the clock, never by sleeping. */
class RecheckPaymentsTest {

    private final FakePaymentGateway gateway = new FakePaymentGateway("payin");
    private final TestKasir kasir = new TestKasir(gateway);
    private final InMemoryRechecks rechecks = new InMemoryRechecks();
    private final RecheckPayments janitor = new RecheckPayments(rechecks, kasir.reconcilePayment,
            List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2)),
            kasir.clock);

    /** PENDING payments are candidates from their creation, as the persistence adapter's query says. */
    private final class InMemoryRechecks implements PaymentRechecks {
        final Map<PaymentId, Integer> attempts = new ConcurrentHashMap<>();

        @Override
        public List<Candidate> candidates(int maxAttempts, int limit) {
            List<Candidate> out = new ArrayList<>();
            for (Payment p : kasir.payments.inFlight(Instant.MAX, null, 1000)) {
                int n = attempts.getOrDefault(p.id(), 0);
                if (p.status() == PaymentStatus.PENDING && n < maxAttempts) {
                    out.add(new Candidate(p.id(), p.createdAt(), n));
                }
            }
            return out;
        }

        @Override
        public void checked(PaymentId paymentId, int n, Instant at) {
            attempts.put(paymentId, n);
        }
    }

    @Test
    void aTimedOutCreateIsResolvedOnTheBackOffScheduleWithoutAnyoneTouchingIt() {
        Payment payment = aPayment().withGateway("payin").withStatus(PaymentStatus.PENDING).createdAt(kasir.clock.instant())
                .expiresAt(kasir.clock.instant().plus(Duration.ofDays(1)))
                .withAmount(Money.idr(20000)).withAmountToPay(Money.idr(20000)).build();
        kasir.payments.add(payment);
        gateway.onQuery(l -> GatewayCallResult.unknown(UnknownCause.TIMEOUT, "timed out", GatewayExchange.none("query")));

        assertThat(janitor.run(100).asked()).isZero(); // not due before 1 minute
        kasir.clock.advance(Duration.ofSeconds(61));
        assertThat(janitor.run(100).asked()).isEqualTo(1); // 1 min: still unknown
        assertThat(janitor.run(100).asked()).isZero(); // next at 5 min
        kasir.clock.advance(Duration.ofMinutes(4));
        gateway.queryAnswers(GatewayReport.of(PaymentStatus.PAID, Money.idr(20000), GatewayReport.Source.QUERY));
        assertThat(janitor.run(100).asked()).isEqualTo(1);
        assertThat(kasir.findPayments.byId(payment.id()).status()).isEqualTo(PaymentStatus.PAID);
        assertThat(gateway.queried).hasSize(2);
    }

    @Test
    void afterTheLastStepThePaymentIsLeftToTheNightlyRun() {
        Payment payment = aPayment().withGateway("payin").withStatus(PaymentStatus.PENDING).createdAt(kasir.clock.instant())
                .expiresAt(kasir.clock.instant().plus(Duration.ofDays(1))).build();
        kasir.payments.add(payment);
        gateway.onQuery(l -> GatewayCallResult.unknown(UnknownCause.GATEWAY_ERROR, "503", GatewayExchange.none("query")));
        for (int i = 0; i < 6; i++) {
            kasir.clock.advance(Duration.ofHours(3));
            janitor.run(100);
        }
        assertThat(gateway.queried).hasSize(4);
    }
}
