package org.jrw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jrw.testing.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MANDATORY_MEASURE_MISSING end to end: a case edited on the command line to the wording of a real
 * 烟花爆竹 / 危险化学品 / 事故隐患 case, then {@code check}. The measures the provision prescribes without
 * discretion are named with the provision's own words; once proposed, the finding goes.
 */
class MandatoryMeasureCheckTest {
    private static final String CASE = "西应急罚〔2024〕37号";

    @TempDir
    Path tmp;

    private Path demo() {
        Path ws = tmp.resolve("ws");
        CliRunner.ok(CliRunner.in(ws, "--json", "case", "import",
                Path.of("resources/demo/demo.jrcase").toAbsolutePath().toString()));
        return ws;
    }

    private static List<JsonNode> mandatory(Path ws) {
        JsonNode out = CliRunner.ok(CliRunner.in(ws, "--json", "check", CASE));
        List<JsonNode> f = new ArrayList<>();
        out.path("findings").forEach(x -> {
            if (x.path("code").asText().equals("MANDATORY_MEASURE_MISSING")) {
                f.add(x);
            }
        });
        return f;
    }

    private static void set(Path ws, String... fields) {
        String[] a = new String[fields.length + 4];
        a[0] = "--json";
        a[1] = "case";
        a[2] = "set";
        a[3] = CASE;
        System.arraycopy(fields, 0, a, 4, fields.length);
        CliRunner.ok(CliRunner.in(ws, a));
    }

    @Test
    void fireworksSoldWithoutALicenceMustBeStoppedAndConfiscated() {
        Path ws = demo();
        set(ws, "violations[v1].facts=该公司未取得烟花爆竹经营（零售）许可证，自2024年2月20日起在其门市部内销售烟花爆竹，"
                        + "2024年3月12日被检查发现，现场查获组合烟花42箱、爆竹18箱。",
                "violations[v1].violatedProvision=《烟花爆竹安全管理条例》第三条第二款",
                "violations[v1].penaltyProvision=《烟花爆竹安全管理条例》第三十六条第一款",
                "violations[v1].proposed.fineYuan=30000", "violations[v1].proposed.other=责令限期改正");
        List<JsonNode> f = mandatory(ws);
        assertThat(f).hasSize(2);
        assertThat(f).allSatisfy(x -> {
            assertThat(x.path("severity").asText()).isEqualTo("error");
            assertThat(x.path("category").asText()).isEqualTo("法律适用");
            assertThat(x.path("basis").asText()).startsWith("《烟花爆竹安全管理条例》第三十六条第一款：")
                    .contains("并没收非法生产、经营的物品及违法所得");
            assertThat(x.path("message").asText()).doesNotContain("【知】", "http", ".md", "resources/");
        });
        assertThat(f.get(0).path("message").asText() + f.get(1).path("message").asText())
                .contains("责令停止非法生产、经营活动", "没收非法生产、经营的物品及违法所得");
        // cited without its paragraph: the article's first paragraph is the 应急管理部门's, the same finding
        set(ws, "violations[v1].penaltyProvision=《烟花爆竹安全管理条例》第三十六条");
        assertThat(mandatory(ws)).hasSize(2);
        // the decision orders the stop and confiscates: no finding
        set(ws, "violations[v1].proposed.other=责令停止非法经营活动；没收非法经营的烟花爆竹及违法所得");
        assertThat(mandatory(ws)).isEmpty();
    }

    @Test
    void aWholesalerSupplyingIllegalFireworksForfeitsThem() {
        Path ws = demo();
        set(ws, "violations[v1].facts=该公司于2024年2月向零售经营者供应非法生产的烟花爆竹共计60箱。",
                "violations[v1].violatedProvision=《烟花爆竹安全管理条例》第二十条",
                "violations[v1].penaltyProvision=《烟花爆竹安全管理条例》第三十八条第一款",
                "violations[v1].proposed.fineYuan=30000", "violations[v1].proposed.other=责令停止违法行为");
        List<JsonNode> f = mandatory(ws);
        assertThat(f).hasSize(1);
        assertThat(f.get(0).path("message").asText()).contains("没收非法经营的物品及违法所得");
        // a recorded confiscation amount counts as 没收
        set(ws, "violations[v1].proposed.confiscationYuan=12000");
        assertThat(mandatory(ws)).isEmpty();
    }

    @Test
    void hazardousChemicalsSoldWithoutALicenceAndRefusedHazardRemoval() {
        Path ws = demo();
        set(ws, "violations[v1].facts=该公司未取得危险化学品经营许可证，自2024年1月起销售甲醇、乙酸乙酯，违法所得8600元。",
                "violations[v1].violatedProvision=《危险化学品安全管理条例》第三十三条第一款",
                "violations[v1].penaltyProvision=《危险化学品安全管理条例》第七十七条第三款",
                "violations[v1].proposed.fineYuan=100000", "violations[v1].proposed.other=责令限期改正");
        List<JsonNode> f = mandatory(ws);
        assertThat(f).hasSize(2);
        assertThat(f.get(0).path("basis").asText()).startsWith("《危险化学品安全管理条例》第七十七条第三款：");
        set(ws, "violations[v1].proposed.other=责令停止经营活动；没收违法经营的危险化学品及违法所得");
        assertThat(mandatory(ws)).isEmpty();

        Path ws2 = tmp.resolve("ws2");
        CliRunner.ok(CliRunner.in(ws2, "--json", "case", "import",
                Path.of("resources/demo/demo.jrcase").toAbsolutePath().toString()));
        set(ws2, "violations[v1].facts=该公司二号车间配电箱未设置漏电保护装置，执法人员责令限期消除，逾期复查仍未消除。",
                "violations[v1].violatedProvision=《中华人民共和国安全生产法》第四十一条第二款",
                "violations[v1].penaltyProvision=《中华人民共和国安全生产法》第一百零二条",
                "violations[v1].circumstances.uncorrectedAfterDeadline=是",
                "violations[v1].proposed.fineYuan=30000", "violations[v1].proposed.other=责令限期改正");
        List<JsonNode> g = mandatory(ws2);
        assertThat(g).hasSize(1);
        assertThat(g.get(0).path("basis").asText()).isEqualTo(
                "《中华人民共和国安全生产法》第一百零二条：生产经营单位拒不执行的，责令停产停业整顿");
        set(ws2, "violations[v1].proposed.other=责令停产停业整顿");
        assertThat(mandatory(ws2)).isEmpty();
    }
    @Test
    void subcontractingToAnUnqualifiedPartyForfeitsTheIncomeOnlyWhereThereIsSome() {
        Path ws = demo();
        set(ws, "violations[v1].facts=该公司将二号车间喷涂作业发包给不具备安全生产条件的个人张某，收取承包费，2024年3月12日被检查发现。",
                "violations[v1].violatedProvision=《中华人民共和国安全生产法》第四十九条第一款",
                "violations[v1].penaltyProvision=《中华人民共和国安全生产法》第一百零三条第一款",
                "violations[v1].proposed.fineYuan=100000", "violations[v1].proposed.other=责令限期改正");
        // no illegal income shown: nothing to confiscate, no finding
        assertThat(mandatory(ws)).isEmpty();
        set(ws, "violations[v1].circumstances.quantities=违法所得=36000");
        List<JsonNode> f = mandatory(ws);
        assertThat(f).hasSize(1);
        assertThat(f.get(0).path("message").asText()).contains("没收违法所得");
        assertThat(f.get(0).path("basis").asText()).startsWith("《中华人民共和国安全生产法》第一百零三条：");
        set(ws, "violations[v1].proposed.other=责令限期改正；没收违法所得36000元");
        assertThat(mandatory(ws)).isEmpty();
    }

    @Test
    void hazardsLeftUnmanagedAfterTheDeadlineMeanSuspension() {
        Path ws = demo();
        set(ws, "violations[v1].facts=该公司未建立事故隐患排查治理制度，经责令限期改正，逾期复查仍未改正。",
                "violations[v1].violatedProvision=《中华人民共和国安全生产法》第四十一条第二款",
                "violations[v1].penaltyProvision=《中华人民共和国安全生产法》第一百零一条第五项",
                "violations[v1].circumstances.uncorrectedAfterDeadline=是",
                "violations[v1].proposed.fineYuan=150000", "violations[v1].proposed.other=责令限期改正");
        List<JsonNode> f = mandatory(ws);
        assertThat(f).hasSize(1);
        assertThat(f.get(0).path("basis").asText()).isEqualTo("《中华人民共和国安全生产法》第一百零一条：逾期未改正的，责令停产停业整顿");
        set(ws, "violations[v1].circumstances.uncorrectedAfterDeadline=否", "violations[v1].proposed.fineYuan=50000");
        assertThat(mandatory(ws)).isEmpty();
    }
}
