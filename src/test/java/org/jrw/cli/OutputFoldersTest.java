package org.jrw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jrw.testing.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ADR 0170: every command that writes a file refuses a folder that does not exist, and creates nothing. */
class OutputFoldersTest {
    private static final String CASE = "西应急罚〔2024〕37号";

    @Test
    void aMistypedOutputFolderIsRefusedByEveryWritingCommand(@TempDir Path tmp) {
        Path ws = tmp.resolve("ws");
        assertThat(CliRunner.run("--workspace", ws.toString(), "init", "--demo").code()).isZero();
        Path missing = tmp.resolve("no-such-folder");
        List<List<String>> commands = List.of(
                List.of("opinion", "render", CASE, "--out", missing.resolve("o.pdf").toString()),
                List.of("evaluate", CASE, "--report", missing.resolve("e.pdf").toString()),
                List.of("similar", CASE, "--report", missing.resolve("s.pdf").toString()),
                List.of("search", "特种作业", "--report", missing.resolve("r.pdf").toString()),
                List.of("precedent", "export", "--all", "--out", missing.resolve("p.jsonl").toString()),
                List.of("case", "export", CASE, "--out", missing.resolve("c.jrcase").toString()),
                List.of("package", "export-pdf", CASE, "--out", missing.resolve("d.pdf").toString()));
        for (List<String> c : commands) {
            CliRunner.Run r = CliRunner.in(ws, c.toArray(String[]::new));
            assertThat(r.code()).as(String.join(" ", c)).isEqualTo(2);
            assertThat(r.err()).as(String.join(" ", c)).contains("输出文件夹“" + missing + "”不存在");
            assertThat(Files.exists(missing)).as(String.join(" ", c)).isFalse();
        }
        // with --json the refusal is the JSON error object
        CliRunner.Run json = CliRunner.in(ws, "--json", "opinion", "render", CASE, "--out", missing.resolve("o.pdf").toString());
        assertThat(json.code()).isEqualTo(2);
        assertThat(json.out()).contains("\"error\"").contains("不存在");
        // an existing folder is written to as before
        CliRunner.Run ok = CliRunner.in(ws, "evaluate", CASE, "--report", tmp.resolve("e.pdf").toString());
        assertThat(ok.code()).isZero();
        assertThat(tmp.resolve("e.pdf")).isNotEmptyFile();
    }
}
