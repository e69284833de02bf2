package id.kasir.app.e2e;

import static id.kasir.application.testing.Eventually.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.application.payment.CreatePayment;
import id.kasir.application.payment.FindPayments;
import id.kasir.application.payment.RefreshPayment;
import id.kasir.domain.common.Actor;
import id.kasir.domain.gateway.GatewayCallResult;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.money.Money;
import id.kasir.domain.payment.Customer;
import id.kasir.domain.payment.NewPayment;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentMethod;
import id.kasir.domain.payment.PaymentStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo remembers: the embedded default started twice on the same file-based H2 database and port
 * (a Kasir restart). Orders made at the in-process sandbox before the restart still have their pay pages,
 * still answer Kasir's status queries (refresh), are still payable, and the sandbox's order list shows
 * the merchant's order id of each.
 */
class SandboxSurvivesRestartIT {

    @TempDir
    Path data;

    @Test
    void ordersMadeBeforeARestartAreStillThereAndPayableAfterIt() {
        int port = EmbeddedKasir.freePort();
        String database = "jdbc:h2:file:" + data.resolve("kasir").toAbsolutePath()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE";

        List<Payment> before;
        try (EmbeddedKasir first = EmbeddedKasir.start(port, database)) {
            before = List.of(
                    create(first, "RESTART-CASHI-1", "cashi", PaymentMethod.QRIS, 15000),
                    create(first, "RESTART-CASHIN-CHECKOUT-1", "cashin", PaymentMethod.CHECKOUT_PAGE, 16000),
                    create(first, "RESTART-CASHIN-QRIS-1", "cashin", PaymentMethod.QRIS, 17000),
                    create(first, "RESTART-PAYIN-1", "payin", PaymentMethod.QRIS, 20000));
            before.forEach(p -> assertThat(p.status()).as(p.orderId()).isEqualTo(PaymentStatus.OPEN));
            assertThat(first.get(payPage(before.get(0))).statusCode()).isEqualTo(200);
        }

        try (EmbeddedKasir second = EmbeddedKasir.start(port, database)) {
            for (Payment payment : before) {
                assertThat(second.get(payPage(payment)).statusCode()).as("pay page of " + payment.orderId()).isEqualTo(200);
                assertThat(second.bean(RefreshPayment.class).ask(payment.id()).gatewaySays())
                        .as("the gateway still knows " + payment.orderId())
                        .isInstanceOf(GatewayCallResult.Accepted.class);
            }

            var index = second.get("/sandbox");
            assertThat(index.statusCode()).isEqualTo(200);
            before.forEach(p -> assertThat(index.body()).contains("<td class=\"order-id\">" + p.orderId() + "</td>")
                    .contains(p.reference()));

            for (Payment payment : before) {
                String gateway = payment.gateway().value();
                assertThat(second.post("/sandbox/" + gateway + "/_sandbox/orders/" + payment.reference() + "/pay", "{}")
                        .statusCode()).as("paying " + payment.orderId()).isEqualTo(200);
            }
            FindPayments find = second.bean(FindPayments.class);
            for (Payment payment : before) {
                waitUntil(payment.orderId() + " is PAID after the restart",
                        () -> find.byId(payment.id()).status() == PaymentStatus.PAID);
                assertThat(find.byId(payment.id()).paidAmount()).contains(payment.amountToPay());
            }
        }
    }

    /** The page where a person pays: the checkout link where there is one, else the gateway's own page for it. */
    private static String payPage(Payment payment) {
        String checkoutUrl = payment.instructions().checkoutUrl();
        if (checkoutUrl != null) {
            return checkoutUrl.substring(checkoutUrl.indexOf("/sandbox/"));
        }
        return switch (payment.gateway().value()) {
            case "cashin" -> "/sandbox/cashin/qris/" + payment.gatewayReference().orElseThrow();
            case "payin" -> "/sandbox/payin/paydesk/" + payment.gatewayReference().orElseThrow();
            default -> throw new IllegalArgumentException("no pay page known for " + payment.gateway());
        };
    }

    private static Payment create(EmbeddedKasir kasir, String orderId, String gateway, PaymentMethod method, long rupiah) {
        return kasir.bean(CreatePayment.class).create(new NewPayment(orderId, GatewayId.of(gateway), method,
                Money.idr(rupiah), Instant.now().plus(Duration.ofMinutes(10)),
                new Customer("C-1", "6281234567890", "Siti Aminah", "siti@example.id"), "Two coffees", null, null),
                Actor.merchant("restart-test")).payment();
    }
}
