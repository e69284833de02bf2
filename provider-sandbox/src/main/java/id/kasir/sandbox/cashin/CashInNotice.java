package id.kasir.sandbox.cashin;

import java.time.Instant;

/**
 * One notification's content, fixed when it is decided (a late out-of-order notice says what it says even
 * though the order has moved on).
 */
record CashInNotice(String referenceNo, String merchantReference, String externalId, String status,
                    long amount, Instant createdTime, Instant finishedTime) {

    static CashInNotice of(CashInOrder order, String status, Instant finishedTime) {
        return new CashInNotice(order.referenceNo(), order.merchantReference(), order.externalId(), status,
                order.reportedAmount(), order.createdAt(), finishedTime);
    }

    String description() {
        return CashInOrder.snapDescription(status);
    }
}
