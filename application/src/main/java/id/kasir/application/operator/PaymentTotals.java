package id.kasir.application.operator;

import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.money.Money;
import id.kasir.domain.payment.PaymentStatus;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Counts and sums of payments for the ops dashboard (read port; one grouped query on an indexed column). */
public interface PaymentTotals {

    /**
     * Payments created in {@code [from, to)}, grouped by gateway and status. {@code amount} sums what
     * was paid for PAID payments and what was asked for the others.
     */
    List<Group> byGatewayAndStatus(Instant from, Instant to);

    record Group(GatewayId gateway, PaymentStatus status, long count, Money amount) {
        public Group {
            Objects.requireNonNull(gateway, "gateway");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(amount, "amount");
        }
    }
}
