package org.jrw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jrw.i18n.Messages;
import org.jrw.testing.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Labels and their values are joined by the interface language's colon: {@code ": "} in English, {@code ：} in Chinese. */
class EnglishPunctuationTest {
    @Test
    void theColonFollowsTheLanguage() {
        try {
            Messages.setLanguage("en");
            assertThat(Messages.colon()).isEqualTo(": ");
            assertThat(Messages.semicolon()).isEqualTo("; ");
            assertThat("Documents" + Messages.paren(16)).isEqualTo("Documents (16)");
            assertThat(String.join(Messages.enumComma(), "a", "b")).isEqualTo("a, b");
            assertThat(Messages.get("gui.circ.count", 1)).isEqualTo("places, devices or persons concerned: 1");
            assertThat(Messages.get("gui.eval.summary", 1, 1, 13)).startsWith("1 deduction (1 finding); none of the 13 veto items hit.");
            assertThat(Messages.get("gui.eval.summary", 0, 2, 13)).startsWith("No deductions (2 findings);");
            // counted things are singular or plural, not "(s)"
            assertThat(Messages.get("check.done", "X", 1, 0, 2)).isEqualTo("Case X: 1 error, no warnings, 2 for information");
            assertThat(Messages.get("edit.cli.saved", "X", 3, 7)).isEqualTo("Saved 3 changes to case X (edit 7)");
            assertThat(Messages.get("edit.gui.status.saved", 1)).isEqualTo("Saved (1 change, recorded in the audit trail)");
            assertThat(Messages.get("edit.rejected", 2, "m")).isEqualTo("Not saved: 2 problems (m)");
            assertThat(Messages.get("edit.cli.valid", "X", 0)).isEqualTo("Case X can be confirmed (no notes)");
            assertThat(Messages.get("review.view.done", 1, 2)).startsWith("1 view recorded;");
            assertThat(Messages.get("checks.OFFICERS_INSUFFICIENT", 1, 2)).startsWith("Only 1 officer with");
            for (String key : java.util.List.of("edit.confirm.incomplete", "edit.cli.invalid", "edit.gui.status.refused",
                    "edit.cli.undone.done", "edit.cli.redone.done", "edit.gui.status.undone", "edit.gui.status.redone",
                    "gui.dashboard.drafts", "sign.done", "checks.OFFICERS_INSUFFICIENT", "evaluation.rule.singleKindEvidence")) {
                assertThat(Messages.get(key, 2, 2, 2, 2)).as(key).doesNotContain("(s)").doesNotContain("{");
            }
            Messages.setLanguage("zh");
            assertThat(Messages.colon()).isEqualTo("：");
            assertThat("文书" + Messages.paren(16)).isEqualTo("文书（16）");
            assertThat(String.join(Messages.enumComma(), "甲", "乙")).isEqualTo("甲、乙");
        } finally {
            Messages.setLanguage("zh");
        }
    }

    @Test
    void similarCasesInEnglishSayWhyWithAnEnglishColon(@TempDir Path tmp) {
        Path ws = tmp.resolve("ws");
        assertThat(CliRunner.run("--workspace", ws.toString(), "init", "--demo").code()).isZero();
        CliRunner.Run en = CliRunner.in(ws, "--lang", "en", "similar", "西应急罚〔2024〕37号", "--limit", "2");
        assertThat(en.code()).isZero();
        assertThat(en.out()).contains("Why similar: ").doesNotContain("Why similar：");
        // the reasons in a list, English punctuation between them
        assertThat(en.out()).contains("; Same violated provision: ").doesNotContain("；Same");
        CliRunner.Run zh = CliRunner.in(ws, "similar", "西应急罚〔2024〕37号", "--limit", "2");
        assertThat(zh.out()).contains("相似原因：");
    }

    @Test
    void theEvaluationCaveatListsTheModelsPlacesAsEnglishDoes(@TempDir Path tmp) throws Exception {
        Path ws = tmp.resolve("ws");
        assertThat(CliRunner.run("--workspace", ws.toString(), "init", "--demo").code()).isZero();
        org.jrw.model.Dossier d;
        try (org.jrw.persistence.Workspace w = org.jrw.persistence.Workspace.open(ws)) {
            d = new org.jrw.logic.dossier.DossierService(w).load("西应急罚〔2024〕37号");
        }
        try {
            Messages.setLanguage("en");
            assertThat(org.jrw.logic.evaluation.EvaluationCaveat.of(org.jrw.logic.evaluation.EvaluationModel.builtIn(), d, "陕西省西安市"))
                    .contains("山东省, 浙江省").doesNotContain("、");
        } finally {
            Messages.setLanguage("zh");
        }
    }
}
