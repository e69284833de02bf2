package id.kasir.application.merchant;

import java.math.BigDecimal;

/**
 * Writes the small, flat JSON objects of notification payloads without a JSON library (the
 * application module has none): strings escaped per RFC 8259, numbers as plain decimals.
 */
final class JsonText {

    private final StringBuilder out = new StringBuilder("{");
    private boolean first = true;

    JsonText string(String name, String value) {
        name(name);
        if (value == null) {
            out.append("null");
        } else {
            quote(value);
        }
        return this;
    }

    JsonText number(String name, BigDecimal value) {
        name(name);
        out.append(value == null ? "null" : value.toPlainString());
        return this;
    }

    JsonText object(String name, JsonText nested) {
        name(name);
        out.append(nested.toString());
        return this;
    }

    private void name(String name) {
        if (!first) {
            out.append(',');
        }
        first = false;
        quote(name);
        out.append(':');
    }

    private void quote(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    // Control characters must be escaped; U+2028/2029 too, so the text is safe in JavaScript.
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    @Override
    public String toString() {
        return out + "}";
    }
}
