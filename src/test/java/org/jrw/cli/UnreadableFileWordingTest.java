package org.jrw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jrw.testing.CliRunner;
import org.jrw.testing.TestPackages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file that is not a PDF, a certificate or a package is refused in Chinese, without the parser's English. */
class UnreadableFileWordingTest {
    @TempDir
    Path tmp;

    @Test
    void refusalsCarryNoParserEnglish() throws Exception {
        Path ws = tmp.resolve("ws");
        Path pkg = TestPackages.valid().writeZip(tmp.resolve("c.jrcase"));
        assertThat(CliRunner.run("--workspace", ws.toString(), "case", "import", pkg.toString()).code()).isZero();
        Path junk = Files.writeString(tmp.resolve("批注.pdf"), "hello, not a pdf");
        CliRunner.Run comments = CliRunner.in(ws, "package", "import-comments", "西应急罚〔2024〕99号", junk.toString());
        assertThat(comments.code()).isEqualTo(2);
        assertThat(comments.err()).contains("不是可读的 PDF 文件").doesNotContainPattern("[A-Za-z]{4,}");

        Path pem = Files.writeString(tmp.resolve("顾问.pem"), "-----BEGIN CERTIFICATE-----\nxyz\n-----END CERTIFICATE-----\n");
        CliRunner.Run trust = CliRunner.in(ws, "package", "trust", "add", pem.toString());
        assertThat(trust.code()).isEqualTo(2);
        assertThat(trust.err()).contains("不是可读的 X.509 证书").doesNotContain("Exception", "parsing", "Error");
    }
}
