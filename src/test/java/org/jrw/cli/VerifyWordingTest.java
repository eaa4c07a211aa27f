package org.jrw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jrw.testing.CliRunner;
import org.jrw.testing.PanelFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code verify} says about a broken signature: the member and role, never the internal field name. */
class VerifyWordingTest {
    static final String CASE = "西应急罚〔2024〕97号";

    @TempDir
    Path tmp;

    @Test
    void aBrokenSignatureIsNamedByItsSignerAndRole() throws Exception {
        Path ws = tmp.resolve("ws");
        Path pw = PanelFixture.panelOfThree(tmp, ws, CASE);
        PanelFixture.allAgree(ws, CASE);
        CliRunner.ok(CliRunner.in(ws, "--json", "review", "conclude", CASE, "--conclusion", "同意", "--penalty",
                "罚款人民币2万元"));
        Path pdf = tmp.resolve("opinion.pdf");
        CliRunner.ok(CliRunner.in(ws, "opinion", "render", CASE, "--out", pdf.toString(), "--json"));
        CliRunner.Run unsigned = CliRunner.run("verify", pdf.toString());
        assertThat(unsigned.code()).isZero();
        assertThat(unsigned.out()).contains("尚无签名").doesNotContain("所有签名有效");
        CliRunner.ok(CliRunner.run("sign", pdf.toString(), "--keystore", tmp.resolve("wang.p12").toString(),
                "--password-file", pw.toString(), "--role", "OFFICER", "--out", pdf.toString(), "--json"));

        // one byte of the signed content changed (the document's title in its information dictionary)
        byte[] b = Files.readAllBytes(pdf);
        int at = new String(b, StandardCharsets.ISO_8859_1).indexOf("/Title");
        assertThat(at).isPositive();
        b[at + 10] ^= 1;
        Path broken = Files.write(tmp.resolve("broken.pdf"), b);

        CliRunner.Run r = CliRunner.run("verify", broken.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).contains("王建国（执法业务骨干）的签名无效").doesNotContain("jrw-sig");
        // the time as a person reads it, not an ISO instant
        assertThat(r.out()).doesNotContainPattern("\\d{2}:\\d{2}:\\d{2}Z").containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
    }
}
