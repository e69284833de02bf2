package id.kasir.bench.ingest;

import java.net.http.HttpRequest;

/**
 * One gateway's "paid" notification for a seeded payment, built and signed exactly as that gateway (and Kasir's
 * sandbox of it) sends it: the body the gateway's document gives, the headers it sends, its signature scheme.
 */
interface SignedNotification {

    /** Kasir's id of the gateway: {@code cashin}, {@code cashi}, {@code payin}. */
    String gateway();

    /** A fresh request (new message id, current timestamp) saying the payment was paid in full. */
    HttpRequest paid(String kasirBaseUrl, SeededPayment payment);

    /** Whether Kasir's answer means "stored, stop retrying" as the gateway reads it. */
    boolean acknowledged(int httpStatus);
}
