package id.kasir.application.port;

/** Draws QR content (a QRIS payload, a link) as a PNG image, for the merchant API and the portal. */
public interface QrImageRenderer {

    /**
     * @param content   the text to encode
     * @param sizePixels width and height of the square image
     * @return PNG bytes
     * @throws IllegalArgumentException when the content cannot be encoded (empty, too long)
     */
    byte[] png(String content, int sizePixels);
}
