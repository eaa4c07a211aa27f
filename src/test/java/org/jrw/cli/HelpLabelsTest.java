package org.jrw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.jrw.testing.CliRunner;
import org.junit.jupiter.api.Test;

/** Help in Chinese names option values with the labels the other commands use, not picocli's English field names. */
class HelpLabelsTest {
    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path tmp;

    @Test
    void trainingExerciseHelpHasNoFieldNames() {
        CliRunner.Run r = CliRunner.run("training", "exercise", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("--fine=N", "--trainee=NAME")
                .doesNotContain("<fine>", "<trainee>", "<penalty>", "<violated>", "<circumstances>");
    }

    @Test
    void reviewAndIdentityHelpHaveNoFieldNames() {
        String[][] commands = {{"review", "member"}, {"review", "view"}, {"review", "conclude"},
            {"review", "renew-certificate"}, {"identity", "create"}};
        for (String[] c : commands) {
            CliRunner.Run r = CliRunner.run(c[0], c[1], "--help");
            assertThat(r.code()).isZero();
            assertThat(r.out()).as(String.join(" ", c)).doesNotContainPattern("<[a-z]+>");
        }
    }

    @Test
    void anUnknownItemToAddNamesTheWordsTheCommandTakes() throws Exception {
        java.nio.file.Path ws = tmp.resolve("ws");
        java.nio.file.Path pkg = org.jrw.testing.TestPackages.valid().writeZip(tmp.resolve("c.jrcase"));
        assertThat(CliRunner.in(ws, "case", "import", pkg.toString()).code()).isZero();
        CliRunner.Run r = CliRunner.in(ws, "case", "add", "西应急罚〔2024〕99号", "widget");
        assertThat(r.code()).isEqualTo(2);
        // as README and --help write it (case add CASE party|officer|violation), with what each is
        assertThat(r.err()).contains("party 当事人", "officer 执法人员", "violation 违法行为");
    }
}
