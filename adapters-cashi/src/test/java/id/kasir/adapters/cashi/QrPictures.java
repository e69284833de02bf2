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
    static final String QRIS = qris(15023);

    /** A valid dynamic QRIS payload for this amount to pay, its CRC computed by the domain's reader. */
    static String qris(long amountToPay) {
        String payload = "00020101021226660015ID.CO.CASHI.WWW01189360091800000000010214KASIR0000000010303UMI"
                + "51440014ID.CO.QRIS.WWW0215ID10243000000010303UMI520458125303360" + field("54", Long.toString(amountToPay))
                + "5802ID5905KASIR6007JAKARTA61051034062070703A016304";
        return payload + id.kasir.domain.qris.QrisCode.crc16(payload);
    }

    private static String field(String tag, String value) {
        return tag + String.format("%02d", value.length()) + value;
    }

    private QrPictures() {
    }

    /**
     * A QRIS payload the sandbox drew (version 9 at 320 px, 5 px per module): ZXing's finder-pattern
     * detector does not find this clean code at all.
     */
    static final String SANDBOX_QRIS = "00020101021226680015ID.CO.CASHI.WWW01189360099900000000010216CASHISANDBOX"
            + "00010303UMI51440014ID.CO.QRIS.WWW0215ID10250000000010303UMI5204599953033605405150235802ID5919KASIR"
            + " SANDBOX CASHI6007JAKARTA61051011062240520KMWPTL9C0QX03CUL2JWY6304A86A";

    static String dataUrl(String content) {
        return dataUrl(content, 300, java.util.Map.of());
    }

    /** Drawn the way the sandbox draws it: 320 px, error correction M, a 4-module quiet zone. */
    static String sandboxDataUrl(String content) {
        return dataUrl(content, 320, java.util.Map.of(com.google.zxing.EncodeHintType.ERROR_CORRECTION,
                com.google.zxing.qrcode.decoder.ErrorCorrectionLevel.M, com.google.zxing.EncodeHintType.MARGIN, 4));
    }

    private static String dataUrl(String content, int size, java.util.Map<com.google.zxing.EncodeHintType, ?> hints) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, size, size, hints);
            BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
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
