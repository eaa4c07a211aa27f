package org.jrw.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * ADR 0169: the app-image starts the JVM with C2 excluded by {@code installer/jit-startup.json}
 * and lifts the exclusion once started. Checked in a JVM started with the launcher's options.
 */
class StartupCompilationTest {
    private static final String EXCLUDED = "Exclude:true";

    @Test
    void theShippedDirectiveHoldsC2BackUntilTheStartIsDoneAndPrintsNothingOnStandardOutput() throws Exception {
        List<String> options = launcherOptions();
        assertThat(options).contains("-D" + StartupCompilation.HELD_PROPERTY + "=true");
        List<String> out = runChild(options);
        // the JVM's "1 compiler directives added" would precede the program's first line
        assertThat(out.get(0)).startsWith("before: ");
        assertThat(out.get(0)).contains("matching: *.*").contains(EXCLUDED);
        assertThat(out).contains("pending: true");
        assertThat(out.get(out.size() - 1)).startsWith("after: ").doesNotContain(EXCLUDED);
    }

    @Test
    void withoutTheLaunchersMarkNothingIsReleased() throws Exception {
        List<String> out = runChild(List.of());
        assertThat(out).contains("pending: false");
        assertThat(out.get(0)).doesNotContain(EXCLUDED);
    }

    @Test
    void releasingWhereNoDirectiveIsSetIsHarmless() {
        assertThat(StartupCompilation.release()).isTrue();
        assertThat(StartupCompilation.releaseWhenStarted(1)).as("not started by the launcher").isFalse();
    }

    /** The options installer/build.sh writes into the launcher's jrw.cfg for the window's start. */
    private static List<String> launcherOptions() throws IOException {
        String line = Files.readAllLines(Path.of("installer/build.sh"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("sed ") && l.contains("CompilerDirectivesFile")).findFirst().orElseThrow();
        List<String> options = new ArrayList<>();
        for (String part : line.split("\\\\ngui-java-options=")) {
            if (part.startsWith("-")) {
                options.add(part.replaceAll("\\|.*$", "")
                        .replace("$APPDIR/", Path.of("installer").toAbsolutePath() + "/"));
            }
        }
        return options;
    }

    private static List<String> runChild(List<String> jvmOptions) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(StartupCompilationChild.class.getName());
        Path log = Files.createTempFile("jrw-jit", ".txt");
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(false).redirectOutput(log.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the child JVM ends").isTrue();
            assertThat(p.exitValue()).isZero();
            return Files.readAllLines(log, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
