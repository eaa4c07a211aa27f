package org.jrw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jrw.codec.Json;
import org.jrw.testing.CliRunner;
import org.jrw.testing.TestPackages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** precedent import, search and similar end to end (spec/cli.md). */
class PrecedentCommandsTest {
    @TempDir
    Path tmp;

    private Path corpus() throws Exception {
        Path f = tmp.resolve("cases.jsonl");
        try (var in = getClass().getClassLoader().getResourceAsStream("content/precedents/cases.jsonl")) {
            Files.write(f, in.readAllBytes());
        }
        return f;
    }

    private static List<String> ids(JsonNode hits) {
        List<String> out = new ArrayList<>();
        hits.forEach(h -> out.add(h.get("id").asText()));
        return out;
    }

    @Test
    void importSearchAndSimilarPrintTheContractShapes() throws Exception {
        String ws = tmp.resolve("ws").toString();
        CliRunner.Run imp = CliRunner.run("--workspace", ws, "precedent", "import", corpus().toString(), "--json");
        assertThat(imp.code()).as(imp.err()).isZero();
        JsonNode r = Json.parse(imp.out());
        assertThat(r.get("imported").asInt()).isEqualTo(43);
        assertThat(r.get("rejected").isArray()).isTrue();
        assertThat(r.get("rejected")).isEmpty();

        CliRunner.Run s = CliRunner.run("--workspace", ws, "search", "无证焊接", "--json");
        assertThat(s.code()).as(s.err()).isZero();
        JsonNode res = Json.parse(s.out());
        assertThat(res.get("total").asInt()).isPositive();
        JsonNode hit = res.get("hits").get(0);
        List<String> keys = new ArrayList<>();
        hit.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("id", "title", "score", "industry", "region", "year", "violationBasis",
                "penaltyBasis", "penaltyUnitYuan", "highlights", "matchedAll", "duplicates", "reasons", "bureauCase");
        assertThat(hit.get("matchedAll").asBoolean()).isTrue();
        assertThat(res.get("allWords").asInt()).isPositive();
        assertThat(ids(res.get("hits")).subList(0, 5)).contains("CASE-003", "CASE-027", "CASE-028", "CASE-046");
        assertThat(hit.get("highlights").get(0).asText()).contains("<em>");
        assertThat(hit.get("score").isNumber()).isTrue();
        // the corpus's collector's remarks (摘录截断, （应为…）) never reach the user, whatever is found
        CliRunner.Run all = CliRunner.run("--workspace", ws, "search", "安全", "--limit", "100", "--json");
        for (JsonNode h : Json.parse(all.out()).get("hits")) {
            for (String f : List.of("violationBasis", "penaltyBasis")) {
                assertThat(h.get(f).asText("")).as(h.get("id") + " " + f).doesNotContain("应为", "摘录", "推定", "http");
            }
        }

        JsonNode filtered = Json.parse(CliRunner.run("--workspace", ws, "search", "特种作业", "--region", "上海",
                "--provision", "97条7项", "--limit", "3", "--json").out());
        // the five Shanghai records are one published notice's near-duplicates: one entry
        assertThat(filtered.get("hits")).hasSize(1);
        assertThat(filtered.get("hits").get(0).get("duplicates")).hasSize(4);
        assertThat(filtered.get("total").asInt()).isEqualTo(5);

        CliRunner.Run none = CliRunner.run("--workspace", ws, "search", "隐瞒事故");
        assertThat(none.code()).as(none.err()).isZero();
        assertThat(none.out()).startsWith("本库无直接相符的类案");
        JsonNode noneJson = Json.parse(CliRunner.run("--workspace", ws, "search", "隐瞒事故", "--json").out());
        assertThat(noneJson.get("allWords").asInt()).isZero();
        noneJson.get("hits").forEach(h -> assertThat(h.get("matchedAll").asBoolean()).isFalse());
        filtered.get("hits").forEach(h -> assertThat(h.get("region").asText()).startsWith("上海"));

        JsonNode industry = Json.parse(CliRunner.run("--workspace", ws, "search", "储存", "--industry", "烟花爆竹",
                "--json").out());
        industry.get("hits").forEach(h -> assertThat(h.get("industry").asText()).startsWith("烟花爆竹"));

        Path pkg = TestPackages.valid().writeZip(tmp.resolve("in.jrcase"));
        assertThat(CliRunner.run("--workspace", ws, "case", "import", pkg.toString()).code()).isZero();
        CliRunner.Run sim = CliRunner.run("--workspace", ws, "similar", "西应急罚〔2024〕99号", "--limit", "5", "--json");
        assertThat(sim.code()).as(sim.err()).isZero();
        JsonNode simHits = Json.parse(sim.out()).get("hits");
        assertThat(simHits).hasSize(5);
        assertThat(ids(simHits).subList(0, 3)).containsAnyOf("CASE-027", "CASE-028", "CASE-046", "CASE-003");
        assertThat(simHits.get(0).get("reasons")).isNotEmpty();
        List<String> simKeys = new ArrayList<>();
        Json.parse(sim.out()).fieldNames().forEachRemaining(simKeys::add);
        assertThat(simKeys).containsExactly("hits");
    }

    @Test
    void aBadLineIsReportedAndTheRestImported() throws Exception {
        String ws = tmp.resolve("ws").toString();
        Path f = tmp.resolve("mixed.jsonl");
        Files.writeString(f, "{\"id\":\"A\",\"facts_zh\":\"疏散通道被占用\"}\n{broken\n{\"id\":\"B\",\"facts_zh\":\"有限空间未辨识\","
                + "\"other_sanctions\":[\"责令限期改正\",\"责令停产整顿\"]}\n", StandardCharsets.UTF_8);
        CliRunner.Run r = CliRunner.run("--workspace", ws, "precedent", "import", f.toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = Json.parse(r.out());
        assertThat(j.get("imported").asInt()).isEqualTo(2);
        assertThat(j.get("rejected")).hasSize(1);
        assertThat(j.get("rejected").get(0).get("line").asInt()).isEqualTo(2);
        assertThat(j.get("rejected").get(0).get("reason").asText()).isEqualTo("不是有效的 JSON（第 2 个字符附近）");
        assertThat(Json.parse(CliRunner.run("--workspace", ws, "search", "疏散通道", "--json").out())
                .get("total").asInt()).isEqualTo(1);
        // other_sanctions given as a list is kept as one text
        assertThat(Json.parse(CliRunner.run("--workspace", ws, "search", "停产整顿", "--json").out())
                .get("total").asInt()).isEqualTo(1);
    }

    @Test
    void amountsAndIdsAreCheckedLikeAUserWouldWriteThem() throws Exception {
        Path ws = tmp.resolve("ws-a");
        Path f = tmp.resolve("amounts.jsonl");
        Files.writeString(f, "{\"id\":12,\"facts_zh\":\"疏散通道被占用\",\"penalty_unit_yuan\":12000.5}\n"
                + "{\"id\":\"B\",\"facts_zh\":\"有限空间未辨识\",\"penalty_unit_yuan\":1e20}\n"
                + "{\"id\":[1],\"facts_zh\":\"x\"}\n", StandardCharsets.UTF_8);
        JsonNode j = Json.parse(CliRunner.run("--workspace", ws.toString(), "precedent", "import", f.toString(), "--json").out());
        assertThat(j.get("imported").asInt()).isEqualTo(1); // "id": 12 is the text "12"
        assertThat(j.get("rejected")).hasSize(2);
        assertThat(j.get("rejected").get(0).get("reason").asText()).contains("penalty_unit_yuan", "过大");
        assertThat(j.get("rejected").get(1).get("reason").asText()).contains("id 须为文本");
    }

    @Test
    void aQueryOfPunctuationOnlyIsBadInput() throws Exception {
        Path ws = tmp.resolve("ws-p");
        CliRunner.Run r = CliRunner.run("--workspace", ws.toString(), "search", "，。！？", "--json");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("没有可检索的字词");
    }

    @Test
    void badInputExitsTwoAndWritesNothing() throws Exception {
        Path ws = tmp.resolve("ws");
        // a missing file: the workspace the command would have created is not left behind
        CliRunner.Run missing = CliRunner.run("--workspace", ws.toString(), "precedent", "import",
                tmp.resolve("nope.jsonl").toString(), "--json");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(Json.parse(missing.out()).get("error")).isNotNull();
        assertThat(ws).doesNotExist();

        // not UTF-8
        Path latin = tmp.resolve("gbk.jsonl");
        Files.write(latin, "{\"id\":\"G\",\"facts_zh\":\"焊接\"}\n".getBytes("GBK"));
        CliRunner.Run enc = CliRunner.run("--workspace", ws.toString(), "precedent", "import", latin.toString());
        assertThat(enc.code()).isEqualTo(2);
        assertThat(ws).doesNotExist();

        assertThat(CliRunner.run("--workspace", ws.toString(), "precedent", "import", corpus().toString()).code())
                .isZero();
        assertThat(CliRunner.run("--workspace", ws.toString(), "search", "焊接", "--limit", "0").code()).isEqualTo(2);
        assertThat(CliRunner.run("--workspace", ws.toString(), "search", "焊接", "--limit", "abc").code()).isEqualTo(2);
        assertThat(CliRunner.run("--workspace", ws.toString(), "search", "焊接", "--provision", "没有条款").code())
                .isEqualTo(2);
        assertThat(CliRunner.run("--workspace", ws.toString(), "search", " ").code()).isEqualTo(2);
        assertThat(CliRunner.run("--workspace", ws.toString(), "search").code()).isEqualTo(2);
        assertThat(CliRunner.run("--workspace", ws.toString(), "similar", "没有这个案件").code()).isEqualTo(2);
        assertThat(CliRunner.run("--workspace", ws.toString(), "precedent").code()).isEqualTo(2);
        // the library is unchanged by all of that
        assertThat(Json.parse(CliRunner.run("--workspace", ws.toString(), "search", "", "--industry", "工贸",
                "--limit", "100", "--json").out()).get("total").asInt()).isEqualTo(
                Json.parse(CliRunner.run("--workspace", ws.toString(), "search", "行业:工贸", "--limit", "100", "--json")
                        .out()).get("total").asInt());
    }

    @Test
    void searchRebuildsADeletedIndexFromTheDatabase() throws Exception {
        Path ws = tmp.resolve("ws");
        assertThat(CliRunner.run("--workspace", ws.toString(), "precedent", "import", corpus().toString()).code())
                .isZero();
        org.jrw.persistence.Workspace.deleteTree(ws.resolve("index"));
        CliRunner.Run s = CliRunner.run("--workspace", ws.toString(), "search", "安全出口上锁", "--json");
        assertThat(s.code()).as(s.err()).isZero();
        assertThat(ids(Json.parse(s.out()).get("hits"))).startsWith("CASE-001");
        assertThat(s.err()).contains("重建");
    }

    @Test
    void addCaseExportAndSignedImport() throws Exception {
        String a = tmp.resolve("ws-bureau-a").toString();
        Path undecided = TestPackages.valid().writeZip(tmp.resolve("u.jrcase"));
        assertThat(CliRunner.run("--workspace", a, "case", "import", undecided.toString()).code()).isZero();
        CliRunner.Run refused = CliRunner.run("--workspace", a, "precedent", "add-case", "西应急罚〔2024〕99号", "--json");
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("行政处罚决定书");
        Path decided = org.jrw.logic.exchange.PrecedentSetsTest.decided("西应急罚〔2024〕21号").writeZip(tmp.resolve("d.jrcase"));
        assertThat(CliRunner.run("--workspace", a, "case", "import", decided.toString()).code()).isZero();
        CliRunner.Run added = CliRunner.run("--workspace", a, "precedent", "add-case", "西应急罚〔2024〕21号", "--json");
        assertThat(added.code()).as(added.err()).isZero();
        JsonNode rec = Json.parse(added.out()).get("record");
        assertThat(rec.get("bureau_case").asBoolean()).isTrue();
        assertThat(rec.get("decision_number").asText()).isEqualTo("西应急罚〔2024〕21号");
        JsonNode found = Json.parse(CliRunner.run("--workspace", a, "search", "熔化焊接", "--json").out());
        assertThat(found.get("hits")).anySatisfy(h -> assertThat(h.get("bureauCase").asBoolean()).isTrue());

        Path set = tmp.resolve("set.jsonl");
        CliRunner.Run exp = CliRunner.run("--workspace", a, "precedent", "export", "--out", set.toString(), "--json");
        assertThat(exp.code()).as(exp.err()).isZero();
        assertThat(Json.parse(exp.out()).get("records").asInt()).isEqualTo(1);

        String b = tmp.resolve("ws-bureau-b").toString();
        CliRunner.Run imp = CliRunner.run("--workspace", b, "precedent", "import", set.toString(), "--json");
        assertThat(imp.code()).as(imp.err()).isZero();
        assertThat(Json.parse(imp.out()).get("signed").asBoolean()).isTrue();
        Files.writeString(set, Files.readString(set).replace("熔化焊接", "气割"));
        String c = tmp.resolve("ws-bureau-c").toString();
        CliRunner.Run bad = CliRunner.run("--workspace", c, "precedent", "import", set.toString(), "--json");
        assertThat(bad.code()).isEqualTo(3);
        assertThat(Json.parse(CliRunner.run("--workspace", c, "search", "气割", "--json").out()).get("total").asInt())
                .isZero();
    }
}
