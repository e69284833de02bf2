package id.kasir.sandbox.cashi;

/** A request Cashi refuses, with the HTTP status and message of its {@code {"success":false}} answer. */
final class CashiRequestRejected extends RuntimeException {

    private final int httpStatus;

    CashiRequestRejected(int httpStatus, String message) {
        super(message, null, false, false);
        this.httpStatus = httpStatus;
    }

    int httpStatus() {
        return httpStatus;
    }
}
