package id.kasir.domain.gateway;

import id.kasir.domain.money.Money;
import id.kasir.domain.payment.PaymentInstructions;
import java.time.Instant;
import java.util.Objects;

/**
 * The gateway accepted a new payment. {@code amountToPay} is what the customer must pay, which may
 * differ from what we asked for (Cashi adds 1–99 rupiah); {@code fee} is the gateway's fee when it
 * says so, else {@code null}; {@code instrumentExpiresAt}, when the gateway's payment instrument has a
 * life of its own (Cashi's QR: 10 minutes), is when it dies — the payment's expiry is capped by it.
 */
public record GatewayPaymentCreated(String gatewayReference, Money amountToPay, Money fee,
                                    PaymentInstructions instructions, Instant instrumentExpiresAt) {
    public GatewayPaymentCreated {
        Objects.requireNonNull(amountToPay, "amountToPay");
        instructions = instructions == null ? PaymentInstructions.NONE : instructions;
    }

    public GatewayPaymentCreated(String gatewayReference, Money amountToPay, Money fee, PaymentInstructions instructions) {
        this(gatewayReference, amountToPay, fee, instructions, null);
    }
}
