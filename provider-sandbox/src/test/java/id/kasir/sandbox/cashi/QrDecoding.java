package id.kasir.sandbox.cashi;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import javax.imageio.ImageIO;

/** Reads a QR image back with ZXing's reader, so tests check the picture, not just that one was made. */
final class QrDecoding {

    private QrDecoding() {
    }

    static String decodeDataUrl(String dataUrl) {
        String prefix = "data:image/png;base64,";
        if (!dataUrl.startsWith(prefix)) {
            throw new AssertionError("not a PNG data URL: " + dataUrl.substring(0, Math.min(40, dataUrl.length())));
        }
        return decodePng(Base64.getDecoder().decode(dataUrl.substring(prefix.length())));
    }

    static String decodePng(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            RGBLuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
        } catch (IOException | NotFoundException | ChecksumException | FormatException e) {
            throw new AssertionError("the image is not a readable QR code", e);
        }
    }
}
