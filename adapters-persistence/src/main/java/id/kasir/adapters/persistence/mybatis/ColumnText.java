package id.kasir.adapters.persistence.mybatis;

/**
 * Fits free text written by the domain (timeline summaries, reasons) into its column. A summary that
 * quotes a long gateway message must not make the whole save fail, so it is shortened visibly.
 * Identifiers and references are never passed through here: those must fit or fail.
 */
public final class ColumnText {
    private static final String ELLIPSIS = "…";

    private ColumnText() {
    }

    public static String fit(String value, int maxLength) {
        if (value == null || value.length() <= maxLength) {
            return value;
        }
        return value.substring(0, maxLength - ELLIPSIS.length()) + ELLIPSIS;
    }
}
