package org.jrw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jrw.testing.CliRunner;
import org.jrw.testing.PanelFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code review show} says why the opinion is still a draft, and that a point is settled rather than nothing. */
class ReviewShowWordingTest {
    static final String CASE = "西应急罚〔2024〕96号";

    @TempDir
    Path tmp;

    @Test
    void aDraftSaysWhyAndSettledPointsSaySo() throws Exception {
        Path ws = tmp.resolve("ws");
        Path pw = PanelFixture.panelOfThree(tmp, ws, CASE);
        PanelFixture.allAgree(ws, CASE);
        CliRunner.Run draft = CliRunner.in(ws, "review", "show", CASE);
        assertThat(draft.code()).as(draft.err()).isZero();
        assertThat(draft.out()).contains("草稿（尚无联审结论）", "主体是否适格 — 已审结");

        CliRunner.ok(CliRunner.in(ws, "--json", "review", "conclude", CASE, "--conclusion", "同意"));
        CliRunner.Run ready = CliRunner.in(ws, "review", "show", CASE);
        assertThat(ready.out()).contains("可签署").doesNotContain("草稿");

        // once a member signed through the workspace the content is frozen: no longer "ready to sign"
        Path pdf = tmp.resolve("opinion.pdf");
        CliRunner.ok(CliRunner.in(ws, "opinion", "render", CASE, "--out", pdf.toString(), "--json"));
        CliRunner.ok(CliRunner.in(ws, "sign", pdf.toString(), "--keystore", tmp.resolve("wang.p12").toString(),
                "--password-file", pw.toString(), "--role", "OFFICER", "--out", pdf.toString(), "--json"));
        CliRunner.Run signed = CliRunner.in(ws, "review", "show", CASE);
        assertThat(signed.out()).contains("内容已冻结").doesNotContain("可签署");
    }
}
