package org.jrw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.jrw.testing.CliRunner;
import org.junit.jupiter.api.Test;

/** Help in Chinese names option values with the labels the other commands use, not picocli's English field names. */
class HelpLabelsTest {
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
}
