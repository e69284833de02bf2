package id.kasir.adapters.cashin;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks what must never be stored or logged in the clear: signatures, the checkout token, customer
 * phone numbers (the checkout's {@code phoneNumber}, the e-money API's {@code customerNumber}). Works on
 * text so the stored exchange keeps the shape of what went over the wire.
 */
public final class CashInMasking {

    private static final Pattern PHONE = Pattern.compile("(\"(?:phoneNumber|customerNumber)\"\\s*:\\s*\")([^\"]*)(\")");
    private static final Pattern TOKEN = Pattern.compile("(\"paymentToken\"\\s*:\\s*\")([^\"]*)(\")");

    private CashInMasking() {
    }

    public static String body(String json) {
        if (json == null) {
            return null;
        }
        String masked = replace(PHONE, json, CashInMasking::phone);
        return replace(TOKEN, masked, CashInMasking::token);
    }

    /** Headers one per line, signatures masked. */
    public static String headers(Map<String, String> headers) {
        StringBuilder out = new StringBuilder();
        headers.forEach((name, value) -> out.append(name).append(": ")
                .append(isSecret(name) ? "***" : value).append('\n'));
        return out.toString();
    }

    public static boolean isSecret(String headerName) {
        String n = headerName.toLowerCase(java.util.Locale.ROOT);
        return n.contains("signature") || n.contains("authorization") || n.contains("secret") || n.contains("token");
    }

    static String phone(String phone) {
        return phone.length() <= 4 ? "****" : "****" + phone.substring(phone.length() - 4);
    }

    static String token(String token) {
        return token.length() <= 8 ? "***" : token.substring(0, 6) + "***";
    }

    private static String replace(Pattern pattern, String text, java.util.function.UnaryOperator<String> mask) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + mask.apply(m.group(2)) + m.group(3)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
