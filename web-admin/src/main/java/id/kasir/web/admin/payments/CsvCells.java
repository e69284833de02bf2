package id.kasir.web.admin.payments;

/**
 * Writes CSV cells that a spreadsheet opens as text: every cell quoted, and a cell that starts like
 * a formula ({@code = + - @}, tab, carriage return) prefixed with an apostrophe, so an order id such
 * as {@code =HYPERLINK(…)} cannot run in the finance team's spreadsheet (CSV injection).
 */
final class CsvCells {

    private CsvCells() {
    }

    static String cell(String value) {
        if (value == null) {
            return "\"\"";
        }
        String safe = value;
        if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    static String row(String... values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(values[i]));
        }
        return line.append("\r\n").toString();
    }
}
