package id.kasir.adapters.cashi;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
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

    private static final Map<DecodeHintType, Object> HINTS = Map.of(
            DecodeHintType.TRY_HARDER, Boolean.TRUE,
            DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));

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
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
            Result result = new QRCodeReader().decode(bitmap, HINTS);
            String text = result.getText();
            return text == null || text.isBlank() || text.length() > MAX_CONTENT_CHARS ? Optional.empty() : Optional.of(text);
        } catch (IOException | RuntimeException | com.google.zxing.ReaderException unreadable) {
            return Optional.empty();
        }
    }
}
