package org.jrw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jrw.codec.Json;
import org.jrw.logic.signing.AuditAnchors;
import org.jrw.persistence.AuditDao;
import org.jrw.testing.CliRunner;
import org.jrw.testing.EvidenceFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Audit anchors (ADR 0091): the audit head signed by the workstation key travels in every opinion
 * and package; {@code audit verify --against FILE} proves the history still holds it. The attack:
 * someone with write access to the workspace rewrites an entry and recomputes the whole chain and
 * the head file — plain {@code audit verify} cannot tell, any copy sent out can.
 */
class AuditAnchorCommandsTest {
    static final String CASE = "西应急罚〔2024〕96号";

    @TempDir
    Path tmp;
    Path ws;
    Path pw;

    private CliRunner.Run cli(String... args) {
        return CliRunner.in(ws, args);
    }

    private static JsonNode ok(CliRunner.Run r) {
        return CliRunner.ok(r);
    }

    @BeforeEach
    void setUp() throws Exception {
        ws = tmp.resolve("ws");
        pw = Files.writeString(tmp.resolve("pw.txt"), "s3cret-pass\n");
        Path pkg = EvidenceFixtures.pkg(CASE).writeZip(tmp.resolve("in.jrcase"));
        ok(cli("case", "import", pkg.toString(), "--json"));
        ok(cli("review", "member", CASE, "--name", "王建国", "--role", "OFFICER", "--json"));
        ok(cli("review", "member", CASE, "--name", "李律师", "--role", "LEGAL_ADVISER", "--json"));
    }

    /** Rewrites one entry's details and recomputes every later hash and the head file, as an insider could. */
    private void rewriteHistory(long seq, String newDetails) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ws.resolve("workspace.db"));
             Statement st = c.createStatement()) {
            st.execute("DROP TRIGGER audit_no_update");
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT seq, at, actor, role, action, case_id, targets, before_digest, "
                    + "after_digest, details FROM audit_log ORDER BY seq")) {
                while (rs.next()) {
                    Object[] r = new Object[10];
                    for (int i = 0; i < 10; i++) {
                        r[i] = rs.getObject(i + 1);
                    }
                    rows.add(r);
                }
            }
            String prev = AuditDao.GENESIS;
            for (Object[] r : rows) {
                long s = ((Number) r[0]).longValue();
                String details = s == seq ? newDetails : (String) r[9];
                String h = AuditDao.hash(s, (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                        (String) r[6], (String) r[7], (String) r[8], details, prev);
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE audit_log SET details = ?, prev_hash = ?, hash = ? WHERE seq = ?")) {
                    ps.setString(1, details);
                    ps.setString(2, prev);
                    ps.setString(3, h);
                    ps.setLong(4, s);
                    ps.executeUpdate();
                }
                prev = h;
            }
            Files.writeString(ws.resolve("audit.head"), "{\"entries\": " + rows.size() + ", \"hash\": \"" + prev + "\"}",
                    StandardCharsets.UTF_8);
        }
    }

    @Test
    void aRewrittenChainPassesAloneButNotAgainstTheCopiesSentOut() throws Exception {
        Path opinion = tmp.resolve("opinion.pdf");
        ok(cli("opinion", "render", CASE, "--out", opinion.toString(), "--json"));
        Path review = tmp.resolve("review.jrreview");
        ok(cli("package", "export-review", CASE, "--out", review.toString(), "--password-file", pw.toString(),
                "--json"));
        AuditAnchors.Anchor a = AuditAnchors.fromPdf(opinion);
        assertThat(a).isNotNull();
        assertThat(a.seq()).isPositive();

        JsonNode good = ok(cli("audit", "verify", "--against", opinion.toString(), "--against", review.toString(),
                "--password-file", pw.toString(), "--json"));
        assertThat(good.get("intact").asBoolean()).isTrue();
        assertThat(good.get("anchors")).hasSize(2);
        good.get("anchors").forEach(x -> assertThat(x.get("held").asBoolean()).isTrue());
        assertThat(good.get("anchors").get(1).get("seq").asLong()).isGreaterThan(a.seq());

        // the insider: the member 李律师 "was never added" — entry 3 rewritten, chain and head recomputed
        rewriteHistory(3, "{\"member\":\"张某\",\"role\":\"LEGAL_ADVISER\"}");
        assertThat(ok(cli("audit", "verify", "--json")).get("intact").asBoolean()).isTrue();
        CliRunner.Run caught = cli("audit", "verify", "--against", opinion.toString(), "--json");
        assertThat(caught.code()).isEqualTo(3);
        JsonNode cj = Json.parse(caught.out());
        assertThat(cj.get("intact").asBoolean()).isFalse();
        assertThat(cj.get("anchors").get(0).get("held").asBoolean()).isFalse();
        assertThat(cj.get("problems").toString()).contains("审计记录被改写", "第 " + a.seq() + " 条");
    }

    @Test
    void aCutChainAndForeignOrMissingAnchorsAreReported() throws Exception {
        Path opinion = tmp.resolve("opinion.pdf");
        ok(cli("opinion", "render", CASE, "--out", opinion.toString(), "--json"));
        AuditAnchors.Anchor a = AuditAnchors.fromPdf(opinion);
        // cut everything from the anchor on, head rewritten to match
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ws.resolve("workspace.db"));
             Statement st = c.createStatement()) {
            st.execute("DROP TRIGGER audit_no_delete");
            st.execute("DELETE FROM audit_log WHERE seq >= " + a.seq());
            String last;
            try (ResultSet rs = st.executeQuery("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1")) {
                rs.next();
                last = rs.getString(1);
            }
            Files.writeString(ws.resolve("audit.head"), "{\"entries\": " + (a.seq() - 1) + ", \"hash\": \"" + last
                    + "\"}", StandardCharsets.UTF_8);
        }
        assertThat(ok(cli("audit", "verify", "--json")).get("intact").asBoolean()).isTrue();
        CliRunner.Run cut = cli("audit", "verify", "--against", opinion.toString());
        assertThat(cut.code()).isEqualTo(3);
        assertThat(cut.out()).contains("审计记录被截短");

        // an anchor from another workspace's key
        Path other = tmp.resolve("other");
        Path pkg = EvidenceFixtures.pkg("西应急罚〔2024〕95号").writeZip(tmp.resolve("in2.jrcase"));
        ok(CliRunner.run("--workspace", other.toString(), "case", "import", pkg.toString(), "--json"));
        Path foreign = tmp.resolve("foreign.pdf");
        ok(CliRunner.run("--workspace", other.toString(), "opinion", "render", "西应急罚〔2024〕95号", "--out",
                foreign.toString(), "--json"));
        CliRunner.Run f = cli("audit", "verify", "--against", foreign.toString());
        assertThat(f.code()).isEqualTo(3);
        assertThat(f.out()).contains("另一把工作站密钥");

        // a PDF with no anchor
        Path plain = EvidenceFixtures.write(tmp.resolve("plain.pdf"), EvidenceFixtures.pdf("no anchor"));
        CliRunner.Run none = cli("audit", "verify", "--against", plain.toString());
        assertThat(none.code()).isEqualTo(3);
        assertThat(none.out()).contains("没有审计锚点");
    }

    @Test
    void anAlteredAnchorFailsItsSignature() throws Exception {
        Path opinion = tmp.resolve("opinion.pdf");
        ok(cli("opinion", "render", CASE, "--out", opinion.toString(), "--json"));
        AuditAnchors.Anchor a = AuditAnchors.fromPdf(opinion);
        AuditAnchors.Anchor moved = new AuditAnchors.Anchor(a.seq() - 1, a.hash(), a.at(), a.certificateSha256(),
                a.signature());
        try (var w = org.jrw.persistence.Workspace.open(ws)) {
            var cert = org.jrw.logic.signing.WorkstationIdentity.loadOrCreate(w).certificate();
            assertThat(AuditAnchors.signatureValid(a, cert)).isTrue();
            assertThat(AuditAnchors.signatureValid(moved, cert)).isFalse();
            var check = AuditAnchors.check(w, java.util.Map.of("x.pdf", moved));
            assertThat(check.intact()).isFalse();
            assertThat(check.problems()).anyMatch(p -> p.startsWith("seats.anchor.badSignature"));
        }
    }

    @Test
    void theWorkstationKeysPasswordIsKeptOutsideTheWorkspaceOwnerOnly() throws Exception {
        Path opinion = tmp.resolve("opinion.pdf");
        ok(cli("opinion", "render", CASE, "--out", opinion.toString(), "--json"));
        Path p12 = ws.resolve("keys").resolve("workstation.p12");
        assertThat(p12).exists();
        try (var files = Files.list(ws.resolve("keys"))) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("workstation.p12");
        }
        Path secret = org.jrw.logic.signing.WorkstationIdentity.secretFile(p12);
        assertThat(secret).exists();
        assertThat(secret.startsWith(ws)).isFalse();
        assertThat(Files.getPosixFilePermissions(secret)).containsExactlyInAnyOrder(
                java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        // an older workspace's secret beside the key is moved out on first use
        byte[] content = Files.readAllBytes(secret);
        Files.delete(secret);
        Path legacy = ws.resolve("keys").resolve("workstation.secret");
        Files.write(legacy, content);
        ok(cli("package", "export-review", CASE, "--out", tmp.resolve("r.jrreview").toString(), "--json"));
        assertThat(legacy).doesNotExist();
        assertThat(secret).exists();
        // without it the key cannot be used, and the message says where it is looked for
        Files.delete(secret);
        CliRunner.Run r = cli("package", "export-review", CASE, "--out", tmp.resolve("r2.jrreview").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("用户配置目录", secret.getFileName().toString());
        assertThat(tmp.resolve("r2.jrreview")).doesNotExist();
        // an opinion is still rendered, without an anchor
        Path unanchored = tmp.resolve("unanchored.pdf");
        ok(cli("opinion", "render", CASE, "--out", unanchored.toString(), "--json"));
        assertThat(AuditAnchors.fromPdf(unanchored)).isNull();
    }
}
