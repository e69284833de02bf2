package id.kasir.adapters.cashi;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import javax.imageio.ImageIO;

/** QR pictures as Cashi sends them: a PNG in a {@code data:image/png;base64,} URL. */
final class QrPictures {

    /** A QRIS-shaped payload (EMVCo TLV), for tests. */
    static final String QRIS = "00020101021226570011ID.CO.CASHI.WWW01189360091800000000010215KASIR0000000010303UMI"
            + "51440014ID.CO.QRIS.WWW0215ID10243000000010303UMI5204581253033605405150235802ID5905KASIR"
            + "6007JAKARTA61051034062070703A016304ABCD";

    private QrPictures() {
    }

    static String dataUrl(String content) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 300, 300);
            BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_INT_RGB);
            for (int x = 0; x < matrix.getWidth(); x++) {
                for (int y = 0; y < matrix.getHeight(); y++) {
                    image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (WriterException e) {
            throw new IllegalArgumentException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
