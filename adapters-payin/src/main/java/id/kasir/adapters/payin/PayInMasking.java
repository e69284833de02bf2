package id.kasir.adapters.payin;

import java.util.regex.Pattern;

/**
 * What we keep of a PayIn exchange for the timeline: never the API key (it is not in the body) nor
 * the {@code Sign}, and never the customer's phone number or full e-mail address.
 */
final class PayInMasking {

    private static final Pattern PHONE = Pattern.compile("(\"phone\"\\s*:\\s*\")[^\"]*(\")");
    private static final Pattern EMAIL = Pattern.compile("(\"email\"\\s*:\\s*\")[^\"@]*(@[^\"]*)?(\")");

    private PayInMasking() {
    }

    static String body(String json) {
        if (json == null) {
            return null;
        }
        String masked = PHONE.matcher(json).replaceAll("$1***$2");
        return EMAIL.matcher(masked).replaceAll("$1***$2$3");
    }

    static String request(String method, String url, String merchantId, String body) {
        return method + " " + url + "\nMerchantId: " + merchantId + "\nSign: ***\n" + body(body);
    }
}
