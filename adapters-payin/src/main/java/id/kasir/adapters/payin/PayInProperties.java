package id.kasir.adapters.payin;

import id.kasir.domain.payment.PaymentMethod;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The PayIn adapter's settings, under {@code kasir.providers.payin.*}. The defaults point at the
 * sandbox embedded in Kasir's default run, with the sandbox's credentials, so it needs no configuration.
 *
 * @param enabled             whether the adapter is registered at all; default true
 * @param baseUrl             PayIn's base URL; default {@code http://localhost:8080/sandbox/payin}
 * @param merchantId          header {@code MerchantId}; default {@code 1002001}
 * @param apiKey              appended to the body for {@code Sign}; default {@code sandbox-payin-key}
 * @param payTypes            Kasir method → PayIn {@code payType}; default QRIS=41, EWALLET=43. A method with no
 *                            entry is not offered. Values are PayIn's own numbers, e.g. a VA product code.
 * @param expireSeconds       the longest {@code expireTime} we ask for, in seconds; default 3600
 * @param realNamePlaceholder {@code realName} when the merchant gave no customer name (PayIn requires one);
 *                            default {@code Kasir Customer}
 * @param connectTimeout      default 5 s
 * @param readTimeout         default 20 s
 */
@ConfigurationProperties("kasir.providers.payin")
public record PayInProperties(Boolean enabled, String baseUrl, String merchantId, String apiKey,
                              Map<String, String> payTypes, Long expireSeconds, String realNamePlaceholder,
                              Duration connectTimeout, Duration readTimeout) {

    public static final String DEFAULT_BASE_URL = "http://localhost:8080/sandbox/payin";

    public PayInProperties {
        enabled = enabled == null || enabled;
        baseUrl = blankTo(baseUrl, DEFAULT_BASE_URL).replaceAll("/+$", "");
        merchantId = blankTo(merchantId, "1002001");
        apiKey = blankTo(apiKey, "sandbox-payin-key");
        payTypes = payTypes == null || payTypes.isEmpty() ? defaultPayTypes() : new LinkedHashMap<>(payTypes);
        expireSeconds = expireSeconds == null ? 3600L : expireSeconds;
        if (expireSeconds < 60) {
            throw new IllegalArgumentException("kasir.providers.payin.expire-seconds must be at least 60");
        }
        realNamePlaceholder = blankTo(realNamePlaceholder, "Kasir Customer");
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(20) : readTimeout;
        methodPayTypes(payTypes); // fail at start-up, not at the first payment
    }

    /** Sandbox defaults; for tests and running without Spring. */
    public static PayInProperties defaults() {
        return new PayInProperties(null, null, null, null, null, null, null, null, null);
    }

    public PayInProperties withBaseUrl(String url) {
        return new PayInProperties(enabled, url, merchantId, apiKey, payTypes, expireSeconds, realNamePlaceholder,
                connectTimeout, readTimeout);
    }

    public PayInProperties withReadTimeout(Duration timeout) {
        return new PayInProperties(enabled, baseUrl, merchantId, apiKey, payTypes, expireSeconds, realNamePlaceholder,
                connectTimeout, timeout);
    }

    /** The pay-types map with its keys read as Kasir methods ({@code qris}, {@code QRIS}, {@code e-wallet} all work). */
    Map<PaymentMethod, String> methodPayTypes() {
        return methodPayTypes(payTypes);
    }

    private static Map<PaymentMethod, String> methodPayTypes(Map<String, String> payTypes) {
        Map<PaymentMethod, String> byMethod = new EnumMap<>(PaymentMethod.class);
        payTypes.forEach((key, value) -> {
            String wanted = squash(key);
            PaymentMethod method = Arrays.stream(PaymentMethod.values()).filter(m -> squash(m.name()).equals(wanted))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("kasir.providers.payin.pay-types: '"
                            + key + "' is not a Kasir payment method (QRIS, EWALLET, VA, CHECKOUT_PAGE)"));
            if (value == null || !value.trim().matches("\\d{1,9}")) {
                throw new IllegalArgumentException("kasir.providers.payin.pay-types." + key
                        + " must be PayIn's numeric payType, not '" + value + "'");
            }
            byMethod.put(method, value.trim());
        });
        if (byMethod.isEmpty()) {
            throw new IllegalArgumentException("kasir.providers.payin.pay-types maps no method");
        }
        return byMethod;
    }

    private static String squash(String name) {
        return name.trim().toUpperCase(Locale.ROOT).replace("-", "").replace("_", "");
    }

    private static Map<String, String> defaultPayTypes() {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("QRIS", "41");
        defaults.put("EWALLET", "43");
        return defaults;
    }

    private static String blankTo(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    @Override
    public String toString() {
        return "PayInProperties[enabled=" + enabled + ", baseUrl=" + baseUrl + ", merchantId=" + merchantId
                + ", apiKey=***, payTypes=" + payTypes + ", expireSeconds=" + expireSeconds + "]";
    }
}
