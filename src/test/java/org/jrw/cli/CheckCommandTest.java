package org.jrw.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jrw.codec.Json;
import org.jrw.logic.dossier.DossierService;
import org.jrw.model.Dossier;
import org.jrw.persistence.Workspace;
import org.jrw.testing.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    @TempDir
    Path tmp;

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> findings(String json) {
        return (List<Map<String, Object>>) Json.readMap(json).get("findings");
    }

    @Test
    void demoCaseHasNoErrorAndAlteredFileIsFound() throws Exception {
        Path ws = tmp.resolve("ws");
        CliRunner.Run imp = CliRunner.run("--workspace", ws.toString(), "--json", "case", "import",
                Path.of("resources/demo/demo.jrcase").toAbsolutePath().toString());
        assertEquals(0, imp.code(), imp.err());
        CliRunner.Run r = CliRunner.run("--workspace", ws.toString(), "--json", "check", "西应急罚〔2024〕37号");
        assertEquals(0, r.code(), r.err());
        Map<String, Object> out = Json.readMap(r.out());
        assertTrue(out.get("caseId") instanceof String);
        assertTrue(findings(r.out()).stream().noneMatch(f -> "error".equals(f.get("severity"))), r.out());

        String sha;
        try (Workspace w = Workspace.open(ws)) {
            Dossier d = new DossierService(w).load("西应急罚〔2024〕37号");
            sha = d.evidence().get(0).sha256();
            Path file = w.vault().pathOf(sha);
            file.toFile().setWritable(true);
            Files.write(file, "tampered".getBytes());
        }
        CliRunner.Run again = CliRunner.run("--workspace", ws.toString(), "--json", "check", "西应急罚〔2024〕37号");
        assertEquals(0, again.code(), again.err());
        assertTrue(findings(again.out()).stream().anyMatch(f -> "EVIDENCE_HASH_MISMATCH".equals(f.get("code"))
                && "error".equals(f.get("severity")) && ((List<?>) f.get("refs")).contains("e01")), again.out());
    }

    /** The text output is for a person: severity and category in words, no finding codes, notes counted as notes. */
    @Test
    void theTextOutputSpeaksTheInterfaceLanguage() {
        Path ws = tmp.resolve("ws3");
        assertEquals(0, CliRunner.run("--workspace", ws.toString(), "case", "import",
                Path.of("resources/demo/demo.jrcase").toAbsolutePath().toString()).code());
        CliRunner.Run zh = CliRunner.run("--workspace", ws.toString(), "check", "西应急罚〔2024〕37号");
        assertEquals(0, zh.code(), zh.err());
        assertTrue(zh.out().contains("[警告] 裁量"), zh.out());
        assertTrue(zh.out().contains("[未核对] 本地裁量基准未导入"), zh.out());
        assertTrue(zh.out().matches("(?s).*提示 0 项；未核对事项 [1-9] 项.*"), zh.out());
        assertTrue(!zh.out().contains("NO_PENALTY_CANDIDATE") && !zh.out().contains("[warning]")
                && !zh.out().contains("[note]"), zh.out());
        CliRunner.Run en = CliRunner.run("--workspace", ws.toString(), "--lang", "en", "check", "西应急罚〔2024〕37号");
        assertEquals(0, en.code(), en.err());
        assertTrue(en.out().contains("[warning] Discretion") || en.out().contains("[Warning] Discretion"), en.out());
        assertTrue(en.out().contains("not checked"), en.out());
        assertTrue(!en.out().contains("note(s)") && !en.out().contains("NO_PENALTY_CANDIDATE"), en.out());
    }

    @Test
    void unknownCaseIsBadInput() {
        CliRunner.Run r = CliRunner.run("--workspace", tmp.resolve("ws2").toString(), "check", "no-such-case");
        assertEquals(2, r.code());
    }
}
