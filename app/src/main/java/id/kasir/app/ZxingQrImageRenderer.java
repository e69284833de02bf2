package id.kasir.app;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import id.kasir.application.port.QrImageRenderer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;

/** QR images with ZXing (the standard Java QR library), written as PNG with the JDK's ImageIO. */
@Component
class ZxingQrImageRenderer implements QrImageRenderer {

    private static final int MIN_SIZE = 64;
    private static final int MAX_SIZE = 1024;

    @Override
    public byte[] png(String content, int sizePixels) {
        if (content == null || content.isBlank()) {
            throw new IllegalArgumentException("Nothing to draw as a QR code");
        }
        int size = Math.max(MIN_SIZE, Math.min(MAX_SIZE, sizePixels));
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, size, size,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
        } catch (WriterException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Cannot draw this content as a QR code: " + e.getMessage(), e);
        }
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
