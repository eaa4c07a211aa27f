package org.jrw.logic.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jrw.i18n.Messages;
import org.jrw.logic.jurisdiction.RuleSource;
import org.jrw.model.BadInputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules from XLSX: the shipped templates, a filled workbook, and untrusted files that must be refused. */
class RulesXlsxTest {
    private static final LocalDate FROM = LocalDate.of(2024, 1, 1);

    @TempDir
    Path tmp;

    @BeforeAll
    static void zh() {
        Messages.setLanguage("zh");
    }

    private static Map<String, String> strip(Map<String, String> row) {
        Map<String, String> m = new LinkedHashMap<>(row);
        m.keySet().removeIf(k -> k.startsWith("#"));
        return m;
    }

    @Test
    void theXlsxTemplatesHoldWhatTheCsvTemplatesHoldAndTheirExamplesAreRefused() {
        List<Path> files = RuleTemplates.writeTo(tmp.resolve("模板"));
        assertThat(files).hasSize(6);
        for (String stem : List.of("benchmark-template", "no-penalty-template", "thresholds-template")) {
            List<Map<String, String>> csv = RuleRows.read(tmp.resolve("模板").resolve(stem + ".csv"));
            List<Map<String, String>> xlsx = RuleRows.read(tmp.resolve("模板").resolve(stem + ".xlsx"));
            assertThat(xlsx).hasSize(csv.size()).isNotEmpty();
            for (int i = 0; i < csv.size(); i++) {
                assertThat(strip(xlsx.get(i))).isEqualTo(strip(csv.get(i)));
            }
        }
        Path bench = tmp.resolve("模板").resolve("benchmark-template.xlsx");
        assertThatThrownBy(() -> new RulesImporter().read(bench, RuleSource.BENCHMARK, "陕西省西安市", FROM, null))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("工作表“裁量基准”第2行").hasMessageContaining("【示例】");
    }

    private Path workbook(String name, String[][] rows) throws Exception {
        Path p = tmp.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(p)) {
            XSSFSheet s = wb.createSheet("西安市基准");
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    String v = rows[r][c];
                    if (v.startsWith("=")) {
                        row.createCell(c).setCellFormula(v.substring(1));
                    } else if (r > 0 && v.matches("\\d+")) {
                        row.createCell(c).setCellValue(Double.parseDouble(v));
                    } else {
                        row.createCell(c).setCellValue(v);
                    }
                }
            }
            wb.write(out);
        }
        return p;
    }

    private static final String[] HEADER = {"id", "provision", "party", "condition", "minYuan", "maxYuan", "label"};

    @Test
    void aFilledWorkbookWithTierConditionsIsImported() throws Exception {
        Path p = workbook("基准.xlsx", new String[][] {HEADER,
                {"H1", "《危险化学品安全管理条例》第七十七条第三款", "单位", "违法所得不足1万元", "100000", "130000", "第十二项 违法所得1万元以下"},
                {"H2", "《危险化学品安全管理条例》第七十七条第三款", "单位", "违法所得1万元以上", "130000", "200000", "第十二项 违法所得1万元以上"}});
        RuleSource s = new RulesImporter().read(p, RuleSource.BENCHMARK, "陕西省西安市", FROM, null, "西安市应急管理行政处罚裁量基准");
        assertThat(s.content().path("count").asInt()).isEqualTo(2);
        assertThat(s.content().path("rules").get(0).path("when").path("expr").asText()).isEqualTo("违法所得不足1万元");
        assertThat(s.content().path("rules").get(1).path("minYuan").asLong()).isEqualTo(130000);
    }

    @Test
    void formulasAreRefusedNotEvaluatedAndEveryErrorNamesSheetRowAndColumn() throws Exception {
        Path p = workbook("公式.xlsx", new String[][] {HEADER,
                {"H1", "《危险化学品安全管理条例》第七十七条第三款", "单位", "", "=50000*2", "130000", "第十二项"},
                {"H2", "《危险化学品安全管理条例》第七十七条第三款", "单位", "违法所得很多", "130000", "二十万", "第十二项"},
                {"H3", "《危险化学品安全管理条例》第七十七条第三款", "单位", "营业额>=1万", "130000", "200000", "第十二项"}});
        assertThatThrownBy(() -> new RulesImporter().read(p, RuleSource.BENCHMARK, "陕西省", FROM, null))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("工作表“西安市基准”第2行E列是公式（=50000*2）")
                .hasMessageNotContaining("100000")
                // the formula is one more bad row: the other rows' errors are reported with it
                .hasMessageContaining("第3行：maxYuan（F列） 应为不小于零的整数：二十万")
                .hasMessageContaining("第4行：condition（D列） 的适用条件无效");
    }

    @Test
    void badCellsAreNamedWithSheetRowAndColumnAndNothingIsImported() throws Exception {
        Path p = workbook("错误.xlsx", new String[][] {HEADER,
                {"H1", "《危险化学品安全管理条例》第七十七条第三款", "单位", "违法所得很多", "130000", "二十万", "第十二项"},
                {"H2", "《危险化学品安全管理条例》第七十七条第三款", "单位", "营业额>=1万", "130000", "200000", "第十二项"},
                {"H3", "《危险化学品安全管理条例》第七十七条第三款", "单位", "", "130000", "200000", "第十二项"}});
        assertThatThrownBy(() -> new RulesImporter().read(p, RuleSource.BENCHMARK, "陕西省", FROM, null))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("工作表“西安市基准”第2行：maxYuan（F列） 应为不小于零的整数：二十万")
                .hasMessageContaining("工作表“西安市基准”第2行：condition（D列） 的适用条件无效")
                .hasMessageContaining("工作表“西安市基准”第3行：condition（D列） 的适用条件无效：“营业额”不是可用作条件的事实")
                .hasMessageNotContaining("第4行");
    }

    @Test
    void untrustedFilesAreRefusedWithAChineseMessage() throws Exception {
        Path fake = tmp.resolve("伪装.xlsx");
        Files.writeString(fake, "这不是工作簿");
        assertThatThrownBy(() -> RuleRows.read(fake)).isInstanceOf(BadInputException.class)
                .hasMessage("规则文件 伪装.xlsx 不是有效的 XLSX 工作簿（文件损坏，或是其他格式改了扩展名），未导入");

        // a zip that declares more than it may unpack to (a zip bomb's shape): refused before POI reads it
        Path bomb = tmp.resolve("炸弹.xlsx");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(bomb))) {
            z.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 60; i++) {
                z.write(zeros);
            }
            z.closeEntry();
        }
        assertThat(Files.size(bomb)).isLessThan(RuleRows.MAX_BYTES);
        assertThatThrownBy(() -> RuleRows.read(bomb)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("解压后过大");

        // a well-formed workbook whose shared strings unpack to 60 MB (packed under 5 MB) is refused
        Path liar = tmp.resolve("谎报.xlsx");
        List<Map<String, String>> ok = RuleRows.read(workbook("正常.xlsx", new String[][] {HEADER, HEADER}));
        assertThat(ok).hasSize(1);
        try (var in = new java.util.zip.ZipFile(tmp.resolve("正常.xlsx").toFile());
             ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(liar))) {
            for (var e = in.entries(); e.hasMoreElements();) {
                ZipEntry entry = e.nextElement();
                z.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/sharedStrings.xml")) {
                    // a shared-strings part of 60 MB: many strings, each counted as it is read
                    z.write("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">".getBytes());
                    byte[] si = "<si><t>xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx</t></si>".getBytes();
                    for (int i = 0; i < 60 * 1024 * 1024 / si.length; i++) {
                        z.write(si);
                    }
                    z.write("</sst>".getBytes());
                } else {
                    in.getInputStream(entry).transferTo(z);
                }
                z.closeEntry();
            }
        }
        assertThat(Files.size(liar)).isLessThan(RuleRows.MAX_BYTES);
        assertThatThrownBy(() -> RuleRows.read(liar)).isInstanceOf(BadInputException.class).hasMessageContaining("解压后过大");

        // a DTD (the way to entity expansion and external entities) is refused
        Path dtd = tmp.resolve("实体.xlsx");
        try (var in = new java.util.zip.ZipFile(tmp.resolve("正常.xlsx").toFile());
             ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(dtd))) {
            for (var e = in.entries(); e.hasMoreElements();) {
                ZipEntry entry = e.nextElement();
                z.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/workbook.xml")) {
                    z.write(("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                            + "<workbook><sheets><sheet name=\"&e;\" r:id=\"rId1\" xmlns:r=\"r\"/></sheets></workbook>").getBytes());
                } else {
                    in.getInputStream(entry).transferTo(z);
                }
                z.closeEntry();
            }
        }
        assertThatThrownBy(() -> RuleRows.read(dtd)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("不是有效的 XLSX 工作簿").hasMessageNotContaining("root:");

        Path big = tmp.resolve("大.csv");
        Files.write(big, new byte[(int) RuleRows.MAX_BYTES + 1]);
        assertThatThrownBy(() -> RuleRows.read(big)).isInstanceOf(BadInputException.class).hasMessageContaining("超过 5 MB");

        String[] wide = new String[RuleRows.MAX_COLUMNS + 1];
        java.util.Arrays.fill(wide, "x");
        Path w = workbook("宽.xlsx", new String[][] {wide});
        assertThatThrownBy(() -> RuleRows.read(w)).isInstanceOf(BadInputException.class).hasMessageContaining("超过 40 列");
    }
}
