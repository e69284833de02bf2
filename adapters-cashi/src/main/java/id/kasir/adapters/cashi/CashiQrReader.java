package id.kasir.adapters.cashi;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Reads the QRIS text out of the QR image Cashi returns as a {@code data:} URL, so Kasir can draw its own
 * QR (any size, its own pages) instead of only passing Cashi's picture along. Best effort: an image that
 * cannot be read just leaves the content absent; the picture is kept either way.
 */
final class CashiQrReader {

    /** A QR image Cashi sends is a few kilobytes; anything far larger is not worth decoding. */
    private static final int MAX_DATA_URL_CHARS = 2_000_000;
    /** What {@code PaymentInstructions.qrContent} holds; a QRIS payload is a few hundred characters. */
    private static final int MAX_CONTENT_CHARS = 1024;

    /*
     * A picture a server drew is an exact grid with a quiet zone: PURE_BARCODE reads it directly. The
     * finder-pattern detector, needed for anything else (scaled, photographed), misses some perfectly
     * clean codes (e.g. a version-9 QR at 5 px per module), so it is the fallback, not the first try.
     */
    private static final List<Map<DecodeHintType, Object>> ATTEMPTS = List.of(
            Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE,
                    DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE)),
            Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
                    DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE)));

    private CashiQrReader() {
    }

    static Optional<String> contentOf(String dataUrl) {
        if (dataUrl == null || dataUrl.length() > MAX_DATA_URL_CHARS || !dataUrl.startsWith("data:")) {
            return Optional.empty();
        }
        int comma = dataUrl.indexOf(',');
        if (comma < 0 || !dataUrl.substring(0, comma).endsWith(";base64")) {
            return Optional.empty();
        }
        try {
            byte[] png = Base64.getMimeDecoder().decode(dataUrl.substring(comma + 1));
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null) {
                return Optional.empty();
            }
            int width = image.getWidth();
            int height = image.getHeight();
            int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
            RGBLuminanceSource luminance = new RGBLuminanceSource(width, height, pixels);
            for (Map<DecodeHintType, Object> hints : ATTEMPTS) {
                Optional<String> text = decode(luminance, hints);
                if (text.isPresent()) {
                    return text;
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<String> decode(RGBLuminanceSource luminance, Map<DecodeHintType, Object> hints) {
        try {
            Result result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(luminance)), hints);
            String text = result.getText();
            return text == null || text.isBlank() || text.length() > MAX_CONTENT_CHARS ? Optional.empty() : Optional.of(text);
        } catch (ReaderException | RuntimeException notThisWay) {
            return Optional.empty();
        }
    }
}
