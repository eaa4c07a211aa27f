package org.jrw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jrw.testing.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bureau's benchmark that tiers by 违法所得 (an XLSX with a condition column), imported and applied
 * by {@code check}: the tier is chosen by the income the facts state or the case records; without it
 * the review says what is missing instead of guessing a tier.
 */
class BenchmarkConditionCheckTest {
    private static final String CASE = "西应急罚〔2024〕37号";

    @TempDir
    Path tmp;

    private Path benchmark() throws Exception {
        Path p = tmp.resolve("西安市裁量基准.xlsx");
        String[][] rows = {{"id", "provision", "party", "condition", "minYuan", "maxYuan", "label"},
                {"12-1", "《危险化学品安全管理条例》第七十七条第三款", "单位", "违法所得不足1万元", "100000", "130000", "第十二项 违法所得不足1万元"},
                {"12-2", "《危险化学品安全管理条例》第七十七条第三款", "单位", "违法所得1万元以上", "130000", "200000", "第十二项 违法所得1万元以上"}};
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(p)) {
            XSSFSheet s = wb.createSheet("裁量基准");
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
        }
        return p;
    }

    private static JsonNode check(Path ws) {
        return CliRunner.ok(CliRunner.in(ws, "--json", "check", CASE));
    }

    private static List<JsonNode> of(JsonNode out, String code) {
        List<JsonNode> f = new ArrayList<>();
        out.path("findings").forEach(x -> {
            if (x.path("code").asText().equals(code)) {
                f.add(x);
            }
        });
        return f;
    }

    @Test
    void theTierFollowsTheIllegalIncome() throws Exception {
        Path ws = tmp.resolve("ws");
        CliRunner.ok(CliRunner.in(ws, "--json", "case", "import", Path.of("resources/demo/demo.jrcase").toAbsolutePath().toString()));
        CliRunner.ok(CliRunner.in(ws, "--json", "workspace", "jurisdiction", "陕西省西安市雁塔区"));
        CliRunner.ok(CliRunner.in(ws, "--json", "rules", "import", benchmark().toString(), "--kind", "benchmark",
                "--jurisdiction", "陕西省西安市", "--effective", "2024-01-01", "--title", "西安市应急管理行政处罚裁量基准"));
        CliRunner.ok(CliRunner.in(ws, "--json", "case", "set", CASE,
                "violations[v1].facts=该公司未取得危险化学品经营许可证，自2024年1月起在其门店销售甲醇、乙酸乙酯，违法所得8600元。",
                "violations[v1].violatedProvision=《危险化学品安全管理条例》第三十三条第一款",
                "violations[v1].penaltyProvision=《危险化学品安全管理条例》第七十七条第三款",
                "violations[v1].proposed.fineYuan=150000",
                "violations[v1].proposed.other=责令停止经营活动；没收违法经营的危险化学品及违法所得"));
        // 违法所得8600元 (from the facts): tier 12-1, 10–13万; 15万 is outside it
        List<JsonNode> f = of(check(ws), "FINE_OUTSIDE_BENCHMARK");
        assertThat(f).hasSize(1);
        assertThat(f.get(0).path("basis").asText()).contains("西安市应急管理行政处罚裁量基准").contains("第十二项 违法所得不足1万元");
        assertThat(f.get(0).path("message").asText()).contains("100000").contains("130000");

        // the income recorded as a tier fact overrides nothing the facts do not say; 1.2万 → tier 12-2, 15万 inside
        CliRunner.ok(CliRunner.in(ws, "--json", "case", "set", CASE,
                "violations[v1].facts=该公司未取得危险化学品经营许可证，自2024年1月起在其门店销售甲醇、乙酸乙酯。",
                "violations[v1].circumstances.quantities=违法所得=12000"));
        assertThat(of(check(ws), "FINE_OUTSIDE_BENCHMARK")).isEmpty();

        // a tier fact the benchmarks cannot name is refused, and nothing changes
        CliRunner.Run bad = CliRunner.in(ws, "--json", "case", "set", CASE, "violations[v1].circumstances.quantities=营业额=5万");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("分档事实“营业额=5万”无效");
        assertThat(of(check(ws), "FINE_OUTSIDE_BENCHMARK")).isEmpty();

        // nothing recorded: no tier is guessed, the review says what the benchmark needs
        CliRunner.ok(CliRunner.in(ws, "--json", "case", "set", CASE, "violations[v1].circumstances.quantities="));
        JsonNode out = check(ws);
        assertThat(of(out, "FINE_OUTSIDE_BENCHMARK")).isEmpty();
        assertThat(out.path("notes").toString()).contains("本地裁量基准按违法所得分档，本案未记录违法所得");
    }
}
