package id.kasir.adapters.cashin;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kasir.providers.cashin.*}. The defaults are the in-process sandbox of the embedded default
 * and its published sandbox credentials, so the embedded default needs no configuration; every
 * property can come from the environment ({@code KASIR_PROVIDERS_CASHIN_SECRET_KEY}, ...).
 *
 * @param privateKey       the merchant's PKCS#8 PEM, as PEM text or a resource location
 *                         ({@code file:/path/key.pem}, {@code classpath:...})
 * @param gatewayPublicKey Cash In's X.509 PEM public key, same two forms
 * @param checkoutPaymentChannel the checkout page's {@code paymentChannel}: {@code QRIS},
 *                         {@code BANK_TRANSFER}, or empty for "let the customer choose"
 */
@ConfigurationProperties("kasir.providers.cashin")
public record CashInProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("http://localhost:8080/sandbox/cashin") String baseUrl,
        @DefaultValue("CID-SANDBOX-KASIR") String clientId,
        @DefaultValue("sandbox-cashin-secret") String secretKey,
        @DefaultValue("CID-SANDBOX-KASIR") String partnerId,
        @DefaultValue("95221") String channelId,
        @DefaultValue("MCH-SANDBOX-KASIR") String merchantId,
        @DefaultValue("HmacSHA512") String hmacAlgorithm,
        @DefaultValue("classpath:sandbox-keys/merchant-private.pem") String privateKey,
        @DefaultValue("classpath:sandbox-keys/cashin-public.pem") String gatewayPublicKey,
        @DefaultValue("5m") Duration notifyTimestampTolerance,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("20s") Duration readTimeout,
        @DefaultValue("") String checkoutPaymentChannel) {

    public CashInProperties {
        baseUrl = stripTrailingSlash(required(baseUrl, "base-url"));
        required(clientId, "client-id");
        required(secretKey, "secret-key");
        required(partnerId, "partner-id");
        required(channelId, "channel-id");
        required(merchantId, "merchant-id");
        hmacAlgorithm = required(hmacAlgorithm, "hmac-algorithm").trim();
        checkoutPaymentChannel = checkoutPaymentChannel == null ? "" : checkoutPaymentChannel.trim();
        if (!checkoutPaymentChannel.isEmpty() && !checkoutPaymentChannel.equals("QRIS")
                && !checkoutPaymentChannel.equals("BANK_TRANSFER")) {
            throw new IllegalArgumentException("kasir.providers.cashin.checkout-payment-channel must be QRIS, "
                    + "BANK_TRANSFER or empty, not '" + checkoutPaymentChannel + "'");
        }
        notifyTimestampTolerance = positive(notifyTimestampTolerance, Duration.ofMinutes(5));
        connectTimeout = positive(connectTimeout, Duration.ofSeconds(5));
        readTimeout = positive(readTimeout, Duration.ofSeconds(20));
    }

    /** Every default, as the embedded default uses them. */
    public static CashInProperties sandboxDefaults() {
        return new CashInProperties(true, "http://localhost:8080/sandbox/cashin", "CID-SANDBOX-KASIR",
                "sandbox-cashin-secret", "CID-SANDBOX-KASIR", "95221", "MCH-SANDBOX-KASIR", "HmacSHA512",
                "classpath:sandbox-keys/merchant-private.pem", "classpath:sandbox-keys/cashin-public.pem",
                Duration.ofMinutes(5), Duration.ofSeconds(5), Duration.ofSeconds(20), "");
    }

    public CashInProperties withBaseUrl(String url) {
        return new CashInProperties(enabled, url, clientId, secretKey, partnerId, channelId, merchantId, hmacAlgorithm,
                privateKey, gatewayPublicKey, notifyTimestampTolerance, connectTimeout, readTimeout,
                checkoutPaymentChannel);
    }

    public CashInProperties withReadTimeout(Duration timeout) {
        return new CashInProperties(enabled, baseUrl, clientId, secretKey, partnerId, channelId, merchantId,
                hmacAlgorithm, privateKey, gatewayPublicKey, notifyTimestampTolerance, connectTimeout, timeout,
                checkoutPaymentChannel);
    }

    public CashInProperties withKeys(String merchantPrivateKey, String cashInPublicKey) {
        return new CashInProperties(enabled, baseUrl, clientId, secretKey, partnerId, channelId, merchantId,
                hmacAlgorithm, merchantPrivateKey, cashInPublicKey, notifyTimestampTolerance, connectTimeout,
                readTimeout, checkoutPaymentChannel);
    }

    public CashInProperties withCheckoutPaymentChannel(String channel) {
        return new CashInProperties(enabled, baseUrl, clientId, secretKey, partnerId, channelId, merchantId,
                hmacAlgorithm, privateKey, gatewayPublicKey, notifyTimestampTolerance, connectTimeout, readTimeout,
                channel);
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("kasir.providers.cashin." + name + " must not be empty");
        }
        return value;
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static Duration positive(Duration value, Duration fallback) {
        return value == null || value.isNegative() || value.isZero() ? fallback : value;
    }
}
