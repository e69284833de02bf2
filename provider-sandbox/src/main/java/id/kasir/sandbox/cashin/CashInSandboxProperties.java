package id.kasir.sandbox.cashin;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Cash In's sandbox settings, under {@code kasir.sandbox.cashin.*}. The defaults are the sandbox credentials
 * the embedded Kasir is configured with.
 *
 * @param clientId            expected X-CLIENT-ID on the checkout-page API
 * @param secretKey           the client secret the checkout-page HMAC is keyed with
 * @param partnerId           expected X-PARTNER-ID on SNAP requests, and sent on notifications
 * @param merchantId          expected {@code merchantId} in the QRIS query body
 * @param channelId           CHANNEL-ID sent on notifications
 * @param hmacAlgorithm       the only HMAC algorithm accepted on the checkout-page API (JCA name)
 * @param merchantPublicKey   the merchant's public key (X.509 PEM text, or {@code classpath:}/{@code file:} location)
 * @param privateKey          Cash In's own private key (PKCS#8 PEM text or location), signs notifications
 * @param publicKey           Cash In's own public key, shown on the index page for the merchant
 * @param timestampTolerance  how far X-TIMESTAMP may be from now, either way
 * @param notifyPath          path on the merchant's base URL notifications are POSTed to (also the signed path)
 * @param notifyStyle         {@code table} (field names as the document's table) or {@code example} (as its example)
 * @param notifyAttempts      how many times one notification is tried before giving up
 * @param notifyBackoff       wait before the first retry; doubles each retry
 * @param transferSettleDelay how long an e-wallet transfer stays processing (0 = settles at once)
 * @param minimumAmount       the smallest amount in rupiah a payment or transfer may have
 * @param merchantName        merchant name in QRIS tag 59 (at most 25 characters)
 * @param merchantCity        merchant city in QRIS tag 60 (at most 15 characters)
 */
@ConfigurationProperties("kasir.sandbox.cashin")
public record CashInSandboxProperties(String clientId, String secretKey, String partnerId, String merchantId,
                                      String channelId, String hmacAlgorithm, String merchantPublicKey,
                                      String privateKey, String publicKey, Duration timestampTolerance,
                                      String notifyPath, NotifyStyle notifyStyle, Integer notifyAttempts,
                                      Duration notifyBackoff, Duration transferSettleDelay, Long minimumAmount,
                                      String merchantName, String merchantCity) {

    public CashInSandboxProperties {
        clientId = orDefault(clientId, "CID-SANDBOX-KASIR");
        secretKey = orDefault(secretKey, "sandbox-cashin-secret");
        partnerId = orDefault(partnerId, "CID-SANDBOX-KASIR");
        merchantId = orDefault(merchantId, "MCH-SANDBOX-KASIR");
        channelId = orDefault(channelId, "95221");
        hmacAlgorithm = orDefault(hmacAlgorithm, "HmacSHA512");
        merchantPublicKey = orDefault(merchantPublicKey, "classpath:sandbox-keys/merchant-public.pem");
        privateKey = orDefault(privateKey, "classpath:sandbox-keys/cashin-private.pem");
        publicKey = orDefault(publicKey, "classpath:sandbox-keys/cashin-public.pem");
        timestampTolerance = timestampTolerance == null ? Duration.ofMinutes(5) : timestampTolerance;
        notifyPath = orDefault(notifyPath, "/v1.0/debit/notify");
        notifyStyle = notifyStyle == null ? NotifyStyle.TABLE : notifyStyle;
        notifyAttempts = notifyAttempts == null ? 4 : notifyAttempts;
        notifyBackoff = notifyBackoff == null ? Duration.ofMillis(500) : notifyBackoff;
        transferSettleDelay = transferSettleDelay == null ? Duration.ofSeconds(5) : transferSettleDelay;
        minimumAmount = minimumAmount == null ? 1_000L : minimumAmount;
        merchantName = orDefault(merchantName, "KASIR SANDBOX");
        merchantCity = orDefault(merchantCity, "JAKARTA");
        if (notifyAttempts < 1) {
            throw new IllegalArgumentException("kasir.sandbox.cashin.notify-attempts must be at least 1");
        }
        if (merchantName.length() > 25 || merchantCity.length() > 15) {
            throw new IllegalArgumentException("QRIS merchant name is at most 25 characters, city at most 15");
        }
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Which reading of the notify body's contradictory document to send (see PROVIDERS.md). */
    public enum NotifyStyle {
        /** {@code transactionStatusDesc}, {@code originalExternalId}, {@code amount.value} a string. */
        TABLE,
        /** {@code latestTransactionStatusDec}, {@code orgiginalExternalId}, {@code amount.value} a number. */
        EXAMPLE
    }
}
