package id.kasir.adapters.persistence.payout;

import id.kasir.adapters.persistence.mybatis.ColumnText;
import id.kasir.domain.common.Actor;
import id.kasir.domain.payout.PayoutEvent;
import id.kasir.domain.payout.PayoutEventType;
import id.kasir.domain.payout.PayoutStatus;
import java.time.Instant;

/** One row of {@code payout_events}: a line of a payout's timeline. */
class PayoutEventRow {
    Long id;
    String payoutId;
    String type;
    String fromStatus;
    String toStatus;
    String actor;
    String summary;
    String detail;
    Instant occurredAt;

    static PayoutEventRow of(String payoutId, PayoutEvent event) {
        PayoutEventRow row = new PayoutEventRow();
        row.payoutId = payoutId;
        row.type = event.type().name();
        row.fromStatus = event.from() == null ? null : event.from().name();
        row.toStatus = event.to() == null ? null : event.to().name();
        row.actor = ColumnText.fit(event.actor().asText(), 160);
        row.summary = ColumnText.fit(event.summary(), 512);
        row.detail = event.detail();
        row.occurredAt = event.at();
        return row;
    }

    PayoutEvent toEvent() {
        return new PayoutEvent(PayoutEventType.valueOf(type), fromStatus == null ? null : PayoutStatus.valueOf(fromStatus),
                toStatus == null ? null : PayoutStatus.valueOf(toStatus), Actor.parse(actor), summary, detail,
                occurredAt);
    }
}
