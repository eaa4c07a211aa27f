package org.jrw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jrw.testing.CliRunner;
import org.jrw.testing.TestPackages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code anonymize --blur} naming evidence the case does not have is bad input, not silently ignored. */
class AnonymizeBlurTargetTest {
    @TempDir
    Path tmp;

    @Test
    void aRegionOnUnknownEvidenceIsRefusedAndNothingIsWritten() throws Exception {
        Path ws = tmp.resolve("ws");
        Path pkg = TestPackages.valid().writeZip(tmp.resolve("c.jrcase"));
        assertThat(CliRunner.run("--workspace", ws.toString(), "case", "import", pkg.toString()).code()).isZero();
        Map<String, String> before = TestPackages.snapshot(ws);
        Path out = tmp.resolve("copy.jrcase");

        CliRunner.Run r = CliRunner.run("--workspace", ws.toString(), "anonymize", "西应急罚〔2024〕99号",
                "--out", out.toString(), "--blur", "e99:1,2,3,4");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("e99", "不在本案中", "e1");
        assertThat(Files.exists(out)).isFalse();
        assertThat(TestPackages.snapshot(ws)).isEqualTo(before);
    }
}
