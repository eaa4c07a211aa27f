package org.jrw.logic.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The dashboard's CSV: a district or unit name typed by a user cannot run as a formula or break a row. */
class DashboardCsvTest {
    @Test
    void hostileNamesStayInertTextInTheirOwnCell() throws Exception {
        Dashboard.Data d = new Dashboard.Data(List.of(new Dashboard.Row("=cmd|' /C calc'!A0", "2024", 3, 2, 1, 1)),
                List.of(new Dashboard.Quota("西安市\n雁塔区,应急管理局", Dashboard.Level.COUNTY, "2024-双月1", 1, 0, 1)));
        String csv = Dashboard.csv(d);
        List<CSVRecord> rows = CSVFormat.EXCEL.parse(new StringReader(csv.substring(1))).getRecords();
        assertThat(rows.get(1).get(0)).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(rows.get(1).get(2)).isEqualTo("3");
        assertThat(rows.get(1).get(6)).isEqualTo("100.0%");
        assertThat(rows.get(4).get(0)).isEqualTo("西安市\n雁塔区,应急管理局");
        assertThat(rows.get(4).size()).isEqualTo(7);
    }
}
