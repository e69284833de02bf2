package id.kasir.sandbox.payin;

import java.util.Arrays;
import java.util.Optional;

/**
 * The pay products the sandbox accepts. PayIn's document names the enum but does not list it; 41 (QRIS)
 * and 43 (an e-wallet, DANA in its example) come from the document, the rest are the sandbox's own
 * small table so adapters can exercise each kind.
 */
public enum PayInPayType {
    QRIS(41, Kind.QRIS, "QRIS"),
    DANA(43, Kind.EWALLET, "DANA"),
    OVO(44, Kind.EWALLET, "OVO"),
    SHOPEEPAY(45, Kind.EWALLET, "ShopeePay"),
    LINKAJA(46, Kind.EWALLET, "LinkAja"),
    VA_BCA(31, Kind.VIRTUAL_ACCOUNT, "BCA Virtual Account"),
    VA_BNI(32, Kind.VIRTUAL_ACCOUNT, "BNI Virtual Account"),
    VA_BRI(33, Kind.VIRTUAL_ACCOUNT, "BRI Virtual Account"),
    VA_MANDIRI(34, Kind.VIRTUAL_ACCOUNT, "Mandiri Virtual Account"),
    VA_PERMATA(35, Kind.VIRTUAL_ACCOUNT, "Permata Virtual Account");

    /** What the customer does to pay, which decides the shape of {@code payCode} and {@code payUrl}. */
    public enum Kind { QRIS, EWALLET, VIRTUAL_ACCOUNT }

    private final int code;
    private final Kind kind;
    private final String label;

    PayInPayType(int code, Kind kind, String label) {
        this.code = code;
        this.kind = kind;
        this.label = label;
    }

    public int code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }

    public String label() {
        return label;
    }

    public static Optional<PayInPayType> of(int code) {
        return Arrays.stream(values()).filter(t -> t.code == code).findFirst();
    }
}
