package id.kasir.adapters.persistence.payment;

import id.kasir.adapters.persistence.mybatis.ColumnText;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.money.Money;
import id.kasir.domain.payment.Customer;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentId;
import id.kasir.domain.payment.PaymentInstructions;
import id.kasir.domain.payment.PaymentLookup;
import id.kasir.domain.payment.PaymentMethod;
import id.kasir.domain.payment.PaymentState;
import id.kasir.domain.payment.PaymentStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;

/**
 * One row of {@code payments}, as MyBatis reads and writes it. All amounts of a payment share its
 * one currency column, so a payment whose amounts disagree on the currency is refused here.
 */
class PaymentRow {
    String id;
    String orderId;
    String gateway;
    String method;
    String currency;
    BigDecimal amount;
    BigDecimal amountToPay;
    BigDecimal paidAmount;
    BigDecimal gatewayFee;
    String reference;
    String gatewayReference;
    String checkoutUrl;
    String qrContent;
    String qrImageUrl;
    String payCode;
    String customerId;
    String customerPhone;
    /** Written on insert only (order id and phone never change): the search box's keys, see {@link PaymentLookup}. */
    String orderKey;
    String phoneKey;
    String customerName;
    String customerEmail;
    String description;
    String successUrl;
    String cancelUrl;
    String status;
    String statusReason;
    Instant expiresAt;
    Instant createdAt;
    Instant updatedAt;
    Instant paidAt;
    long version;

    static PaymentRow of(Payment payment) {
        PaymentState s = payment.state();
        PaymentRow row = new PaymentRow();
        row.id = s.id().value();
        row.orderId = s.orderId();
        row.gateway = s.gateway().value();
        row.method = s.method().name();
        row.currency = s.amount().currency().getCurrencyCode();
        row.amount = s.amount().amount();
        row.amountToPay = row.amountIn(s.amountToPay(), "amountToPay");
        row.paidAmount = row.amountIn(s.paidAmount(), "paidAmount");
        row.gatewayFee = row.amountIn(s.gatewayFee(), "gatewayFee");
        row.reference = s.reference();
        row.gatewayReference = s.gatewayReference();
        PaymentInstructions instructions = s.instructions() == null ? PaymentInstructions.NONE : s.instructions();
        row.checkoutUrl = instructions.checkoutUrl();
        row.qrContent = instructions.qrContent();
        row.qrImageUrl = instructions.qrImageUrl();
        row.payCode = instructions.payCode();
        Customer customer = s.customer() == null ? Customer.UNKNOWN : s.customer();
        row.customerId = customer.id();
        row.customerPhone = customer.phone();
        row.orderKey = PaymentLookup.orderKey(s.orderId());
        row.phoneKey = PaymentLookup.phoneKey(customer.phone());
        row.customerName = customer.name();
        row.customerEmail = customer.email();
        row.description = s.description();
        row.successUrl = s.successUrl();
        row.cancelUrl = s.cancelUrl();
        row.status = s.status().name();
        row.statusReason = ColumnText.fit(s.statusReason(), 1024);
        row.expiresAt = s.expiresAt();
        row.createdAt = s.createdAt();
        row.updatedAt = s.updatedAt();
        row.paidAt = s.paidAt();
        row.version = s.version();
        return row;
    }

    Payment toPayment() {
        Currency cur = Currency.getInstance(currency);
        return Payment.restore(new PaymentState(
                new PaymentId(id), orderId, GatewayId.of(gateway), PaymentMethod.valueOf(method),
                money(amount, cur), money(amountToPay, cur), money(paidAmount, cur), money(gatewayFee, cur),
                reference, gatewayReference,
                new PaymentInstructions(checkoutUrl, qrContent, qrImageUrl, payCode),
                new Customer(customerId, customerPhone, customerName, customerEmail),
                description, successUrl, cancelUrl,
                PaymentStatus.valueOf(status), statusReason,
                expiresAt, createdAt, updatedAt, paidAt, version));
    }

    private BigDecimal amountIn(Money money, String field) {
        if (money == null) {
            return null;
        }
        if (!money.currency().getCurrencyCode().equals(currency)) {
            throw new IllegalArgumentException("Payment " + id + ": " + field + " is in " + money.currency()
                    + " but the payment is in " + currency);
        }
        return money.amount();
    }

    private static Money money(BigDecimal amount, Currency currency) {
        return amount == null ? null : Money.of(amount, currency);
    }
}
