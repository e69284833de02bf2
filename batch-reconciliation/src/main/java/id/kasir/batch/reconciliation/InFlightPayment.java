package id.kasir.batch.reconciliation;

import id.kasir.domain.payment.PaymentId;

/** What the reader hands on: enough to bound the call per gateway and to name the report line. */
record InFlightPayment(PaymentId id, String gateway, String orderId) {
}
