package id.kasir.sandbox.cashin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The body part of a Cash In string-to-sign: the JSON exactly as sent, minus whitespace outside string
 * values. Works on the characters, never on a parsed object, so key order and number spelling stay as the
 * sender wrote them.
 */
final class JsonMinifier {

    private JsonMinifier() {
    }

    static String minify(String json) {
        StringBuilder out = new StringBuilder(json.length());
        boolean inString = false;
        boolean escaped = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                out.append(c);
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
                out.append(c);
            } else if (!Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Lowercase hex SHA-256 of the minified body (of the empty string for no body). */
    static String bodyHash(String json) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(minify(json == null ? "" : json).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
