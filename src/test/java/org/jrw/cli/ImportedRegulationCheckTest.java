package org.jrw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jrw.testing.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A regulation a bureau imports with {@code law import} is used by {@code case set} and {@code check} (ADR 0077). */
class ImportedRegulationCheckTest {
    private static final String CASE = "西应急罚〔2024〕37号";

    @TempDir
    Path tmp;

    private Path regulation(String article5) throws Exception {
        Path p = tmp.resolve("reg.txt");
        Files.writeString(p, "示范市安全生产条例\n第一章　总则\n第一条　为了加强安全生产工作，制定本条例。\n"
                + "第二条　本条例适用于本市行政区域内的生产经营单位。\n第三条　生产经营单位应当建立全员安全生产责任制。\n"
                + "第四条　生产经营单位应当组织从业人员进行安全生产教育和培训。\n第二章　法律责任\n第五条　" + article5 + "\n",
                StandardCharsets.UTF_8);
        return p;
    }

    private Path workspace() {
        Path ws = tmp.resolve("ws");
        CliRunner.ok(CliRunner.in(ws, "--json", "case", "import", Path.of("resources/demo/demo.jrcase").toAbsolutePath().toString()));
        CliRunner.ok(CliRunner.in(ws, "--json", "workspace", "jurisdiction", "陕西省西安市雁塔区"));
        return ws;
    }

    private void importLaw(Path ws, String article5) throws Exception {
        CliRunner.ok(CliRunner.in(ws, "--json", "law", "import", regulation(article5).toString(), "--title", "示范市安全生产条例",
                "--short", "示范条例", "--effective", "2024-03-01", "--jurisdiction", "陕西省西安市"));
    }

    private static List<JsonNode> of(Path ws, String code) {
        JsonNode out = CliRunner.ok(CliRunner.in(ws, "--json", "check", CASE));
        List<JsonNode> f = new ArrayList<>();
        out.path("findings").forEach(x -> {
            if (x.path("code").asText().equals(code)) {
                f.add(x);
            }
        });
        return f;
    }

    @Test
    void theImportedArticlesRangeDrivesTheFineChecks() throws Exception {
        Path ws = workspace();
        // recorded before the regulation was imported: not in the library, so only a note
        CliRunner.ok(CliRunner.in(ws, "--json", "case", "set", CASE,
                "violations[v1].penaltyProvision=《示范市安全生产条例》第五条", "violations[v1].proposed.fineYuan=60000"));
        importLaw(ws, "生产经营单位违反本条例第四条规定，未组织从业人员进行安全生产教育和培训的，责令限期改正，"
                + "处一万元以上五万元以下的罚款。");
        CliRunner.ok(CliRunner.in(ws, "--json", "law", "cite", "示范条例第五条"));
        List<JsonNode> above = of(ws, "FINE_ABOVE_STATUTORY_MAX");
        assertThat(above).hasSize(1);
        assertThat(above.get(0).path("basis").asText()).contains("示范市安全生产条例").contains("一万元以上五万元以下");
        assertThat(of(ws, "PROVISION_UNVERIFIED")).isEmpty();

        // case set now reads the imported article too: above its range is refused with the range named
        CliRunner.Run set = CliRunner.in(ws, "--json", "case", "set", CASE, "violations[v1].proposed.fineYuan=70000");
        assertThat(set.code()).isEqualTo(2);
        assertThat(set.err()).contains("《示范市安全生产条例》第五条").contains("50000").doesNotContain("无法核对");
    }

    @Test
    void aFineBelowTheImportedArticlesMinimumIsFound() throws Exception {
        Path ws = workspace();
        CliRunner.ok(CliRunner.in(ws, "--json", "case", "set", CASE,
                "violations[v1].penaltyProvision=《示范市安全生产条例》第五条", "violations[v1].proposed.fineYuan=5000"));
        importLaw(ws, "生产经营单位违反本条例第四条规定，未组织从业人员进行安全生产教育和培训的，责令限期改正，"
                + "处一万元以上五万元以下的罚款。");
        List<JsonNode> below = of(ws, "FINE_BELOW_STATUTORY_MIN");
        assertThat(below).hasSize(1);
        assertThat(below.get(0).path("message").asText()).contains("10000");
        assertThat(of(ws, "FINE_ABOVE_STATUTORY_MAX")).isEmpty();
    }

    @Test
    void anArticleWhoseRangeCannotBeReadSaysSo() throws Exception {
        Path ws = workspace();
        importLaw(ws, "违反本条例第四条规定的，没收违法所得，并处违法所得一倍以上三倍以下的罚款。");
        CliRunner.Run set = CliRunner.in(ws, "--json", "case", "set", CASE,
                "violations[v1].penaltyProvision=《示范市安全生产条例》第五条", "violations[v1].proposed.fineYuan=60000");
        assertThat(set.code()).as(set.err()).isZero();
        assertThat(set.out() + set.err()).doesNotContain("法律库").doesNotContain("未收录");
        List<JsonNode> u = of(ws, "PROVISION_UNVERIFIED");
        assertThat(u).hasSize(1);
        assertThat(u.get(0).path("severity").asText()).isEqualTo("info");
        assertThat(u.get(0).path("message").asText()).contains("《示范市安全生产条例》第五条").contains("未能读出法定幅度");
    }

    @Test
    void aRegulationOfAnotherPlaceGivesNoRange() throws Exception {
        Path ws = tmp.resolve("ws");
        CliRunner.ok(CliRunner.in(ws, "--json", "case", "import", Path.of("resources/demo/demo.jrcase").toAbsolutePath().toString()));
        CliRunner.ok(CliRunner.in(ws, "--json", "workspace", "jurisdiction", "陕西省西安市雁塔区"));
        CliRunner.ok(CliRunner.in(ws, "--json", "case", "set", CASE,
                "violations[v1].penaltyProvision=《示范市安全生产条例》第五条", "violations[v1].proposed.fineYuan=60000"));
        CliRunner.ok(CliRunner.in(ws, "--json", "law", "import", regulation("生产经营单位违反本条例第四条规定的，"
                + "处一万元以上五万元以下的罚款。").toString(), "--title", "示范市安全生产条例", "--effective", "2024-03-01",
                "--jurisdiction", "河南省郑州市"));
        assertThat(of(ws, "FINE_ABOVE_STATUTORY_MAX")).isEmpty();
        // case set answers as check does: no range from another place's regulation, so no refusal
        CliRunner.ok(CliRunner.in(ws, "--json", "case", "set", CASE, "violations[v1].proposed.fineYuan=70000"));
        List<JsonNode> u = of(ws, "PROVISION_UNVERIFIED");
        assertThat(u).hasSize(1);
        assertThat(u.get(0).path("message").asText()).contains("河南省郑州市").contains("不在其施行地域内");
    }
}
