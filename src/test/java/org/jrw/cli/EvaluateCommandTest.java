package org.jrw.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jrw.codec.Json;
import org.jrw.testing.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {
    @TempDir
    Path tmp;

    @Test
    @SuppressWarnings("unchecked")
    void demoCaseIsGradedAndRecorded() {
        Path ws = tmp.resolve("ws");
        CliRunner.Run imp = CliRunner.run("--workspace", ws.toString(), "--json", "case", "import",
                Path.of("resources/demo/demo.jrcase").toAbsolutePath().toString());
        assertEquals(0, imp.code(), imp.err());
        CliRunner.Run r = CliRunner.run("--workspace", ws.toString(), "--json", "evaluate", "西应急罚〔2024〕37号");
        assertEquals(0, r.code(), r.err());
        Map<String, Object> out = Json.readMap(r.out());
        assertEquals(List.of("score", "grade", "items"), List.copyOf(out.keySet()));
        assertEquals(96, out.get("score")); // 自由裁量 −4: NO_PENALTY_CANDIDATE (第三十三条第一款 可以不予处罚)
        assertEquals("优秀", out.get("grade"));
        List<Map<String, Object>> items = (List<Map<String, Object>>) out.get("items");
        assertFalse(items.isEmpty());
        for (Map<String, Object> i : items) {
            assertTrue(i.get("basis") instanceof String b && !b.isBlank(), i.toString());
        }
        CliRunner.Run human = CliRunner.run("--workspace", ws.toString(), "evaluate", "西应急罚〔2024〕37号");
        assertEquals(0, human.code(), human.err());
        assertTrue(human.out().contains("优秀"), human.out());
        CliRunner.Run audit = CliRunner.run("--workspace", ws.toString(), "--json", "audit", "verify");
        assertEquals(0, audit.code(), audit.out() + audit.err());
    }

    @Test
    void unknownCaseIsBadInputAndWritesNothing() {
        Path ws = tmp.resolve("ws2");
        CliRunner.Run r = CliRunner.run("--workspace", ws.toString(), "--json", "evaluate", "no-such-case");
        assertEquals(2, r.code());
        assertTrue(Json.readMap(r.out()).containsKey("error"), r.out());
        assertFalse(Files.exists(ws));
    }
}
