package id.kasir.sandbox.payin;

import java.time.Instant;

/**
 * One attempt to deliver one callback: which callback of the order ({@code callback} counts from 1 per
 * order, so a duplicate has its own number), which try of PayIn's ladder (1 = first send, 2..11 = the
 * retries), when, and what came back: an HTTP status, or the error if nothing did.
 */
public record PayInCallbackAttempt(int callback, String orderStatus, int attempt, Instant at, Integer httpStatus,
                                   String error, boolean delivered) {
}
