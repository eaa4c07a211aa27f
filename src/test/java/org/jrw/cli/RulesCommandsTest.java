package org.jrw.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jrw.codec.Json;
import org.jrw.testing.CliRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code workspace jurisdiction}, {@code rules import}, {@code rules list}; a benchmark that applies to the case's place. */
class RulesCommandsTest {
    @TempDir
    Path tmp;
    Path ws;

    static final String BENCHMARK = "id,provision,party,countMin,countMax,uncorrected,firstOffence,minYuan,maxYuan,label\n"
            + "b1,《中华人民共和国安全生产法》第九十七条第七项,单位,1,3,否,,30000,60000,第七项 较重情形\n";

    @BeforeEach
    void demo() {
        ws = tmp.resolve("ws");
        CliRunner.Run imp = CliRunner.run("--workspace", ws.toString(), "case", "import",
                Path.of("resources/demo/demo.jrcase").toAbsolutePath().toString());
        assertEquals(0, imp.code(), imp.err());
    }

    private CliRunner.Run jrw(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "--workspace";
        all[1] = ws.toString();
        all[2] = "--json";
        System.arraycopy(args, 0, all, 3, args.length);
        return CliRunner.run(all);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> findings(String code) {
        CliRunner.Run r = jrw("check", "西应急罚〔2024〕37号");
        assertEquals(0, r.code(), r.err());
        return ((List<Map<String, Object>>) Json.readMap(r.out()).get("findings")).stream()
                .filter(f -> code.equals(f.get("code"))).toList();
    }

    @Test
    void jurisdictionIsStoredAndBadTextChangesNothing() {
        assertEquals(null, Json.readMap(jrw("workspace", "jurisdiction").out()).get("jurisdiction"));
        CliRunner.Run set = jrw("workspace", "jurisdiction", "陕西省西安市雁塔区");
        assertEquals(0, set.code(), set.err());
        CliRunner.Run bad = jrw("workspace", "jurisdiction", "雁塔");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("雁塔"), bad.err());
        // a province that does not exist is not a place, whatever its suffix
        CliRunner.Run mars = jrw("workspace", "jurisdiction", "火星省");
        assertEquals(2, mars.code());
        assertTrue(mars.err().contains("“火星省”不是可识别的地区") && !mars.err().contains("jurisdiction"), mars.err());
        assertEquals(0, jrw("workspace", "jurisdiction", "内蒙古自治区呼和浩特市").code());
        assertEquals(0, jrw("workspace", "jurisdiction", "陕西省西安市雁塔区").code());
        assertEquals("陕西省西安市雁塔区", Json.readMap(jrw("workspace", "jurisdiction").out()).get("jurisdiction"));
    }

    @Test
    void anImportedBenchmarkAppliesWhereItsJurisdictionCoversTheAgency() throws Exception {
        jrw("workspace", "jurisdiction", "陕西省西安市雁塔区");
        assertTrue(findings("FINE_OUTSIDE_BENCHMARK").isEmpty(), "no benchmark configured: no finding");
        Path csv = tmp.resolve("基准.csv");
        Files.writeString(csv, BENCHMARK);
        CliRunner.Run henan = jrw("rules", "import", csv.toString(), "--kind", "benchmark", "--jurisdiction", "河南省",
                "--effective", "2022-01-01", "--title", "河南省示例裁量基准");
        assertEquals(0, henan.code(), henan.err());
        assertTrue(findings("FINE_OUTSIDE_BENCHMARK").isEmpty(), "another province's benchmark never applies");
        CliRunner.Run own = jrw("rules", "import", csv.toString(), "--kind", "benchmark", "--jurisdiction", "陕西省西安市",
                "--effective", "2024-01-01", "--title", "西安市应急管理行政处罚裁量基准");
        assertEquals(0, own.code(), own.err());
        assertEquals(1, ((Number) Json.readMap(own.out()).get("rules")).intValue());
        List<Map<String, Object>> f = findings("FINE_OUTSIDE_BENCHMARK");
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).get("basis").toString().contains("第七项 较重情形"), f.toString());
        // the source is named by its --title, never by the file's name
        assertTrue(f.get(0).get("basis").toString().startsWith("西安市应急管理行政处罚裁量基准"), f.toString());
        assertFalse(f.get(0).get("basis").toString().contains("基准.csv") || f.get(0).get("basis").toString().startsWith("基准 "),
                f.toString());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> sources = (List<Map<String, Object>>) Json.readMap(jrw("rules", "list").out()).get("sources");
        assertTrue(sources.stream().anyMatch(s -> "陕西省西安市".equals(s.get("jurisdiction")) && "2024-01-01".equals(s.get("effectiveFrom"))));
        assertTrue(sources.stream().anyMatch(s -> Boolean.TRUE.equals(s.get("example"))));
    }

    @Test
    void aColumnTheTemplateLacksIsRefusedNotIgnored() throws Exception {
        Path csv = tmp.resolve("bm.csv");
        Files.writeString(csv, "id,provision,party,circumstance,minYuan,maxYuan,label\n"
                + "R1,《中华人民共和国安全生产法》第九十七条第七项,单位,2人以上,30000,60000,第七项 较重情形\n");
        CliRunner.Run r = jrw("rules", "import", csv.toString(), "--kind", "benchmark", "--jurisdiction", "陕西省",
                "--effective", "2024-01-01", "--title", "陕西省应急管理行政处罚裁量基准");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("circumstance") && r.err().contains("countMin"), r.err());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> sources = (List<Map<String, Object>>) Json.readMap(jrw("rules", "list").out()).get("sources");
        assertFalse(sources.stream().anyMatch(s -> "陕西省".equals(s.get("jurisdiction")) && "benchmark".equals(s.get("kind"))));
    }

    @Test
    void aBadRowImportsNothingAndNamesEveryBadRow() throws Exception {
        Path csv = tmp.resolve("bad.csv");
        Files.writeString(csv, BENCHMARK
                + "b2,《中华人民共和国安全生产法》第九十七条第七项,单位,1,3,否,,10000,300000,超出法定幅度\n"
                + "b3,《中华人民共和国安全生产法》第九百条,单位,,,,,0,1000,不存在的条\n");
        CliRunner.Run r = jrw("rules", "import", csv.toString(), "--kind", "benchmark", "--jurisdiction", "陕西省",
                "--effective", "2024-01-01");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("第3行") && r.err().contains("第4行") && r.err().contains("法定幅度"), r.err());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> sources = (List<Map<String, Object>>) Json.readMap(jrw("rules", "list").out()).get("sources");
        assertFalse(sources.stream().anyMatch(s -> "陕西省".equals(s.get("jurisdiction")) && "benchmark".equals(s.get("kind"))));
        // the shipped template's example lines are refused as they stand
        CliRunner.Run template = jrw("rules", "import",
                Path.of("src/main/resources/rules/thresholds-template.csv").toAbsolutePath().toString(), "--kind",
                "thresholds", "--jurisdiction", "陕西省", "--effective", "2024-01-01");
        assertEquals(2, template.code());
        assertTrue(template.err().contains("示例"), template.err());
    }

    @Test
    void thresholdsFromAnXlsxSetTheHearingThreshold() throws Exception {
        jrw("workspace", "jurisdiction", "陕西省西安市雁塔区");
        Path xlsx = tmp.resolve("标准.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); var out = Files.newOutputStream(xlsx)) {
            var sheet = wb.createSheet("标准");
            String[][] rows = {{"key", "value", "unit", "basis"},
                    {"hearingThreshold.unitYuan", "20000", "", "本省行政处罚听证较大数额标准"}};
            for (int i = 0; i < rows.length; i++) {
                var row = sheet.createRow(i);
                for (int j = 0; j < rows[i].length; j++) {
                    row.createCell(j).setCellValue(rows[i][j]);
                }
            }
            wb.write(out);
        }
        CliRunner.Run r = jrw("rules", "import", xlsx.toString(), "--kind", "thresholds", "--jurisdiction", "陕西省",
                "--effective", "2020-01-01", "--title", "陕西省行政处罚听证较大数额标准");
        assertEquals(0, r.code(), r.err());
        List<Map<String, Object>> f = findings("HEARING_RIGHT_NOT_NOTIFIED");
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).get("message").toString().contains("20000"), f.toString());
    }
}
