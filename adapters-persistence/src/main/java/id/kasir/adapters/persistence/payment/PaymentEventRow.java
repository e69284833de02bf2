package id.kasir.adapters.persistence.payment;

import id.kasir.adapters.persistence.mybatis.ColumnText;
import id.kasir.domain.common.Actor;
import id.kasir.domain.payment.EventText;
import id.kasir.domain.payment.PaymentEvent;
import id.kasir.domain.payment.PaymentEventType;
import id.kasir.domain.payment.PaymentStatus;
import java.time.Instant;

/** One row of {@code payment_events}: a line of a payment's timeline. */
class PaymentEventRow {
    Long id;
    String paymentId;
    String type;
    String fromStatus;
    String toStatus;
    String actor;
    String summary;
    String detail;
    Instant occurredAt;
    /** The line as a code and arguments ({@link EventText}); null on rows written before V16_21. */
    String textCode;
    String textArgs;

    static PaymentEventRow of(String paymentId, PaymentEvent event) {
        PaymentEventRow row = new PaymentEventRow();
        row.paymentId = paymentId;
        row.type = event.type().name();
        row.fromStatus = event.from() == null ? null : event.from().name();
        row.toStatus = event.to() == null ? null : event.to().name();
        row.actor = ColumnText.fit(event.actor().asText(), 160);
        row.summary = ColumnText.fit(event.summary(), 512);
        row.detail = event.detail();
        row.occurredAt = event.at();
        if (event.text() != null) {
            row.textCode = event.text().code();
            row.textArgs = event.text().joinedArgs();
        }
        return row;
    }

    PaymentEvent toEvent() {
        return new PaymentEvent(PaymentEventType.valueOf(type),
                fromStatus == null ? null : PaymentStatus.valueOf(fromStatus),
                toStatus == null ? null : PaymentStatus.valueOf(toStatus),
                Actor.parse(actor), summary, detail, occurredAt, EventText.stored(textCode, textArgs));
    }
}
