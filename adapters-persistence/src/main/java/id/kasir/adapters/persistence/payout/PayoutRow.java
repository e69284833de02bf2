package id.kasir.adapters.persistence.payout;

import id.kasir.adapters.persistence.mybatis.ColumnText;
import id.kasir.domain.money.Money;
import id.kasir.domain.payout.Beneficiary;
import id.kasir.domain.payout.EwalletChannel;
import id.kasir.domain.payout.Payout;
import id.kasir.domain.payout.PayoutId;
import id.kasir.domain.payout.PayoutState;
import id.kasir.domain.payout.PayoutStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;

/** One row of {@code payouts}, as MyBatis reads and writes it. */
class PayoutRow {
    String id;
    String reference;
    String channel;
    String customerNumber;
    String confirmedName;
    String currency;
    BigDecimal amount;
    String maker;
    String checker;
    String status;
    String statusReason;
    String gatewayReference;
    Instant createdAt;
    Instant updatedAt;
    long version;

    static PayoutRow of(Payout payout) {
        PayoutState s = payout.state();
        PayoutRow row = new PayoutRow();
        row.id = s.id().value();
        row.reference = s.reference();
        row.channel = s.beneficiary().channel().name();
        row.customerNumber = s.beneficiary().customerNumber();
        row.confirmedName = s.beneficiary().confirmedName();
        row.currency = s.amount().currency().getCurrencyCode();
        row.amount = s.amount().amount();
        row.maker = s.maker();
        row.checker = s.checker();
        row.status = s.status().name();
        row.statusReason = ColumnText.fit(s.statusReason(), 1024);
        row.gatewayReference = s.gatewayReference();
        row.createdAt = s.createdAt();
        row.updatedAt = s.updatedAt();
        row.version = s.version();
        return row;
    }

    Payout toPayout() {
        return Payout.restore(new PayoutState(new PayoutId(id), reference,
                new Beneficiary(EwalletChannel.valueOf(channel), customerNumber, confirmedName),
                Money.of(amount, Currency.getInstance(currency)), maker, checker, PayoutStatus.valueOf(status),
                statusReason, gatewayReference, createdAt, updatedAt, version));
    }
}
