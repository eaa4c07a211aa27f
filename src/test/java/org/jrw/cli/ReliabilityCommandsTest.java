package org.jrw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.jrw.codec.Json;
import org.jrw.persistence.Vault;
import org.jrw.persistence.Workspace;
import org.jrw.testing.CliRunner;
import org.jrw.testing.TestPackages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Audit chain, workspace lock, integrity check, backup and restore through the command line. */
class ReliabilityCommandsTest {
    @TempDir
    Path tmp;

    private Path workspaceWithTwoCases() throws Exception {
        Path ws = tmp.resolve("ws");
        for (String n : new String[] {"A〔2024〕1号", "A〔2024〕2号"}) {
            Path pkg = TestPackages.valid(n).writeZip(tmp.resolve(n.hashCode() + ".jrcase"));
            assertThat(CliRunner.run("--workspace", ws.toString(), "case", "import", pkg.toString()).code()).isZero();
        }
        assertThat(CliRunner.run("--workspace", ws.toString(), "case", "export", "A〔2024〕1号", "--out",
                tmp.resolve("e.jrcase").toString()).code()).isZero();
        return ws;
    }

    private static void sql(Path ws, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ws.resolve("workspace.db"));
             Statement s = c.createStatement()) {
            s.executeUpdate("DROP TRIGGER IF EXISTS audit_no_update");
            s.executeUpdate("DROP TRIGGER IF EXISTS audit_no_delete");
            for (String st : statements) {
                s.executeUpdate(st);
            }
        }
    }

    private static JsonNode verify(Path ws, int expectedCode) throws Exception {
        CliRunner.Run r = CliRunner.run("--workspace", ws.toString(), "audit", "verify", "--json");
        assertThat(r.code()).as(r.err()).isEqualTo(expectedCode);
        return Json.parse(r.out());
    }

    @Test
    void theAuditTrailRecordsImportsAndExportsAndVerifies() throws Exception {
        Path ws = workspaceWithTwoCases();
        JsonNode v = verify(ws, 0);
        assertThat(v.get("entries").asInt()).isEqualTo(3);
        assertThat(v.get("intact").asBoolean()).isTrue();
        JsonNode list = Json.parse(CliRunner.run("--workspace", ws.toString(), "audit", "list", "--case",
                "A〔2024〕1号", "--json").out());
        assertThat(list.get("entries")).hasSize(2);
        assertThat(list.get("entries").get(0).get("action").asText()).isEqualTo("case.import");
        assertThat(list.get("entries").get(1).get("action").asText()).isEqualTo("case.export");
        assertThat(list.get("entries").get(0).get("after").asText()).hasSize(64);
    }

    @Test
    void anEditedEntryIsDetected() throws Exception {
        Path ws = workspaceWithTwoCases();
        sql(ws, "UPDATE audit_log SET actor = 'someone else' WHERE seq = 2");
        JsonNode v = verify(ws, 3);
        assertThat(v.get("intact").asBoolean()).isFalse();
        assertThat(v.get("problems").toString()).contains("第 2 条");
    }

    @Test
    void aRemovedEntryIsDetected() throws Exception {
        Path ws = workspaceWithTwoCases();
        sql(ws, "DELETE FROM audit_log WHERE seq = 2");
        assertThat(verify(ws, 3).get("entries").asInt()).isEqualTo(2);
    }

    @Test
    void aRemovedLastEntryIsDetectedThroughTheHead() throws Exception {
        Path ws = workspaceWithTwoCases();
        sql(ws, "DELETE FROM audit_log WHERE seq = 3");
        assertThat(verify(ws, 3).get("problems").toString()).contains("审计链头记录为 3 条").doesNotContain("第 3 条");
    }

    @Test
    void reorderedEntriesAreDetected() throws Exception {
        Path ws = workspaceWithTwoCases();
        sql(ws, "UPDATE audit_log SET seq = seq + 100 WHERE seq IN (1, 2)",
                "UPDATE audit_log SET seq = 2 WHERE seq = 101", "UPDATE audit_log SET seq = 1 WHERE seq = 102");
        assertThat(verify(ws, 3).get("intact").asBoolean()).isFalse();
    }

    @Test
    void theProgramItselfCannotRewriteHistory() throws Exception {
        Path ws = workspaceWithTwoCases();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ws.resolve("workspace.db"));
             Statement s = c.createStatement()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit_log"))
                    .hasMessageContaining("append-only");
        }
    }

    @Test
    void aSecondWriterIsRefusedWithTheHolderNamedAndReadersStillWork() throws Exception {
        Path ws = workspaceWithTwoCases();
        try (Workspace held = Workspace.open(ws)) {
            Path pkg = TestPackages.valid("B1").writeZip(tmp.resolve("b1.jrcase"));
            CliRunner.Run r = CliRunner.run("--workspace", ws.toString(), "case", "import", pkg.toString());
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains("正由").contains(System.getProperty("user.name")).contains("since");
            CliRunner.Run list = CliRunner.run("--workspace", ws.toString(), "case", "list", "--json");
            assertThat(list.code()).as(list.err()).isZero();
            assertThat(Json.parse(list.out()).get("cases")).hasSize(2);
            assertThat(Workspace.holder(ws)).isNotNull();
            assertThat(held.readOnly()).isFalse();
        }
        assertThat(Workspace.holder(ws)).isNull();
    }

    @Test
    void integrityCheckFindsAlteredAndOrphanVaultFiles() throws Exception {
        Path ws = workspaceWithTwoCases();
        JsonNode ok = Json.parse(CliRunner.run("--workspace", ws.toString(), "workspace", "verify", "--json").out());
        assertThat(ok.get("intact").asBoolean()).isTrue();
        assertThat(ok.get("database").asText()).isEqualTo("ok");
        Vault vault = new Vault(ws.resolve("vault"), ws.resolve("tmp"));
        String sha = vault.list().get(0);
        Path f = vault.pathOf(sha);
        f.toFile().setWritable(true);
        Files.writeString(f, "altered");
        CliRunner.Run r = CliRunner.run("--workspace", ws.toString(), "workspace", "verify", "--json");
        assertThat(r.code()).isEqualTo(3);
        assertThat(Json.parse(r.out()).get("faults").toString()).contains(sha).contains("不符");
    }

    @Test
    void vaultFilesOfAnUncommittedImportAreRemovedOnOpen() throws Exception {
        Path ws = workspaceWithTwoCases();
        String orphan = Vault.hash("left by a crash".getBytes());
        Path p = ws.resolve("vault").resolve(orphan.substring(0, 2)).resolve(orphan);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "left by a crash");
        try (Workspace w = Workspace.open(ws)) {
            assertThat(w.vault().contains(orphan)).isFalse();
        }
    }

    @Test
    void backupAndRestoreRoundTrip() throws Exception {
        Path ws = workspaceWithTwoCases();
        Path backup = tmp.resolve("backup-1");
        CliRunner.Run b = CliRunner.run("--workspace", ws.toString(), "backup", "--out", backup.toString(), "--json");
        assertThat(b.code()).as(b.err()).isZero();
        assertThat(Json.parse(b.out()).get("vaultFiles").asInt()).isEqualTo(3);
        Path restored = tmp.resolve("restored");
        CliRunner.Run r = CliRunner.run("--workspace", restored.toString(), "restore", backup.toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Json.parse(r.out()).get("cases").asInt()).isEqualTo(2);
        assertThat(Json.parse(r.out()).get("intact").asBoolean()).isTrue();
        assertThat(verify(restored, 0).get("entries").asInt()).isEqualTo(3);
        assertThat(Json.parse(CliRunner.run("--workspace", restored.toString(), "case", "list", "--json").out())
                .get("cases")).hasSize(2);
        // restoring over a workspace that is not empty is refused and changes nothing
        var before = TestPackages.snapshot(ws);
        assertThat(CliRunner.run("--workspace", ws.toString(), "restore", backup.toString()).code()).isEqualTo(2);
        assertThat(TestPackages.snapshot(ws)).isEqualTo(before);
        // a backup target that exists is refused
        assertThat(CliRunner.run("--workspace", ws.toString(), "backup", "--out", backup.toString()).code())
                .isEqualTo(2);
    }
}
