package org.jrw.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvTest {
    @Test
    void cellsASpreadsheetWouldRunAreGuarded() {
        for (String bad : List.of("=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\r=1")) {
            assertThat(Csv.guard(bad)).as(bad).isEqualTo("'" + bad);
        }
        assertThat(Csv.guard("张某华")).isEqualTo("张某华");
        assertThat(Csv.guard(null)).isEmpty();
    }

    @Test
    void lineBreaksCommasAndQuotesStayInOneCellAndNumbersAreNotGuarded() throws Exception {
        String csv = Csv.write(List.of(List.of("区县", "案件数"), List.of("未央区\n第二行, \"东\"", -3),
                List.of(), List.of("=HYPERLINK(\"http://x\")", 2)), false);
        assertThat(csv).startsWith(Csv.BOM).contains("\r\n");
        List<CSVRecord> rows = CSVFormat.EXCEL.parse(new StringReader(csv.substring(1))).getRecords();
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1).get(0)).isEqualTo("未央区\n第二行, \"东\"");
        assertThat(rows.get(1).get(1)).isEqualTo("-3");
        assertThat(rows.get(3).get(0)).isEqualTo("'=HYPERLINK(\"http://x\")");
    }

    @Test
    void quotedTextModeQuotesEveryTextCell() {
        String csv = Csv.write(List.of(List.of("学员甲", 100)), true);
        assertThat(csv).isEqualTo(Csv.BOM + "\"学员甲\",100\r\n");
    }
}
