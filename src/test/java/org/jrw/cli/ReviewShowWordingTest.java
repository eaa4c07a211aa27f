package org.jrw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
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
        PanelFixture.panelOfThree(tmp, ws, CASE);
        for (List<String> m : PanelFixture.MEMBERS) {
            CliRunner.ok(CliRunner.in(ws, "--json", "review", "view", CASE, "--member", m.get(0), "--point", "ALL",
                    "--view", "同意"));
        }
        CliRunner.Run draft = CliRunner.in(ws, "review", "show", CASE);
        assertThat(draft.code()).as(draft.err()).isZero();
        assertThat(draft.out()).contains("草稿（尚无联审结论）", "主体是否适格 — 已审结");

        CliRunner.ok(CliRunner.in(ws, "--json", "review", "conclude", CASE, "--conclusion", "同意"));
        CliRunner.Run ready = CliRunner.in(ws, "review", "show", CASE);
        assertThat(ready.out()).contains("可签署").doesNotContain("草稿");
    }
}
