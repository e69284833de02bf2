package id.kasir.web.admin;

import id.kasir.application.operator.ManageOperators;
import id.kasir.application.operator.NewOperatorAccount;
import id.kasir.application.operator.OperatorRole;
import id.kasir.application.testing.TestKasir;
import id.kasir.domain.common.Actor;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.money.Money;
import id.kasir.domain.payment.Customer;
import id.kasir.domain.payment.NewPayment;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentMethod;
import java.time.Duration;
import java.util.EnumSet;
import java.util.UUID;

/** Payments and accounts for the portal's tests; every name is unique, so tests share one context safely. */
public final class PortalFixtures {

    private PortalFixtures() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Payment openPayment(TestKasir kasir, String orderId, long rupiah) {
        return kasir.createPayment.create(new NewPayment(orderId, GatewayId.of("cashi"), PaymentMethod.QRIS,
                Money.idr(rupiah), kasir.clock.instant().plus(Duration.ofHours(1)),
                new Customer("cust-1", "081234567890", "Budi", null), "Kopi susu", null, null),
                Actor.merchant("shop")).payment();
    }

    public static String account(ManageOperators manage, String prefix, String password, OperatorRole... roles) {
        String username = unique(prefix).toLowerCase();
        manage.create(new NewOperatorAccount(username, null, EnumSet.of(roles[0], roles)), password,
                Actor.system("test"), null);
        return username;
    }
}
