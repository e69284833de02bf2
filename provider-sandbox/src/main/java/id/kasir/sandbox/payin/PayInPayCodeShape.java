package id.kasir.sandbox.payin;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The three forms PayIn's document says a QRIS {@code payCode} can take, depending on the upstream
 * channel; the sandbox picks one per order so adapters are tested against each.
 */
public enum PayInPayCodeShape {
    /** The raw EMVCo QRIS payload text. */
    QRIS_TEXT("qris-text"),
    /** A URL that serves the QR code as a PNG. */
    IMAGE_URL("image-url"),
    /** The QR code PNG, Base64-encoded (no {@code data:} prefix). */
    BASE64_IMAGE("base64-image");

    /** What a request's {@code remark} starts with to choose the shape for that order, e.g. {@code shape:image-url}. */
    static final String REMARK_PREFIX = "shape:";

    private final String id;

    PayInPayCodeShape(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<PayInPayCodeShape> ofId(String id) {
        String wanted = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.id.equals(wanted)).findFirst();
    }

    /** The shape a remark such as {@code shape:base64-image} asks for, if it asks for one. */
    static Optional<PayInPayCodeShape> requestedBy(String remark) {
        if (remark == null || !remark.toLowerCase(Locale.ROOT).startsWith(REMARK_PREFIX)) {
            return Optional.empty();
        }
        return ofId(remark.substring(REMARK_PREFIX.length()));
    }
}
