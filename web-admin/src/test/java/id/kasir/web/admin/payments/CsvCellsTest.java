package id.kasir.web.admin.payments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void quotesEveryCellAndDoublesQuotes() {
        assertThat(CsvCells.row("a", "say \"hi\"", null)).isEqualTo("\"a\",\"say \"\"hi\"\"\",\"\"\r\n");
    }

    @Test
    void aCellThatStartsLikeAFormulaIsTurnedIntoText() {
        assertThat(CsvCells.cell("=1+1")).isEqualTo("\"'=1+1\"");
        assertThat(CsvCells.cell("+62812")).isEqualTo("\"'+62812\"");
        assertThat(CsvCells.cell("-5")).isEqualTo("\"'-5\"");
        assertThat(CsvCells.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(CsvCells.cell("\tx")).isEqualTo("\"'\tx\"");
        assertThat(CsvCells.cell("15000.00")).isEqualTo("\"15000.00\"");
    }
}
