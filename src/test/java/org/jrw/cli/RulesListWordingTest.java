package org.jrw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jrw.testing.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rules list} reads as plain language: no configuration keys, no empty entries, consistent labels. */
class RulesListWordingTest {
    @TempDir
    Path tmp;

    @Test
    void theListNamesEverySourcePlainly() {
        CliRunner.Run r = CliRunner.in(tmp.resolve("ws"), "rules", "list");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(r.out()).doesNotContain("hearingThreshold").doesNotContain("statementPeriodDays")
                .doesNotContain("requiredDocuments").doesNotContain("thresholds ").contains("陈述、申辩期限")
                .contains("各程序阶段应有的执法文书");
        // no entry ends in a colon with nothing after it
        assertThat(lines).noneMatch(l -> l.matches(".*：\\s+.*") && l.split("  ")[1].endsWith("："));
        // an example is labelled an example in its origin too, never 工作台内置
        assertThat(lines.stream().filter(l -> l.contains("示例（不适用于任何案件）")))
                .isNotEmpty().noneMatch(l -> l.contains("工作台内置"));
        CliRunner.Run en = CliRunner.in(tmp.resolve("ws"), "--lang", "en", "rules", "list");
        assertThat(en.out()).contains("period for statements and defence").doesNotContain("示例（不适用于任何案件）")
                .doesNotContain("statementPeriodDays");
    }

    @Test
    void notesNameTheCommandNotAProgramTheUserMayNotHave() {
        for (String key : new String[] {"checks.note.benchmark", "checks.note.noPenalty", "checks.note.hearingThreshold",
            "checks.note.statementPeriod"}) {
            String zh = org.jrw.i18n.Messages.get(java.util.Locale.SIMPLIFIED_CHINESE, key, "陕西省西安市", "2024-05-08");
            assertThat(zh).as(key).doesNotContain("jrw").contains("命令行 rules import 命令");
            assertThat(org.jrw.i18n.Messages.get(java.util.Locale.ENGLISH, key, "x", "y")).as(key).doesNotContain("jrw ");
        }
    }
}
