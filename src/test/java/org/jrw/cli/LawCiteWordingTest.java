package org.jrw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jrw.testing.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code law cite}: one effective date for an article in every output, each name once. */
class LawCiteWordingTest {
    @TempDir
    Path tmp;

    private static int occurrences(String s, String w) {
        int n = 0;
        for (int i = s.indexOf(w); i >= 0; i = s.indexOf(w, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void anArticleAddedByAnAmendmentShowsItsOwnDayInTextAndJson() {
        CliRunner.Run text = CliRunner.run("law", "cite", "刑法第一百三十四条之一");
        assertThat(text.code()).as(text.err()).isZero();
        String version = text.out().lines().filter(l -> l.startsWith("版本：")).findFirst().orElseThrow();
        assertThat(version).contains("2021-03-01").doesNotContain("1997-10-01");
        var json = CliRunner.ok(CliRunner.run("--json", "law", "cite", "刑法第一百三十四条之一"));
        assertThat(json.path("effectiveFrom").asText()).isEqualTo("2021-03-01");
        assertThat(CliRunner.run("law", "cite", "刑法第一百三十四条之一", "--on", "2020-01-01").code()).isEqualTo(2);
    }

    @Test
    void anImportedTextNamesItsDateAndTitleOnce() throws Exception {
        Path ws = tmp.resolve("ws");
        Path txt = tmp.resolve("reg.txt");
        Files.writeString(txt, LawImportCommandTest.regulation("示范市安全生产条例", 5), StandardCharsets.UTF_8);
        CliRunner.ok(CliRunner.in(ws, "--json", "law", "import", txt.toString(), "--title", "示范市安全生产条例", "--short",
                "示范条例", "--effective", "2024-03-01", "--jurisdiction", "陕西省西安市"));
        CliRunner.Run cite = CliRunner.in(ws, "law", "cite", "示范条例第五条");
        assertThat(cite.code()).as(cite.err()).isZero();
        String version = cite.out().lines().filter(l -> l.startsWith("版本：")).findFirst().orElseThrow();
        assertThat(occurrences(version, "2024-03-01")).as(version).isEqualTo(1);
        CliRunner.Run missing = CliRunner.in(ws, "law", "cite", "《示范市安全生产条例》第六条");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(occurrences(missing.err(), "示范市安全生产条例")).as(missing.err()).isEqualTo(1);
        assertThat(missing.err()).contains("中没有第六条");
    }
}
