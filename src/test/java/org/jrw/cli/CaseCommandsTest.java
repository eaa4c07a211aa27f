package org.jrw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jrw.codec.Json;
import org.jrw.testing.CliRunner;
import org.jrw.testing.TestPackages;
import org.jrw.testing.TestPackages.Pkg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The case commands end to end on real SQLite workspaces in temp folders. */
@org.junit.jupiter.api.Tag("slow") // over 30 s: left out by -Pquick, always run by mvn verify and CI
class CaseCommandsTest {
    @TempDir
    Path tmp;

    private static JsonNode json(String s) throws Exception {
        return Json.parse(s);
    }

    @Test
    void importListExportRoundTripIsStable() throws Exception {
        Path ws1 = tmp.resolve("ws1");
        Path pkg = TestPackages.valid().writeZip(tmp.resolve("in.jrcase"));
        CliRunner.Run imp = CliRunner.run("--workspace", ws1.toString(), "case", "import", pkg.toString(), "--json");
        assertThat(imp.code()).as(imp.err()).isZero();
        JsonNode r = json(imp.out());
        assertThat(r.get("caseNumber").asText()).isEqualTo("西应急罚〔2024〕99号");
        assertThat(r.get("documents").asInt()).isEqualTo(2);
        assertThat(r.get("evidence").asInt()).isEqualTo(1);
        assertThat(r.get("warnings").isArray()).isTrue();
        String caseId = r.get("caseId").asText();

        JsonNode list = json(CliRunner.run("--workspace", ws1.toString(), "case", "list", "--json").out());
        assertThat(list.get("cases")).hasSize(1);
        assertThat(list.get("cases").get(0).get("caseId").asText()).isEqualTo(caseId);
        assertThat(list.get("cases").get(0).get("status").asText()).isEqualTo("拟作出决定");

        Path out1 = tmp.resolve("out1.jrcase");
        CliRunner.Run exp = CliRunner.run("--workspace", ws1.toString(), "case", "export", "西应急罚〔2024〕99号",
                "--out", out1.toString(), "--json");
        assertThat(exp.code()).as(exp.err()).isZero();
        assertThat(json(exp.out()).get("sha256").asText())
                .isEqualTo(org.jrw.persistence.Vault.hash(out1));

        Path ws2 = tmp.resolve("ws2");
        assertThat(CliRunner.run("--workspace", ws2.toString(), "case", "import", out1.toString()).code()).isZero();
        Path out2 = tmp.resolve("out2.jrcase");
        assertThat(CliRunner.run("--workspace", ws2.toString(), "case", "export", "西应急罚〔2024〕99号", "--out",
                out2.toString()).code()).isZero();
        // same manifest content and file hashes; with fixed entry times even the same bytes
        assertThat(Files.readAllBytes(out2)).isEqualTo(Files.readAllBytes(out1));
        JsonNode manifest = readManifest(out1);
        assertThat(manifest.get("futureTopLevel").asText()).isEqualTo("kept too");
        assertThat(manifest.get("case").get("customCaseField").asText()).isEqualTo("kept");
        assertThat(manifest.get("parties").get(1).get("vendorData").get("x").decimalValue())
                .isEqualByComparingTo("1.5");
        assertThat(manifest.get("documents").get(1).get("states").get("fineYuan").asInt()).isEqualTo(20000);
        assertThat(manifest.get("evidence").get(0).get("proves").get(0).asText()).isEqualTo("v1");
        // every name flagged UTF-8 and written as from Unix, so unzip (Info-ZIP) shows Chinese names, not mojibake
        try (var z = org.apache.commons.compress.archivers.zip.ZipFile.builder().setPath(out1).get()) {
            var entries = java.util.Collections.list(z.getEntries());
            assertThat(entries).isNotEmpty().allSatisfy(e -> {
                assertThat(e.getGeneralPurposeBit().usesUTF8ForNames()).as(e.getName()).isTrue();
                assertThat(e.getPlatform()).as(e.getName())
                        .isEqualTo(org.apache.commons.compress.archivers.zip.ZipArchiveEntry.PLATFORM_UNIX);
            });
        }
    }

    private static JsonNode readManifest(Path zip) throws Exception {
        try (var z = new java.util.zip.ZipFile(zip.toFile())) {
            return Json.parse(z.getInputStream(z.getEntry("manifest.json")).readAllBytes());
        }
    }

    @Test
    void directoryPackageImportsAndReportsUnlistedFiles() throws Exception {
        Pkg p = TestPackages.valid();
        Path dir = p.writeDir(tmp.resolve("pkgdir"));
        Files.writeString(dir.resolve("files/stray.txt"), "not listed");
        CliRunner.Run r = CliRunner.run("--workspace", tmp.resolve("ws").toString(), "case", "import", dir.toString(),
                "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(json(r.out()).get("warnings").toString()).contains("files/stray.txt");
    }

    @Test
    void duplicateCaseNumberIsRefusedUnlessReplaced() throws Exception {
        Path ws = tmp.resolve("ws");
        Path pkg = TestPackages.valid().writeZip(tmp.resolve("a.jrcase"));
        assertThat(CliRunner.run("--workspace", ws.toString(), "case", "import", pkg.toString()).code()).isZero();
        Map<String, String> before = TestPackages.snapshot(ws);
        CliRunner.Run again = CliRunner.run("--workspace", ws.toString(), "case", "import", pkg.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("西应急罚〔2024〕99号").contains("--replace");
        assertThat(TestPackages.snapshot(ws)).isEqualTo(before);
        CliRunner.Run replaced = CliRunner.run("--workspace", ws.toString(), "case", "import", pkg.toString(),
                "--replace", "--json");
        assertThat(replaced.code()).as(replaced.err()).isZero();
        assertThat(json(replaced.out()).get("replaced").asBoolean()).isTrue();
        JsonNode list = json(CliRunner.run("--workspace", ws.toString(), "case", "list", "--json").out());
        assertThat(list.get("cases")).hasSize(1);
    }

    static Stream<Arguments> damaged() {
        return Stream.of(
                Arguments.of("unsupported version", (Consumer<Pkg>) p -> p.manifest.put("version", 2), "版本"),
                Arguments.of("wrong format", (Consumer<Pkg>) p -> p.manifest.put("format", "other"), "format"),
                Arguments.of("no case number", (Consumer<Pkg>) p -> ((ObjectNode) p.manifest.get("case"))
                        .remove("caseNumber"), "case.caseNumber"),
                Arguments.of("no title", (Consumer<Pkg>) p -> ((ObjectNode) p.manifest.get("case"))
                        .put("title", "  "), "case.title"),
                Arguments.of("no parties", (Consumer<Pkg>) p -> p.manifest.putArray("parties"), "parties"),
                Arguments.of("bad date", (Consumer<Pkg>) p -> ((ObjectNode) p.manifest.get("case"))
                        .put("filedOn", "2024-02-30"), "case.filedOn"),
                Arguments.of("slash date", (Consumer<Pkg>) p -> p.doc(0).put("date", "2024/03/04"),
                        "documents[0].date"),
                Arguments.of("unknown party ref", (Consumer<Pkg>) p -> ((ObjectNode) p.manifest.get("violations")
                        .get(0)).put("partyId", "p9"), "p9"),
                Arguments.of("unknown proves ref", (Consumer<Pkg>) p -> p.evidence(0).putArray("proves").add("v7"),
                        "v7"),
                Arguments.of("proves listed twice", (Consumer<Pkg>) p -> p.evidence(0).putArray("proves").add("v1")
                        .add("v1"), "evidence[0].proves[1]"),
                Arguments.of("duplicate id", (Consumer<Pkg>) p -> p.doc(1).put("id", "d1"), "d1"),
                Arguments.of("fractional fine", (Consumer<Pkg>) p -> ((ObjectNode) p.manifest.get("violations")
                        .get(0).get("proposed")).put("fineYuan", 20000.5), "fineYuan"),
                Arguments.of("fine as text", (Consumer<Pkg>) p -> ((ObjectNode) p.manifest.get("violations")
                        .get(0).get("proposed")).put("fineYuan", "两万"), "fineYuan"),
                Arguments.of("bad party kind", (Consumer<Pkg>) p -> ((ObjectNode) p.manifest.get("parties").get(0))
                        .put("kind", "company"), "parties[0].kind"),
                Arguments.of("hash mismatch", (Consumer<Pkg>) p -> p.files.put("files/e1.jpg",
                        "tampered".getBytes(StandardCharsets.UTF_8)), "files/e1.jpg"),
                Arguments.of("missing file", (Consumer<Pkg>) p -> p.files.remove("files/07-告知书.pdf"),
                        "files/07-告知书.pdf"),
                Arguments.of("malformed sha", (Consumer<Pkg>) p -> p.doc(0).put("sha256", "abc"), "sha256"),
                Arguments.of("file without sha", (Consumer<Pkg>) p -> p.doc(0).remove("sha256"),
                        "documents[0].sha256"),
                Arguments.of("traversal path", (Consumer<Pkg>) p -> p.doc(0).put("file", "../outside.pdf"), ".."),
                Arguments.of("absolute path", (Consumer<Pkg>) p -> p.doc(0).put("file", "/etc/passwd"),
                        "/etc/passwd"),
                Arguments.of("backslash path", (Consumer<Pkg>) p -> p.doc(0).put("file", "files\\x.pdf"),
                        "files\\x.pdf"),
                Arguments.of("parties not array", (Consumer<Pkg>) p -> p.manifest.put("parties", "p1"), "parties"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damaged")
    void damagedPackagesAreRefusedAndLeaveTheWorkspaceUnchanged(String name, Consumer<Pkg> damage, String named)
            throws Exception {
        Path ws = seededWorkspace();
        Map<String, String> before = TestPackages.snapshot(ws);
        Pkg p = TestPackages.valid("西应急罚〔2024〕100号");
        damage.accept(p);
        for (Path pkg : new Path[] {p.writeZip(tmp.resolve("bad.jrcase")), p.writeDir(tmp.resolve("bad-dir"))}) {
            CliRunner.Run r = CliRunner.run("--workspace", ws.toString(), "case", "import", pkg.toString(), "--json");
            assertThat(r.code()).as(name + ": " + r.err()).isEqualTo(2);
            assertThat(r.err()).as(name).contains(named);
            assertThat(json(r.out()).get("error").get("exitCode").asInt()).isEqualTo(2);
            // the JSON message names the package as the console message does
            assertThat(json(r.out()).get("error").get("message").asText()).as(name)
                    .contains(pkg.getFileName().toString());
            assertThat(TestPackages.snapshot(ws)).as(name).isEqualTo(before);
        }
    }

    /** A workspace that already holds one case, so "unchanged" is checked against real content. */
    private Path seededWorkspace() throws Exception {
        Path ws = tmp.resolve("seeded");
        Path pkg = TestPackages.valid().writeZip(tmp.resolve("seed.jrcase"));
        assertThat(CliRunner.run("--workspace", ws.toString(), "case", "import", pkg.toString()).code()).isZero();
        return ws;
    }

    @Test
    void malformedJsonIsRefusedWithItsPosition() throws Exception {
        Path ws = seededWorkspace();
        Map<String, String> before = TestPackages.snapshot(ws);
        Path pkg = TestPackages.valid("X").writeZip(tmp.resolve("bad.jrcase"),
                "{\"format\": \"jrw-dossier\", \"version\": 1,".getBytes(StandardCharsets.UTF_8));
        CliRunner.Run r = CliRunner.run("--workspace", ws.toString(), "case", "import", pkg.toString());
        assertThat(r.code()).isEqualTo(2);
        // in the user's language, with where and what: never the parser's English message
        assertThat(r.err()).contains("manifest.json", "第 1 行", "内容不完整").doesNotContain("Unexpected", "line");
        assertThat(TestPackages.snapshot(ws)).isEqualTo(before);
    }

    @Test
    void duplicateJsonKeysAreRefused() throws Exception {
        Path ws = seededWorkspace();
        Map<String, String> before = TestPackages.snapshot(ws);
        String text = Json.pretty(TestPackages.valid("Y").manifest).replaceFirst("\\{", "{\"version\": 1,");
        Path pkg = TestPackages.valid("Y").writeZip(tmp.resolve("dup.jrcase"), text.getBytes(StandardCharsets.UTF_8));
        CliRunner.Run r = CliRunner.run("--workspace", ws.toString(), "case", "import", pkg.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("键“version”出现了两次").doesNotContain("Duplicate");
        assertThat(TestPackages.snapshot(ws)).isEqualTo(before);
    }

    @Test
    void hostileZipEntriesAreRefused() throws Exception {
        Path ws = seededWorkspace();
        Map<String, String> before = TestPackages.snapshot(ws);
        Pkg p = TestPackages.valid("Z");
        for (String evil : new String[] {"../evil.txt", "/abs.txt", "files/../../evil.txt", "C:/x.txt"}) {
            Map<String, byte[]> entries = new LinkedHashMap<>();
            entries.put("manifest.json", Json.pretty(p.manifest).getBytes(StandardCharsets.UTF_8));
            entries.putAll(p.files);
            entries.put(evil, "x".getBytes(StandardCharsets.UTF_8));
            Path zip = TestPackages.zip(tmp.resolve("evil.jrcase"), entries);
            CliRunner.Run r = CliRunner.run("--workspace", ws.toString(), "case", "import", zip.toString());
            assertThat(r.code()).as(evil).isEqualTo(2);
            assertThat(r.err()).as(evil).contains(evil);
            assertThat(TestPackages.snapshot(ws)).isEqualTo(before);
        }
        assertThat(tmp.resolve("evil.txt")).doesNotExist();
    }

    @Test
    void symbolicLinksInADirectoryPackageAreRefused() throws Exception {
        Path ws = seededWorkspace();
        Map<String, String> before = TestPackages.snapshot(ws);
        Pkg p = TestPackages.valid("L");
        Path dir = p.writeDir(tmp.resolve("linked"));
        Path secret = Files.writeString(tmp.resolve("secret.jpg"), "JPEG-BYTES-e1");
        Files.delete(dir.resolve("files/e1.jpg"));
        Files.createSymbolicLink(dir.resolve("files/e1.jpg"), secret);
        CliRunner.Run r = CliRunner.run("--workspace", ws.toString(), "case", "import", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("files/e1.jpg");
        assertThat(TestPackages.snapshot(ws)).isEqualTo(before);
    }

    @Test
    void aFailedFirstCommandLeavesNoWorkspaceBehind() throws Exception {
        Path ws = tmp.resolve("never");
        Pkg p = TestPackages.valid();
        p.manifest.put("version", 9);
        CliRunner.Run r = CliRunner.run("--workspace", ws.toString(), "case", "import",
                p.writeZip(tmp.resolve("v9.jrcase")).toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(ws).doesNotExist();
    }

    @Test
    void notAZipAndMissingPackageAreBadInput() throws Exception {
        Path ws = seededWorkspace();
        Path junk = Files.writeString(tmp.resolve("junk.jrcase"), "this is not a zip");
        assertThat(CliRunner.run("--workspace", ws.toString(), "case", "import", junk.toString()).code()).isEqualTo(2);
        CliRunner.Run missing = CliRunner.run("--workspace", ws.toString(), "case", "import",
                tmp.resolve("nope.jrcase").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.jrcase");
    }

    @Test
    void exportOfAnUnknownCaseIsBadInput() {
        CliRunner.Run r = CliRunner.run("--workspace", tmp.resolve("ws").toString(), "case", "export", "nope",
                "--out", tmp.resolve("x.jrcase").toString(), "--json");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("nope");
        assertThat(tmp.resolve("x.jrcase")).doesNotExist();
    }

    @Test
    void usageErrorsAreExitTwoAndEnglishOnRequest() {
        CliRunner.Run r = CliRunner.run("case", "frobnicate");
        assertThat(r.code()).isEqualTo(2);
        CliRunner.Run en = CliRunner.run("--lang", "en", "--workspace", tmp.resolve("w").toString(), "case", "export",
                "nope", "--out", tmp.resolve("x").toString());
        assertThat(en.code()).isEqualTo(2);
        assertThat(en.err()).contains("No case \"nope\"");
        assertThat(CliRunner.run("--lang", "fr", "case", "list").code()).isEqualTo(2);
    }

    @Test
    void versionAndHelp() {
        CliRunner.Run v = CliRunner.run("--version");
        assertThat(v.code()).isZero();
        assertThat(v.out()).startsWith("jrw ");
        CliRunner.Run h = CliRunner.run("--help");
        assertThat(h.code()).isZero();
        assertThat(h.out()).contains("init").contains("case");
        // picocli's own help command speaks the interface language too; case and workspace say what they hold now
        assertThat(h.out()).doesNotContain("Display help information").contains("显示某个命令的帮助", "从文书建案",
                "所属地区");
    }
}
