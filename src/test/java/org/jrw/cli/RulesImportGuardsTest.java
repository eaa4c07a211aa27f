package org.jrw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jrw.testing.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rules import} and {@code rules template}: no invented titles, no duplicates, no silent overwrite (ADR 0077, 0078). */
class RulesImportGuardsTest {
    @TempDir
    Path tmp;

    private Path csv() throws Exception {
        Path p = tmp.resolve("基准.csv");
        Files.writeString(p, RulesCommandsTest.BENCHMARK);
        return p;
    }

    private static int benchmarks(Path ws) {
        int n = 0;
        for (JsonNode s : CliRunner.ok(CliRunner.in(ws, "--json", "rules", "list")).path("sources")) {
            n += "benchmark".equals(s.path("kind").asText()) && !s.path("example").asBoolean() ? 1 : 0;
        }
        return n;
    }

    @Test
    void aRuleSourceWithoutATitleGetsANeutralLabelNeverAnInventedName() throws Exception {
        Path ws = tmp.resolve("ws");
        CliRunner.ok(CliRunner.in(ws, "--json", "case", "import", Path.of("resources/demo/demo.jrcase").toAbsolutePath().toString()));
        CliRunner.ok(CliRunner.in(ws, "--json", "workspace", "jurisdiction", "陕西省西安市雁塔区"));
        Path list = tmp.resolve("清单.csv");
        Files.writeString(list, "provision,what,kind\n《中华人民共和国安全生产法》第九十七条第七项,特种作业人员未持证上岗，首次被发现并按期改正,首违\n");
        // --title is optional in the contract: the import works, and says how the source will be called
        CliRunner.Run r = CliRunner.in(ws, "rules", "import", list.toString(), "--kind", "no-penalty", "--jurisdiction",
                "陕西省", "--effective", "2023-06-01");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("--title").contains("未填写文件名称");
        String check = CliRunner.in(ws, "--json", "check", "西应急罚〔2024〕37号").out();
        // the finding's basis names the list by the neutral label, outside 书名号
        assertThat(check).contains("；导入时未填写文件名称的不予处罚清单（陕西省，2023-06-01起施行）“特种作业人员");
        String all = check + CliRunner.in(ws, "rules", "list").out();
        assertThat(all).contains("导入时未填写文件名称的不予处罚清单（陕西省，2023-06-01起施行）")
                .doesNotContain("陕西省应急管理领域不予行政处罚事项清单").doesNotContain("《导入时")
                .doesNotContain("《陕西省");
    }

    @Test
    void theSameFileImportedTwiceIsRefused() throws Exception {
        Path ws = tmp.resolve("ws");
        String[] args = {"rules", "import", csv().toString(), "--kind", "benchmark", "--jurisdiction", "陕西省西安市",
            "--effective", "2024-01-01", "--title", "西安市应急管理行政处罚裁量基准"};
        assertThat(CliRunner.in(ws, args).code()).isZero();
        CliRunner.Run again = CliRunner.in(ws, args);
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("西安市应急管理行政处罚裁量基准").contains("未重复导入");
        assertThat(benchmarks(ws)).isEqualTo(1);
        // another validity period is another source
        args[8] = "2025-01-01";
        assertThat(CliRunner.in(ws, args).code()).isZero();
        assertThat(benchmarks(ws)).isEqualTo(2);
    }

    @Test
    void templatesAreNotWrittenOverFilledOnesWithoutForce() throws Exception {
        Path dir = tmp.resolve("模板");
        CliRunner.ok(CliRunner.run("--json", "rules", "template", dir.toString()));
        Files.writeString(dir.resolve("benchmark-template.xlsx"), "已填写");
        CliRunner.Run again = CliRunner.run("rules", "template", dir.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("benchmark-template.xlsx").contains("--force");
        assertThat(Files.readString(dir.resolve("benchmark-template.xlsx"))).isEqualTo("已填写");
        CliRunner.ok(CliRunner.run("--json", "rules", "template", dir.toString(), "--force"));
        assertThat(Files.size(dir.resolve("benchmark-template.xlsx"))).isGreaterThan(100);
    }
}
