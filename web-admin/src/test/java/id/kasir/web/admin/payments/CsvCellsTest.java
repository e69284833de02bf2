package id.kasir.web.admin.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void quotesEveryCellAndDoublesQuotes() {
        assertThat(CsvCells.row("a", "say \"hi\"", null)).isEqualTo("\"a\",\"say \"\"hi\"\"\",\"\"\r\n");
    }

    /** The corpus and OWASP's list: each would run (or could run) as a formula in a spreadsheet. */
    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+62812", "-5", "@SUM(A1)", "\tx", "\r=1", " =1+1", "\n=1+1", "\r\n=1+1",
            "\u00A0=1+1", "\u3000=1+1", "\u200B=1+1", "\uFEFF=1+1", "\u0000=1+1", "\u001F+1",
            "\uFF1D1+1", "\uFF0B1", "\uFF0D1", "\uFF20SUM(A1)", " \t \uFF1D1+1", "\uFE661+1", "\uFE621", "\uFE631",
            "\uFE6BSUM(A1)", "\u207C1", "\u208C1", "\u22121",
            "=HYPERLINK(\"http://x\",\"y\")", "=cmd|' /C calc'!A0"})
    void aCellThatAFormulaCouldHideInIsWrittenAsText(String formula) {
        assertThat(CsvCells.neutralise(formula)).isEqualTo("'" + formula);
        assertThat(readBack(CsvCells.row(formula, "next"))).containsExactly("'" + formula, "next");
    }

    @ParameterizedTest
    @ValueSource(strings = {"15000.00", "INV-1001", "a=b", "Siti + Budi", "62812****90", "", " ", "x\n=1"})
    void ordinaryCellsAreWrittenAsTheyAre(String text) {
        assertThat(CsvCells.neutralise(text)).isEqualTo(text);
        assertThat(readBack(CsvCells.row(text))).containsExactly(text);
    }

    @Test
    void aCellWithCommasQuotesAndLineBreaksReadsBackWhole() {
        String awkward = "a,\"b\"\r\nc";
        assertThat(readBack(CsvCells.row(awkward, null))).containsExactly(awkward, "");
    }

    private static List<String> readBack(String csv) {
        try {
            List<CSVRecord> records = CsvCells.FORMAT.parse(new StringReader(csv)).getRecords();
            assertThat(records).hasSize(1);
            return records.get(0).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
