package org.jrw.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app-image's bin/jrw (installer/linux/jrw-launcher.sh) starts the runtime with the options of
 * lib/app/jrw.cfg, and adds the window's own options (gui-java-options: C2 held back, ADR 0169)
 * only when started without arguments, never to a command.
 */
class LauncherScriptTest {
    @Test
    void theWindowsOptionsGoToAStartWithoutArgumentsOnly(@TempDir Path tmp) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash");
        Path app = tmp.resolve("jrw");
        Files.createDirectories(app.resolve("bin"));
        Files.createDirectories(app.resolve("lib/app"));
        Files.createDirectories(app.resolve("lib/runtime/bin"));
        Files.copy(Path.of("installer/linux/jrw-launcher.sh"), app.resolve("bin/jrw"));
        Files.writeString(app.resolve("lib/app/jrw.cfg"), String.join("\n", "[Application]",
                "app.classpath=$APPDIR/jrw.jar", "app.mainclass=org.jrw.app.Main", "", "[JavaOptions]",
                "gui-java-options=-XX:CompilerDirectivesFile=$APPDIR/jit-startup.json",
                "gui-java-options=-Djrw.jit.heldAtStart=true", "java-options=-Xmx2g", ""), StandardCharsets.UTF_8);
        // a "java" that prints what it was given, one argument per line
        Path java = app.resolve("lib/runtime/bin/java");
        Files.writeString(java, "#!/bin/bash\nprintf '%s\\n' \"$@\"\n");
        for (Path p : List.of(java, app.resolve("bin/jrw"))) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        String appDir = app.toRealPath().resolve("lib/app").toString();

        List<String> window = run(app.resolve("bin/jrw"));
        assertThat(window).contains("-Xmx2g", "-XX:CompilerDirectivesFile=" + appDir + "/jit-startup.json",
                "-Djrw.jit.heldAtStart=true", "-cp", appDir + "/jrw.jar", "org.jrw.app.Main");

        List<String> command = run(app.resolve("bin/jrw"), "check", "X");
        assertThat(command).contains("-Xmx2g", "org.jrw.app.Main", "check", "X")
                .noneMatch(a -> a.contains("CompilerDirectivesFile") || a.contains("heldAtStart"));
    }

    private static List<String> run(Path launcher, String... args) throws IOException, InterruptedException {
        List<String> cmd = new java.util.ArrayList<>(List.of("/bin/bash", launcher.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out.lines().toList();
    }
}
