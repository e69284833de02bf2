package id.kasir.sandbox.payin;

/**
 * A request PayIn refuses, answered with its error envelope {@code {"code": code, "msg": msg, "data": null}}.
 * The {@code msg} follows the document's style ({@code Payin_Order_Error}): a token, plus after a colon
 * what exactly is wrong where that helps the developer.
 */
final class PayInRejection extends RuntimeException {

    private final int code;

    PayInRejection(int code, String msg) {
        super(msg, null, false, false);
        this.code = code;
    }

    static PayInRejection param(String field, String problem) {
        return new PayInRejection(400, "Param_Error: " + field + " " + problem);
    }

    int code() {
        return code;
    }

    String msg() {
        return getMessage();
    }
}
