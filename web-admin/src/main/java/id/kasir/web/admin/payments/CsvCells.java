package id.kasir.web.admin.payments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * CSV that a spreadsheet opens as text (OWASP "CSV Injection"): quoting and escaping are Apache Commons
 * CSV's (RFC 4180, every cell quoted, CRLF rows); each cell is first {@linkplain #neutralise neutralised}
 * so an order id such as {@code =HYPERLINK(…)} cannot run as a formula in the finance team's spreadsheet.
 */
public final class CsvCells {

    /** RFC 4180 with every cell quoted, so a cell's leading spaces or line breaks survive every reader. */
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();

    /**
     * What a spreadsheet starts a formula with (OWASP). A character is compared after Unicode NFKC
     * compatibility folding, so the full-width, small-form, superscript and subscript twins that some
     * spreadsheets read alike ({@code ＝ ﹦ ⁼ ₌ ＋ ﹢ － ﹣ ＠ ﹫}) count too; and the minus sign U+2212.
     */
    private static final String FORMULA_STARTS = "=+-@\u2212";

    private CsvCells() {
    }

    /**
     * The cell as text that cannot run: prefixed with an apostrophe when, after skipping leading
     * whitespace and control characters (spreadsheets skip them too: {@code " =1+1"} and {@code "\n=1+1"}
     * are formulas), it starts with {@code = + - @} or a look-alike of one (see {@link #FORMULA_STARTS}), or when it starts
     * with a tab or carriage return (OWASP's list). Null is written as an empty cell.
     */
    static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        if (first == '\t' || first == '\r') {
            return "'" + value;
        }
        int i = 0;
        while (i < value.length() && skippable(value.charAt(i))) {
            i++;
        }
        return i < value.length() && startsAFormula(value.codePointAt(i)) ? "'" + value : value;
    }

    private static boolean startsAFormula(int codePoint) {
        String folded = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFKC);
        return !folded.isEmpty() && FORMULA_STARTS.indexOf(folded.charAt(0)) >= 0;
    }

    /** Whitespace (including no-break and ideographic spaces), control and invisible format characters. */
    private static boolean skippable(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT;
    }

    /** One record, every cell neutralised, as Commons CSV writes it (ending in CRLF). */
    public static String row(String... values) {
        StringBuilder line = new StringBuilder();
        print(line, values);
        return line.toString();
    }

    /** Writes one record of neutralised cells to {@code out}. */
    private static void print(Appendable out, String... values) {
        try {
            FORMAT.printRecord(out, Arrays.stream(values).map(CsvCells::neutralise).toArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
