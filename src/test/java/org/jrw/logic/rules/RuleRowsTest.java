package org.jrw.logic.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jrw.i18n.Messages;
import org.jrw.model.BadInputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule files as bureaus save them: a CSV with a byte-order mark, a workbook with yes/no cells,
 * empty cells between filled ones, comment rows and an error cell; a missing or unknown file named.
 */
class RuleRowsTest {
    @TempDir
    Path tmp;

    @BeforeAll
    static void zh() {
        Messages.setLanguage("zh");
    }

    @Test
    void aCsvWithAByteOrderMarkReadsItsFirstColumnByName() throws Exception {
        Path f = tmp.resolve("bom.csv");
        Files.write(f, ("\uFEFFkey,value,unit,basis\nstatementPeriodDays,5,日,规章第十条\n").getBytes(StandardCharsets.UTF_8));
        List<Map<String, String>> rows = RuleRows.read(f);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsEntry("key", "statementPeriodDays").containsEntry("unit", "日");
    }

    @Test
    void aMissingFileOrAnUnknownFormatIsNamed() throws Exception {
        assertThatThrownBy(() -> RuleRows.read(tmp.resolve("无此文件.csv")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("无此文件.csv");
        Path doc = tmp.resolve("基准.docx");
        Files.writeString(doc, "x");
        assertThatThrownBy(() -> RuleRows.read(doc)).isInstanceOf(BadInputException.class).hasMessageContaining("基准.docx");
    }

    private Path workbook(java.util.function.Consumer<XSSFSheet> fill) throws Exception {
        Path p = tmp.resolve("rules.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(p)) {
            fill.accept(wb.createSheet("基准"));
            wb.write(out);
        }
        return p;
    }

    @Test
    void yesNoCellsReadAsTheTemplatesWordsAndGapsStayEmpty() throws Exception {
        Path p = workbook(s -> {
            Row h = s.createRow(0);
            String[] head = {"id", "provision", "uncorrected", "firstOffence", "minYuan"};
            for (int i = 0; i < head.length; i++) {
                h.createCell(i).setCellValue(head[i]);
            }
            Row comment = s.createRow(1);
            comment.createCell(0).setCellValue("# 说明行");
            Row r = s.createRow(3);
            r.createCell(0).setCellValue("XA-1");
            r.createCell(2).setCellValue(true);
            r.createCell(3).setCellValue(false);
            r.createCell(4).setCellValue(10000.0);
        });
        List<Map<String, String>> rows = RuleRows.read(p);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsEntry("id", "XA-1").containsEntry("provision", "")
                .containsEntry("uncorrected", "是").containsEntry("firstOffence", "否").containsEntry("minYuan", "10000");
    }

    @Test
    void anErrorCellIsABadRowNamedBySheetRowAndColumn() throws Exception {
        Path p = workbook(s -> {
            Row h = s.createRow(0);
            h.createCell(0).setCellValue("key");
            h.createCell(1).setCellValue("value");
            Row r = s.createRow(1);
            r.createCell(0).setCellValue("statementPeriodDays");
            r.createCell(1).setCellErrorValue(FormulaError.DIV0.getCode());
        });
        List<Map<String, String>> rows = RuleRows.read(p);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("#problems")).contains("基准").contains("B");
        assertThat(rows.get(0)).containsEntry("value", "");
    }
}
