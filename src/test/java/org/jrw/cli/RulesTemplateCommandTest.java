package org.jrw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jrw.testing.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rules template DIR}: the three templates as CSV and XLSX; the XLSX one imports like the CSV one. */
class RulesTemplateCommandTest {
    @TempDir
    Path tmp;

    @Test
    void templatesAreWrittenAndTheirExamplesRefusedInBothFormats() {
        Path dir = tmp.resolve("模板");
        JsonNode out = CliRunner.ok(CliRunner.run("--json", "rules", "template", dir.toString()));
        assertThat(out.path("files")).hasSize(6);
        assertThat(dir.resolve("benchmark-template.xlsx")).exists();
        assertThat(dir.resolve("thresholds-template.csv")).exists();
        Path ws = tmp.resolve("ws");
        for (String f : new String[] {"benchmark-template.csv", "benchmark-template.xlsx"}) {
            CliRunner.Run r = CliRunner.in(ws, "rules", "import", dir.resolve(f).toString(), "--kind", "benchmark",
                    "--jurisdiction", "陕西省", "--effective", "2024-01-01");
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains("【示例】");
        }
        CliRunner.Run r = CliRunner.in(ws, "--json", "rules", "list");
        assertThat(r.code()).isZero();
        assertThat(r.out()).doesNotContain("benchmark-template");
        assertThat(Files.isDirectory(dir)).isTrue();
    }
}
