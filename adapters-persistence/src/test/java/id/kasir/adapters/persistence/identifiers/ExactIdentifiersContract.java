package id.kasir.adapters.persistence.identifiers;

import static id.kasir.adapters.persistence.testing.PaymentFixture.T0;
import static id.kasir.adapters.persistence.testing.PaymentFixture.aPayment;
import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.adapters.persistence.testing.PersistenceContract;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.notification.GatewayNotifications;
import id.kasir.domain.notification.InboundNotification;
import id.kasir.domain.notification.Verification;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.Payments;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 11: {@code INV-1}, {@code inv-1} and {@code INV-1 } are three different identifiers, on H2 and on
 * MySQL/MariaDB alike (migration V15_11 gives those columns a binary NO PAD collation there).
 */
public abstract class ExactIdentifiersContract extends PersistenceContract {

    private static final String[] SPELLINGS = {"INV-1", "inv-1", "INV-1 "};

    @Autowired
    Payments payments;

    @Autowired
    GatewayNotifications inbox;

    @Test
    void orderIdsDifferingInCaseOrTrailingSpaceAreThreeOrders() {
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-";
        for (String orderId : SPELLINGS) {
            payments.add(aPayment().orderId(run + orderId).requested());
        }
        for (String orderId : SPELLINGS) {
            assertThat(payments.byOrderId(run + orderId)).map(Payment::orderId).contains(run + orderId);
        }
        assertThat(payments.byOrderId(run + "Inv-1")).isEmpty();
    }

    @Test
    void referencesDifferingInCaseOrTrailingSpaceDoNotMatch() {
        Payment payment = aPayment().gateway("cashin").reference("KABC" + UUID.randomUUID().toString()
                .replace("-", "").substring(0, 16).toUpperCase()).requested();
        payments.add(payment);
        GatewayId cashin = GatewayId.of("cashin");
        assertThat(payments.byAnyReference(cashin, payment.reference())).isPresent();
        assertThat(payments.byAnyReference(cashin, payment.reference().toLowerCase())).isEmpty();
        assertThat(payments.byAnyReference(cashin, payment.reference() + " ")).isEmpty();
    }

    @Test
    void notificationDedupKeysDifferingInCaseOrTrailingSpaceAreNotDuplicates() {
        // An upper-case prefix, so the lower-cased key always differs (a UUID slice may be all digits)
        String base = "XID:" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        assertThat(inbox.store(notification(base)).duplicate()).isFalse();
        assertThat(inbox.store(notification(base.toLowerCase())).duplicate()).isFalse();
        assertThat(inbox.store(notification(base + " ")).duplicate()).isFalse();
        assertThat(inbox.store(notification(base)).duplicate()).isTrue();
    }

    private static InboundNotification notification(String dedupKey) {
        return new InboundNotification(GatewayId.of("cashin"), dedupKey, "REF-1", Verification.VERIFIED,
                "Content-Type: application/json", "{}", "203.0.113.7", T0);
    }
}
