package id.kasir.adapters.persistence.testing;

import id.kasir.domain.common.Actor;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.gateway.GatewayPaymentCreated;
import id.kasir.domain.money.Money;
import id.kasir.domain.payment.Customer;
import id.kasir.domain.payment.NewPayment;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentId;
import id.kasir.domain.payment.PaymentInstructions;
import id.kasir.domain.payment.PaymentMethod;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Builds payments for the persistence tests; every value has a sensible default. */
public final class PaymentFixture {

    /** A time with microseconds, the database's precision, so round trips compare equal. */
    public static final Instant T0 = Instant.parse("2024-05-01T03:04:05.123456Z");

    private String id = UUID.randomUUID().toString();
    private String orderId = "ORDER-" + UUID.randomUUID().toString().substring(0, 8);
    private String reference;
    private GatewayId gateway = GatewayId.of("cashin");
    private PaymentMethod method = PaymentMethod.QRIS;
    private Money amount = Money.idr(10_000);
    private Customer customer = Customer.UNKNOWN;
    private String description;
    private Instant createdAt = T0;
    private Duration expiresIn = Duration.ofMinutes(30);

    public static PaymentFixture aPayment() {
        return new PaymentFixture();
    }

    public PaymentFixture id(String value) { this.id = value; return this; }
    public PaymentFixture orderId(String value) { this.orderId = value; return this; }
    public PaymentFixture reference(String value) { this.reference = value; return this; }
    public PaymentFixture gateway(String value) { this.gateway = GatewayId.of(value); return this; }
    public PaymentFixture method(PaymentMethod value) { this.method = value; return this; }
    public PaymentFixture amount(long rupiah) { this.amount = Money.idr(rupiah); return this; }
    public PaymentFixture customer(Customer value) { this.customer = value; return this; }
    public PaymentFixture description(String value) { this.description = value; return this; }
    public PaymentFixture createdAt(Instant value) { this.createdAt = value; return this; }
    public PaymentFixture expiresIn(Duration value) { this.expiresIn = value; return this; }

    /** A PENDING payment, just requested. */
    public Payment requested() {
        return Payment.request(new PaymentId(id), reference == null ? "REF-" + orderId : reference,
                new NewPayment(orderId, gateway, method, amount, createdAt.plus(expiresIn), customer, description,
                        null, null),
                Actor.merchant("test-shop"), createdAt);
    }

    /** An OPEN payment: the gateway issued a QR under {@code gatewayReference}. */
    public Payment opened(String gatewayReference) {
        Payment payment = requested();
        payment.opened(new GatewayPaymentCreated(gatewayReference, amount, null,
                new PaymentInstructions(null, "00020101021226" + orderId, null, null)), createdAt.plusSeconds(1));
        return payment;
    }
}
