package id.kasir.domain.payment;

import id.kasir.domain.common.Text;

/**
 * What the customer needs to pay: a link to open, QRIS content to scan, a pay code (VA number,
 * or an image the gateway hosts). Any of them may be absent, depending on gateway and method.
 */
public record PaymentInstructions(String checkoutUrl, String qrContent, String qrImageUrl, String payCode) {
    public static final PaymentInstructions NONE = new PaymentInstructions(null, null, null, null);

    public PaymentInstructions {
        checkoutUrl = Text.optional(checkoutUrl, "checkoutUrl", 1024);
        qrContent = Text.optional(qrContent, "qrContent", 1024);
        // A gateway may hand the QR as a data: URL (Cashi) or a Base64 image (PayIn): large, but kept.
        qrImageUrl = Text.optional(qrImageUrl, "qrImageUrl", 65535);
        payCode = Text.optional(payCode, "payCode", 65535);
    }
}
