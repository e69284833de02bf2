package id.kasir.adapters.payin;

import id.kasir.domain.qris.QrisCode;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What PayIn's {@code payCode} turned out to be. The document says, for QRIS, it may be the raw QRIS
 * text, a network image address or a Base64 image, and for other products a VA number or channel
 * code; it says nothing about which, so we look at it.
 */
sealed interface PayCode {

    /**
     * Raw EMVCo QRIS text whose structure and CRC check out ({@link QrisCode#read}); whether it fits the
     * payment (dynamic, amount) is checked by the gateway against the amount to pay.
     */
    record QrisText(String payload) implements PayCode {
    }

    /** A QRIS-looking text ({@code 000201…}) whose structure or tag 63 CRC is wrong: unusable. */
    record CorruptQris(String payload) implements PayCode {
    }

    /** An http(s) address of the QR image, shown as it is. */
    record ImageUrl(String url) implements PayCode {
    }

    /** A Base64 PNG or JPEG, re-wrapped as a {@code data:} URL a browser can show. */
    record ImageData(String dataUrl) implements PayCode {
    }

    /** Anything else: a VA number or a channel's pay code, shown as text. */
    record Text(String code) implements PayCode {
    }

    /** An empty or absent payCode (e-wallets: the customer goes to payUrl). */
    record None() implements PayCode {
    }

    Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/=\\r\\n_-]+");
    Pattern DATA_URL = Pattern.compile("(?i)^data:image/[a-z+.-]+;base64,");

    static PayCode read(String raw) {
        if (raw == null || raw.isBlank()) {
            return new None();
        }
        String code = raw.trim();
        if (code.startsWith("000201")) {
            return QrisCode.read(code).passed() ? new QrisText(code) : new CorruptQris(code);
        }
        String lower = code.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            return new ImageUrl(code);
        }
        String base64 = DATA_URL.matcher(code).replaceFirst("");
        String mime = imageTypeOf(base64);
        if (mime != null) {
            return new ImageData("data:" + mime + ";base64," + base64.replaceAll("\\s", ""));
        }
        return new Text(code);
    }

    /** {@code image/png} or {@code image/jpeg} when the text is Base64 of such an image, else null. */
    private static String imageTypeOf(String text) {
        // A VA number is digits only and would decode to noise; images are far longer than any code.
        if (text.length() < 64 || !BASE64.matcher(text).matches()) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = text.contains("-") || text.contains("_")
                    ? Base64.getUrlDecoder().decode(text.replaceAll("\\s", ""))
                    : Base64.getMimeDecoder().decode(text);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
        if (bytes.length >= 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G'
                && bytes[4] == 0x0D && bytes[5] == 0x0A && bytes[6] == 0x1A && bytes[7] == 0x0A) {
            return "image/png";
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        return null;
    }
}
