package id.kasir.sandbox.payin;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The simulated PayIn's settings, under {@code kasir.sandbox.payin.*}. Defaults are the sandbox
 * credentials the embedded Kasir is configured with.
 *
 * @param merchantId           the one merchant the sandbox knows (header {@code MerchantId}); default {@code 1002001}
 * @param apiKey               that merchant's API key, appended to the body for {@code Sign}; default {@code sandbox-payin-key}
 * @param minimumAmount        the smallest order amount in rupiah; default 10000
 * @param payCodeShape         the QRIS {@code payCode} form: {@code qris-text} (default), {@code image-url}, {@code base64-image}
 * @param retryTimeCompression how many times faster than real time the callback retry ladder runs; default 60
 *                             (one minute becomes one second)
 * @param qrisFeeRate          QRIS fee as a fraction of the amount; default 0.007 (0.7 %)
 * @param qrisMinimumFee       the smallest QRIS fee in rupiah; default 1000
 * @param ewalletFee           flat fee of an e-wallet order in rupiah; default 1500
 * @param virtualAccountFee    flat fee of a virtual-account order in rupiah; default 4000
 */
@ConfigurationProperties("kasir.sandbox.payin")
public record PayInSandboxProperties(String merchantId, String apiKey, Long minimumAmount, String payCodeShape,
                                     Long retryTimeCompression, BigDecimal qrisFeeRate, Long qrisMinimumFee,
                                     Long ewalletFee, Long virtualAccountFee) {
    public PayInSandboxProperties {
        merchantId = blankTo(merchantId, "1002001");
        apiKey = blankTo(apiKey, "sandbox-payin-key");
        minimumAmount = minimumAmount == null ? 10_000L : minimumAmount;
        payCodeShape = blankTo(payCodeShape, PayInPayCodeShape.QRIS_TEXT.id());
        if (PayInPayCodeShape.ofId(payCodeShape).isEmpty()) {
            throw new IllegalArgumentException("kasir.sandbox.payin.pay-code-shape must be qris-text, image-url or base64-image, not "
                    + payCodeShape);
        }
        retryTimeCompression = retryTimeCompression == null ? 60L : retryTimeCompression;
        if (retryTimeCompression < 1) {
            throw new IllegalArgumentException("kasir.sandbox.payin.retry-time-compression must be 1 or more");
        }
        qrisFeeRate = qrisFeeRate == null ? new BigDecimal("0.007") : qrisFeeRate;
        qrisMinimumFee = qrisMinimumFee == null ? 1_000L : qrisMinimumFee;
        ewalletFee = ewalletFee == null ? 1_500L : ewalletFee;
        virtualAccountFee = virtualAccountFee == null ? 4_000L : virtualAccountFee;
    }

    /** The defaults, for tests and for running without Spring. */
    public static PayInSandboxProperties defaults() {
        return new PayInSandboxProperties(null, null, null, null, null, null, null, null, null);
    }

    PayInPayCodeShape defaultPayCodeShape() {
        return PayInPayCodeShape.ofId(payCodeShape).orElseThrow();
    }

    private static String blankTo(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    public String toString() {
        // The API key is a secret: never in logs, not even through a toString.
        return "PayInSandboxProperties[merchantId=" + merchantId + ", apiKey=***, minimumAmount=" + minimumAmount
                + ", payCodeShape=" + payCodeShape + ", retryTimeCompression=" + retryTimeCompression + "]";
    }
}
