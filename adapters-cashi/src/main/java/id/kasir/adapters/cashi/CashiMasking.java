package id.kasir.adapters.cashi;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is written down from the wire: API keys and signatures masked, and the QR picture (tens of KB of
 * Base64) shortened so the timeline stays readable. The picture itself is kept on the payment.
 */
final class CashiMasking {

    static final String MASK = "****";

    private static final Pattern QR_DATA_URL = Pattern.compile("(\"qrUrl\"\\s*:\\s*\")(data:[^\",;]{0,40}[;,]?)([^\"]*)(\")");
    private static final Set<String> ALWAYS_SECRET = Set.of("authorization", "cookie", "x-api-key", "x-signature");

    private CashiMasking() {
    }

    static String response(String body) {
        if (body == null) {
            return null;
        }
        Matcher m = QR_DATA_URL.matcher(body);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(
                    m.group(1) + m.group(2) + "…(" + m.group(3).length() + " chars)" + m.group(4)));
        }
        m.appendTail(out);
        return out.toString();
    }

    static boolean isSecretHeader(String name, Set<String> configuredSecretHeaders) {
        String lower = name.toLowerCase(Locale.ROOT);
        return ALWAYS_SECRET.contains(lower) || configuredSecretHeaders.contains(lower);
    }
}
