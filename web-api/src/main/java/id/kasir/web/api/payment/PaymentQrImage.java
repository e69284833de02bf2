package id.kasir.web.api.payment;

import id.kasir.application.port.QrImageRenderer;
import id.kasir.domain.payment.Payment;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * The QR image of a payment, as PNG: drawn from its QRIS content when it has one; otherwise the image
 * the gateway made, when that is a PNG carried in the payment itself (Cashi sends a data: URL, PayIn
 * may send Base64). A QR that merely encodes a data: URL is not what a customer can scan, so that is
 * never drawn.
 */
final class PaymentQrImage {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private final QrImageRenderer renderer;

    PaymentQrImage(QrImageRenderer renderer) {
        this.renderer = renderer;
    }

    Optional<byte[]> pngOf(Payment payment, int size) {
        var instructions = payment.instructions();
        if (instructions.qrContent() != null) {
            return Optional.of(renderer.png(instructions.qrContent(), size));
        }
        return Optional.ofNullable(instructions.qrImageUrl()).flatMap(PaymentQrImage::embeddedPng);
    }

    static Optional<byte[]> embeddedPng(String image) {
        String text = image.strip();
        int comma = text.indexOf(',');
        if (text.regionMatches(true, 0, "data:", 0, 5)) {
            String header = comma < 0 ? "" : text.substring(0, comma).toLowerCase(Locale.ROOT);
            if (!header.contains(";base64")) {
                return Optional.empty();
            }
            text = text.substring(comma + 1);
        }
        try {
            byte[] bytes = Base64.getMimeDecoder().decode(text);
            boolean png = bytes.length > PNG_SIGNATURE.length
                    && Arrays.equals(Arrays.copyOf(bytes, PNG_SIGNATURE.length), PNG_SIGNATURE);
            return png ? Optional.of(bytes) : Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
