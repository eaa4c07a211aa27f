package org.jrw.logic.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jrw.codec.Json;
import org.jrw.logic.task.Progress;
import org.jrw.model.Dossier;
import org.jrw.model.PrecedentRecord;
import org.jrw.logic.search.PrecedentCodec;
import org.jrw.testing.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Built-in material: the demo and precedent-based case studies, anonymised, importable and scored. */
@org.junit.jupiter.api.Tag("slow") // over 30 s: left out by -Pquick, always run by mvn verify and CI
class TrainingMaterialTest {
    @TempDir
    Path tmp;

    @Test
    void listNamesTheDemoAndTheUsablePrecedents() throws Exception {
        CliRunner.Run r = CliRunner.run("--json", "training", "material", "list");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode items = Json.parse(r.out()).get("material");
        List<String> ids = new ArrayList<>();
        items.forEach(i -> ids.add(i.get("id").asText()));
        assertThat(ids).first().isEqualTo("demo");
        // CASE-003 has both provisions and a fine; CASE-015 has no fine and cannot be scored
        assertThat(ids).contains("CASE-003", "CASE-001").doesNotContain("CASE-015", "CASE-016");
        JsonNode c3 = items.get(ids.indexOf("CASE-003"));
        assertThat(c3.get("fineYuan").asLong()).isEqualTo(12000L);
        assertThat(c3.get("penaltyProvision").asText()).isEqualTo("《中华人民共和国安全生产法》第九十七条第七项");
        assertThat(c3.get("title").asText()).doesNotContain("嵊州").doesNotContain("绍兴");
    }

    @Test
    void aPrecedentBecomesAnExerciseTraineesAreScoredAgainst() throws Exception {
        Path ws = tmp.resolve("ws");
        Path out = tmp.resolve("case-003.jrcase");
        CliRunner.Run b = CliRunner.run("--workspace", ws.toString(), "--json", "training", "material", "build",
                "CASE-003", "--out", out.toString(), "--import");
        assertThat(b.code()).as(b.err()).isZero();
        JsonNode json = Json.parse(b.out());
        assertThat(json.get("caseNumber").asText()).isEqualTo("培训案例-CASE-003");
        // no place or agency of the original
        HostileDossierAnonymizerTest.scanBytesFor(out, List.of("嵊州", "绍兴", "浙江"));
        Dossier d = HostileDossierAnonymizerTest.readManifest(out);
        assertThat(d.violations().get(0).facts()).contains("电焊作业");
        assertThat(d.violations().get(0).violatedProvision()).isEqualTo("《中华人民共和国安全生产法》第三十条第一款");

        CliRunner.Run right = CliRunner.run("--workspace", ws.toString(), "--json", "training", "exercise",
                "培训案例-CASE-003", "--trainee", "学员甲", "--violated", "《中华人民共和国安全生产法》第三十条第一款",
                "--penalty", "《中华人民共和国安全生产法》第九十七条第七项", "--fine", "12000");
        assertThat(right.code()).as(right.err()).isZero();
        assertThat(Json.parse(right.out()).get("total").asInt()).isGreaterThanOrEqualTo(85);
        CliRunner.Run wrong = CliRunner.run("--workspace", ws.toString(), "--json", "training", "exercise",
                "培训案例-CASE-003", "--trainee", "学员乙", "--violated", "《中华人民共和国安全生产法》第四十二条",
                "--penalty", "《中华人民共和国安全生产法》第一百零五条", "--fine", "100000");
        assertThat(Json.parse(wrong.out()).get("total").asInt()).isLessThan(40);
        // the demo dossier is material too, anonymised and leak-checked the same way
        CliRunner.Run demo = CliRunner.run("--workspace", ws.toString(), "--json", "training", "material", "build",
                "demo", "--out", tmp.resolve("demo.jrcase").toString(), "--import");
        assertThat(demo.code()).as(demo.err()).isZero();
        HostileDossierAnonymizerTest.scanBytesFor(tmp.resolve("demo.jrcase"), List.of("张某华", "李某强", "西安", "未央",
                "91610112MA6U7R2K3J", "610112197205142739"));
    }

    @Test
    void companiesAndPersonsNamedInAPrecedentArePseudonymised() throws Exception {
        PrecedentRecord p = PrecedentCodec.read("{\"id\": \"T-1\", \"publisher\": \"渭南市应急管理局;决定机关:临渭区应急管理局\","
                + " \"date\": \"2024-05\", \"region\": \"陕西省渭南市临渭区\", \"industry\": \"工贸(五金)\", \"party_type\": \"单位\","
                + " \"facts_zh\": \"渭南市鑫源五金加工厂安排焊工邱少华（身份证号610502198807153219）无证焊接，负责人刘建国，男，未制止。\","
                + " \"violation_basis\": \"《安全生产法》第三十条第一款\", \"penalty_basis\": \"《安全生产法》第九十七条第(七)项\","
                + " \"penalty_unit_yuan\": 15000, \"other_sanctions\": \"责令限期改正\", \"notes\": \"\"}");
        Path out = tmp.resolve("t1.jrcase");
        TrainingMaterial.build(TrainingMaterial.raw(p), "T-1", out, Progress.NONE);
        HostileDossierAnonymizerTest.scanBytesFor(out, List.of("鑫源五金", "邱少华", "刘建国", "610502198807153219",
                "渭南", "临渭"));
        Dossier d = HostileDossierAnonymizerTest.readManifest(out);
        assertThat(d.violations().get(0).penaltyProvision()).isEqualTo("《中华人民共和国安全生产法》第九十七条第七项");
        assertThat(d.violations().get(0).proposed().fineYuan()).isEqualTo(15000L);
        assertThat(d.violations().get(0).facts()).contains("无证焊接");
        assertThat(Files.size(out)).isPositive();
    }
}
