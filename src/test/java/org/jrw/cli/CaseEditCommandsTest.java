package org.jrw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jrw.codec.Json;
import org.jrw.logic.dossier.Identifiers;
import org.jrw.persistence.Vault;
import org.jrw.testing.CliRunner;
import org.jrw.testing.TestPackages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Scripting a draft to completion with case set / add / remove / link / move / replace-file / confirm / undo. */
class CaseEditCommandsTest {
    static final String CASE = "西应急罚〔2024〕99号";

    @TempDir
    Path tmp;
    Path ws;

    @BeforeEach
    void seed() throws Exception {
        ws = tmp.resolve("ws");
        Path pkg = TestPackages.valid().writeZip(tmp.resolve("in.jrcase"));
        assertThat(cli("case", "import", pkg.toString()).code()).isZero();
    }

    CliRunner.Run cli(String... args) {
        List<String> all = new ArrayList<>(List.of("--workspace", ws.toString()));
        all.addAll(List.of(args));
        return CliRunner.run(all.toArray(String[]::new));
    }

    JsonNode json(CliRunner.Run r) throws Exception {
        assertThat(r.code()).as(r.err()).isZero();
        return Json.parse(r.out());
    }

    void ok(CliRunner.Run r) {
        assertThat(r.code()).as(r.err()).isZero();
    }

    JsonNode manifest() throws Exception {
        return json(cli("case", "show", CASE, "--json")).get("manifest");
    }

    static String creditCode() {
        String first16 = "91610104MA6T0A2B";
        String first17 = first16 + Identifiers.orgCodeCheckChar(first16.substring(8, 16));
        return first17 + Identifiers.creditCodeCheckChar(first17);
    }

    static String idNumber() {
        String first17 = "61010319800506231";
        return first17 + Identifiers.idNumberCheckChar(first17);
    }

    @Test
    void aDraftIsScriptedToCompletionAndConfirmed() throws Exception {
        JsonNode d = json(cli("case", "draft", CASE, "--json"));
        assertThat(d.get("draft").asBoolean()).isTrue();
        assertThat(manifest().get("case").get("draft").asBoolean()).isTrue();

        CliRunner.Run refused = cli("case", "confirm", CASE, "--json");
        assertThat(refused.code()).isEqualTo(2);
        JsonNode error = Json.parse(refused.out()).get("error");
        assertThat(error.get("message").asText()).contains("草稿未确认");
        assertThat(error.get("problems").toString()).contains("parties[p1].creditCode").contains("parties[p2].idNumber");

        JsonNode v = json(cli("case", "validate", CASE, "--json"));
        assertThat(v.get("confirmable").asBoolean()).isFalse();
        assertThat(v.get("missing").toString()).contains("parties[p2].idNumber");

        JsonNode set = json(cli("case", "set", CASE, "parties[0].creditCode=" + creditCode(),
                "parties[p2].idNumber=" + idNumber(), "violations[0].proposed.fineYuan=25000",
                "documents[d7].deliveredOn=2024-04-12", "documents[d7].states.fineYuan=25000", "--json"));
        assertThat(set.get("edit").asInt()).isEqualTo(2);
        assertThat(set.get("changes")).hasSize(5);
        assertThat(set.get("changes").get(0).get("path").asText()).isEqualTo("parties[p1].creditCode");

        JsonNode added = json(cli("case", "add", CASE, "violation", "partyId=p1", "facts=未如实记录安全生产教育和培训情况",
                "violatedProvision=安全生产法28条4款", "penaltyProvision=安全生产法97条4项", "proposed.fineYuan=1万",
                "--json"));
        assertThat(added.get("added").get("violations[v2]").asText()).isEqualTo("v2");
        ok(cli("case", "link", CASE, "--evidence", "e1", "--violation", "v2"));
        ok(cli("case", "move", CASE, "--document", "d7", "--to", "1"));
        JsonNode m = manifest();
        assertThat(m.get("evidence").get(0).get("proves").toString()).isEqualTo("[\"v1\",\"v2\"]");
        assertThat(m.get("documents").get(0).get("id").asText()).isEqualTo("d7");
        assertThat(m.get("violations").get(1).get("proposed").get("fineYuan").asLong()).isEqualTo(10000);

        JsonNode ok = json(cli("case", "confirm", CASE, "--json"));
        assertThat(ok.get("draft").asBoolean()).isFalse();
        JsonNode confirmed = manifest();
        assertThat(confirmed.get("case").has("draft")).isFalse();
        assertThat(json(cli("case", "validate", CASE, "--json")).get("confirmable").asBoolean()).isTrue();
        assertThat(json(cli("audit", "verify", "--json")).get("intact").asBoolean()).isTrue();

        // the confirmed case exports and imports again unchanged
        Path out = tmp.resolve("out.jrcase");
        json(cli("case", "export", CASE, "--out", out.toString(), "--json"));
        Path ws2 = tmp.resolve("ws2");
        CliRunner.Run imp = CliRunner.run("--workspace", ws2.toString(), "case", "import", out.toString());
        assertThat(imp.code()).as(imp.err()).isZero();
        JsonNode again = json(CliRunner.run("--workspace", ws2.toString(), "case", "show", CASE, "--json"))
                .get("manifest");
        assertThat(again).isEqualTo(confirmed);
    }

    @Test
    void replaceFileUndoRedoAndHistory() throws Exception {
        Path f = tmp.resolve("e1-更清晰.jpg");
        Files.writeString(f, "JPEG-BYTES-e1-better");
        JsonNode r = json(cli("case", "replace-file", CASE, "--evidence", "e1", f.toString(), "--json"));
        assertThat(r.get("changes").toString()).contains("evidence[e1].sha256");
        assertThat(manifest().get("evidence").get(0).get("sha256").asText()).isEqualTo(Vault.hash(f));
        JsonNode h = json(cli("case", "history", CASE, "--json"));
        assertThat(h.get("files")).hasSize(1);
        assertThat(h.get("files").get(0).get("item").asText()).isEqualTo("evidence[e1]");
        String old = h.get("files").get(0).get("sha256").asText();
        assertThat(Files.isRegularFile(ws.resolve("vault").resolve(old.substring(0, 2)).resolve(old))).isTrue();

        ok(cli("case", "undo", CASE));
        assertThat(manifest().get("evidence").get(0).get("sha256").asText()).isEqualTo(old);
        ok(cli("case", "redo", CASE));
        assertThat(manifest().get("evidence").get(0).get("sha256").asText()).isEqualTo(Vault.hash(f));
        assertThat(json(cli("case", "history", CASE, "--json")).get("edits")).hasSize(1);
        CliRunner.Run nothing = cli("case", "redo", CASE);
        assertThat(nothing.code()).isEqualTo(2);
        assertThat(nothing.err()).contains("没有可重做的修改");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "set|parties[p1].creditCode=91610104MA6T0A2B3C",   // check character
            "set|parties[p2].idNumber=610104198002301234",      // no such birth date
            "set|documents[d7].date=2024-02-01",                // before filing
            "set|documents[d7].deliveredOn=2024-02-30",         // no such day
            "set|violations[v1].proposed.fineYuan=200000",      // above 第九十七条's maximum
            "set|violations[v1].penaltyProvision=安全生产法第九百条",
            "set|violations[v1].proposed.fineYuan=abc",
            "set|parties[p7].name=某",
            "set|parties[p1].shoeSize=42",
            "set|case.caseNumber=",
            "set|case.title",
            "set|case.title=新名称|case.filedOn=tomorrow",      // one bad value: nothing of the two
            "add|building|name=x",
            "remove|parties[p1]",                               // a violation names it
            "remove|documents[d1]",
            "link|--evidence|e1|--violation|v9",
            "move|--document|d7|--to|9",
            "move|--document|d7|--evidence|e1|--to|1",
            "replace-file|--document|d7|/no/such/file.pdf",
            "undo",
            "confirm",
    })
    void badInputExitsWithTwoNamesTheFieldAndWritesNothing(String spec) throws Exception {
        Map<String, String> before = TestPackages.snapshot(ws);
        String[] given = spec.split("\\|");
        List<String> args = new ArrayList<>(List.of("case", given[0], CASE));
        args.addAll(List.of(given).subList(1, given.length));
        args.add("--json");
        if (spec.equals("confirm")) {
            // a draft with the fixture's invalid credit code cannot be confirmed
            ok(cli("case", "draft", CASE));
            before = TestPackages.snapshot(ws);
        }
        CliRunner.Run r = cli(args.toArray(String[]::new));
        assertThat(r.code()).as(spec + "\n" + r.err()).isEqualTo(2);
        assertThat(r.err()).as(spec).isNotBlank();
        JsonNode error = Json.parse(r.out()).get("error");
        assertThat(error.get("exitCode").asInt()).isEqualTo(2);
        assertThat(TestPackages.snapshot(ws)).as(spec + ": workspace unchanged").isEqualTo(before);
        if (given[0].equals("set") && given.length > 1 && given[1].contains("=")) {
            String path = given[given.length - 1].substring(0, given[given.length - 1].indexOf('='));
            // the field, or for the procedure's date order the document it concerns
            String named = path.contains("]") ? path.substring(0, path.indexOf(']') + 1) : path;
            assertThat(error.get("problems").toString()).as(spec).contains(named);
        }
    }
}
