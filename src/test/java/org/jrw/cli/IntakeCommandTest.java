package org.jrw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jrw.codec.Json;
import org.jrw.logic.intake.DemoLooseFiles;
import org.jrw.logic.intake.IntakeFixtures;
import org.jrw.testing.CliRunner;
import org.jrw.testing.FixtureCopies;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code case intake} end to end: manifest, sources, unresolved, conflicts; export/import round trip; exit 2. */
@org.junit.jupiter.api.Tag("slow") // over 30 s: left out by -Pquick, always run by mvn verify and CI
class IntakeCommandTest {
    @TempDir
    Path tmp;

    /** The demo's loose files, taken in once for the class (PDF text and OCR of its pictures take seconds). */
    private static Path demoFiles;
    /** The workspace that intake wrote: read only; tests that change it work on a copy. */
    private static Path demoWs;
    private static CliRunner.Run demoIntake;

    @BeforeAll
    static void intakeTheDemoFilesOnce(@TempDir Path shared) throws Exception {
        demoFiles = DemoLooseFiles.write(shared);
        demoWs = shared.resolve("ws");
        demoIntake = CliRunner.run("--workspace", demoWs.toString(), "case", "intake", demoFiles.toString(), "--json");
    }

    /** This test's own copy of the workspace with the intake of the demo files. */
    private Path demoWorkspace() throws Exception {
        assertThat(demoIntake.code()).as(demoIntake.err()).isZero();
        return FixtureCopies.copy(demoWs, tmp.resolve("ws"));
    }

    @Test
    void intakeOfTheDemoFilesPrintsTheManifestWithSourcesAndRoundTrips() throws Exception {
        Path ws = demoWorkspace();
        JsonNode j = Json.parse(demoIntake.out());
        String caseId = j.get("caseId").asText();
        JsonNode m = j.get("manifest");
        assertThat(m.get("format").asText()).isEqualTo("jrw-dossier");
        assertThat(m.get("case").get("caseNumber").asText()).isEqualTo("西应急罚〔2024〕37号");
        assertThat(m.get("case").get("draft").asBoolean()).isTrue();
        assertThat(m.get("parties").get(0).get("creditCode").asText()).isEqualTo("91610112MA6U7R2K3J");
        JsonNode src = j.get("sources").get("parties[0].name");
        assertThat(src.get("file").asText()).isEqualTo("documents/12-行政处罚决定书.pdf");
        assertThat(src.get("page").asInt()).isEqualTo(1);
        assertThat(src.get("text").asText()).contains("被处罚单位");
        assertThat(j.get("sources").get("violations[0].proposed.fineYuan").get("text").asText()).contains("贰万元");
        assertThat(j.get("unresolved").isArray()).isTrue();
        assertThat(j.get("conflicts")).isEmpty();
        assertThat(j.get("files")).hasSize(23);

        // export → import into another workspace: the same case
        Path out = tmp.resolve("draft.jrcase");
        assertThat(CliRunner.run("--workspace", ws.toString(), "case", "export", caseId, "--out", out.toString()).code()).isZero();
        Path ws2 = tmp.resolve("ws2");
        CliRunner.Run imp = CliRunner.run("--workspace", ws2.toString(), "case", "import", out.toString(), "--json");
        assertThat(imp.code()).as(imp.err()).isZero();
        JsonNode ij = Json.parse(imp.out());
        assertThat(ij.get("caseNumber").asText()).isEqualTo("西应急罚〔2024〕37号");
        assertThat(ij.get("documents").asInt()).isEqualTo(16);
        assertThat(ij.get("evidence").asInt()).isEqualTo(11);
        Path out2 = tmp.resolve("again.jrcase");
        assertThat(CliRunner.run("--workspace", ws2.toString(), "case", "export", "西应急罚〔2024〕37号", "--out",
                out2.toString()).code()).isZero();
        assertThat(manifest(out2)).isEqualTo(manifest(out));

        // a second intake of the same files: the number exists, exit 2, nothing written
        CliRunner.Run again = CliRunner.run("--workspace", ws.toString(), "case", "intake", demoFiles.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("西应急罚〔2024〕37号");
    }

    private static JsonNode manifest(Path zip) throws Exception {
        try (var z = new java.util.zip.ZipFile(zip.toFile())) {
            return Json.parse(z.getInputStream(z.getEntry("manifest.json")).readAllBytes());
        }
    }

    @Test
    void withoutADecisionTheNumberIsProvisionalAndConflictsAreListed() throws Exception {
        Path in = tmp.resolve("in");
        IntakeFixtures.docx(in.resolve("告知书.docx"), IntakeFixtures.notice("肆万元整"));
        IntakeFixtures.docx(in.resolve("法制审核意见书.docx"), java.util.List.of("法制审核意见书",
                "经审核，建议对渭南某某建材有限公司给予罚款人民币3万元的行政处罚。", "2024年6月12日"));
        Path ws = tmp.resolve("ws");
        CliRunner.Run r = CliRunner.run("--workspace", ws.toString(), "case", "intake", in.toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = Json.parse(r.out());
        assertThat(j.get("manifest").get("case").get("caseNumber").asText()).startsWith("草稿-");
        assertThat(j.get("manifest").get("case").get("caseNumberProvisional").asBoolean()).isTrue();
        assertThat(j.get("unresolved").toString()).contains("case.caseNumber", "violations[0].proposed.fineYuan");
        JsonNode c = j.get("conflicts").get(0);
        assertThat(c.get("field").asText()).isEqualTo("violations[0].proposed.fineYuan");
        assertThat(c.get("readings")).hasSize(2);
        assertThat(j.get("manifest").get("violations").get(0).has("proposed")
                && j.get("manifest").get("violations").get(0).get("proposed").has("fineYuan")).isFalse();

        // the human output names the conflict too
        CliRunner.Run h = CliRunner.run("--workspace", tmp.resolve("ws3").toString(), "case", "intake", in.toString());
        assertThat(h.code()).isZero();
        assertThat(h.out()).contains("冲突").contains("40000").contains("30000");
    }

    @Test
    void aDryRunWritesNoCase() throws Exception {
        Path in = tmp.resolve("in");
        IntakeFixtures.docx(in.resolve("决定书.docx"), IntakeFixtures.decision("渭某应急罚〔2024〕8号", "3万元"));
        Path ws = tmp.resolve("ws");
        CliRunner.Run r = CliRunner.run("--workspace", ws.toString(), "case", "intake", "--dry-run", in.toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = Json.parse(r.out());
        assertThat(j.get("caseId").isNull()).isTrue();
        assertThat(j.get("manifest").get("case").get("caseNumber").asText()).isEqualTo("渭某应急罚〔2024〕8号");
        assertThat(CliRunner.run("--workspace", ws.toString(), "case", "list", "--json").out()).contains("\"cases\" : [ ]");
    }

    @Test
    void badInputExitsTwoNamingTheFileAndWritesNothing() throws Exception {
        Path ws = tmp.resolve("ws");
        CliRunner.Run r = CliRunner.run("--workspace", ws.toString(), "case", "intake", tmp.resolve("不存在.pdf").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("不存在.pdf");
        assertThat(Files.exists(ws)).isFalse();

        Path empty = tmp.resolve("empty");
        Files.createDirectories(empty);
        Files.write(empty.resolve("空.pdf"), new byte[0]);
        CliRunner.Run e = CliRunner.run("--workspace", ws.toString(), "case", "intake", empty.toString());
        assertThat(e.code()).isEqualTo(2);
        assertThat(Files.exists(ws)).isFalse();
    }
    @Test
    void theStatusIsTheStageTheDocumentsShowNotTheDraftMark() throws Exception {
        Path ws = demoWorkspace();
        JsonNode j = Json.parse(demoIntake.out());
        String caseId = j.get("caseId").asText();
        JsonNode c = j.get("manifest").get("case");
        assertThat(c.get("draft").asBoolean()).isTrue();
        assertThat(c.get("status").asText()).isEqualTo("已结案");
        assertThat(j.get("sources").get("case.status").get("file").asText()).isEqualTo("documents/16-结案审批表.pdf");
        assertThat(j.get("sources").get("case.status").get("text").asText()).contains("结案审批表");

        // the checks of the draft read the stage, not 草稿
        CliRunner.Run check = CliRunner.run("--workspace", ws.toString(), "check", caseId, "--json");
        assertThat(check.out()).doesNotContain("草稿").doesNotContain("缺少立案审批表");

        // a status set back to 草稿 is not a stage: confirm refuses, naming the field
        assertThat(CliRunner.run("--workspace", ws.toString(), "case", "set", caseId, "case.violationDate=2024-03-12").code())
                .isZero();
        assertThat(CliRunner.run("--workspace", ws.toString(), "case", "set", caseId, "case.status=草稿").code()).isZero();
        CliRunner.Run refused = CliRunner.run("--workspace", ws.toString(), "case", "confirm", caseId);
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("办理阶段");
        assertThat(CliRunner.run("--workspace", ws.toString(), "check", caseId, "--json").out()).doesNotContain("“草稿”阶段");
        assertThat(CliRunner.run("--workspace", ws.toString(), "case", "set", caseId, "case.status=已结案").code()).isZero();
        CliRunner.Run confirmed = CliRunner.run("--workspace", ws.toString(), "case", "confirm", caseId, "--json");
        assertThat(confirmed.code()).as(confirmed.out() + confirmed.err()).isZero();
        assertThat(CliRunner.run("--workspace", ws.toString(), "case", "list", "--json").out()).contains("已结案")
                .doesNotContain("草稿");
    }

    @Test
    void filesNothingCanBeMadeOfAreRefusedByName() throws Exception {
        Path ws = tmp.resolve("ws");
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.write(in.resolve("空文件.pdf"), new byte[0]);
        CliRunner.Run e = CliRunner.run("--workspace", ws.toString(), "case", "intake", in.resolve("空文件.pdf").toString());
        assertThat(e.code()).isEqualTo(2);
        assertThat(e.err()).contains("空文件.pdf").contains("0 字节");

        Files.writeString(in.resolve("决定书.pdf"), "这不是 PDF 文件");
        Files.writeString(in.resolve("笔录.docx"), "这也不是 Word 文档");
        for (String name : java.util.List.of("决定书.pdf", "笔录.docx")) {
            CliRunner.Run u = CliRunner.run("--workspace", ws.toString(), "case", "intake", in.resolve(name).toString());
            assertThat(u.code()).as(u.out()).isEqualTo(2);
            assertThat(u.err()).contains(name).contains("无法读取").doesNotContain("存档");
            CliRunner.Run dry = CliRunner.run("--workspace", ws.toString(), "case", "intake", "--dry-run", in.resolve(name).toString());
            assertThat(dry.code()).isEqualTo(2);
        }
        assertThat(CliRunner.run("--workspace", ws.toString(), "case", "list", "--json").out()).contains("\"cases\" : [ ]");
    }

    @Test
    void unresolvedNeverPointsIntoAnAbsentViolation() throws Exception {
        Path in = tmp.resolve("in");
        IntakeFixtures.docx(in.resolve("询问通知书.docx"), java.util.List.of("询问通知书", "渭南某某建材有限公司：",
                "请你单位于2024年6月3日到我局接受询问。", "2024年6月1日"));
        CliRunner.Run r = CliRunner.run("--workspace", tmp.resolve("ws").toString(), "case", "intake", "--dry-run",
                in.toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = Json.parse(r.out());
        assertThat(j.get("manifest").get("violations")).isEmpty();
        assertThat(j.get("unresolved").toString()).contains("\"violations\"").doesNotContain("violations[0]");
    }
}
