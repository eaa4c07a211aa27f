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
}
