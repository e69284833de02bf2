package id.kasir.batch.reconciliation;

import static id.kasir.domain.fixtures.PaymentFixtures.aPayment;
import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.application.testing.InMemoryPayments;
import id.kasir.application.testing.MutableClock;
import id.kasir.domain.payment.PaymentId;
import id.kasir.domain.payment.PaymentStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** The reader pages by id, keeps its cut-off and position in the step's context, and continues from there. */
class InFlightPaymentReaderTest {

    private final MutableClock clock = MutableClock.at("2026-11-21T05:00:00Z");
    private final InMemoryPayments payments = new InMemoryPayments();

    private void stored(String id, PaymentStatus status, String createdAt) {
        payments.add(aPayment().withId(new PaymentId(id)).withOrderId("o-" + id).withReference("r-" + id)
                .withStatus(status).createdAt(java.time.Instant.parse(createdAt)).build());
    }

    private static List<String> readAll(InFlightPaymentReader reader) {
        List<String> ids = new ArrayList<>();
        for (InFlightPayment p = reader.read(); p != null; p = reader.read()) {
            ids.add(p.id().value());
        }
        return ids;
    }

    @Test
    void readsInFlightPaymentsOldEnoughByIdAPageAtATime() {
        stored("a", PaymentStatus.OPEN, "2026-11-21T03:00:00Z");
        stored("b", PaymentStatus.PAID, "2026-11-21T03:00:00Z");
        stored("c", PaymentStatus.PENDING, "2026-11-21T03:00:00Z");
        stored("d", PaymentStatus.PAYING, "2026-11-21T03:00:00Z");
        stored("e", PaymentStatus.OPEN, "2026-11-21T04:59:00Z"); // younger than min-age
        InFlightPaymentReader reader = new InFlightPaymentReader(payments, Duration.ofMinutes(15), 2, clock);
        reader.open(new ExecutionContext());
        assertThat(readAll(reader)).containsExactly("a", "c", "d");
    }

    @Test
    void aRestartContinuesAfterTheLastCommittedItemWithTheSameCutOff() {
        for (String id : List.of("a", "b", "c", "d", "e")) {
            stored(id, PaymentStatus.OPEN, "2026-11-21T03:00:00Z");
        }
        InFlightPaymentReader first = new InFlightPaymentReader(payments, Duration.ofMinutes(15), 2, clock);
        ExecutionContext context = new ExecutionContext();
        first.open(context);
        first.read();
        first.read();
        first.update(context); // the chunk of a and b committed
        first.read(); // c read, its chunk dies before committing

        stored("f", PaymentStatus.OPEN, "2026-11-21T05:10:00Z"); // created after the run began
        clock.advance(Duration.ofHours(1));
        InFlightPaymentReader restarted = new InFlightPaymentReader(payments, Duration.ofMinutes(15), 2, clock);
        restarted.open(context);
        assertThat(readAll(restarted)).containsExactly("c", "d", "e");
    }
}
