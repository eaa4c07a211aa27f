package org.jrw.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleInstanceTest {
    @TempDir
    Path tmp;

    @Test
    void aSecondLaunchHandsItsFilesToTheFirst() throws Exception {
        Path socket = tmp.resolve("i.sock");
        List<List<Path>> received = new CopyOnWriteArrayList<>();
        assertThat(SingleInstance.handOver(socket, List.of(tmp.resolve("a.jrcase")))).isFalse();
        try (SingleInstance server = SingleInstance.listen(socket, received::add)) {
            Path file = tmp.resolve("案卷 1.jrcase");
            assertThat(SingleInstance.handOver(socket, List.of(file))).isTrue();
            org.testfx.util.WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !received.isEmpty());
            assertThat(received).containsExactly(List.of(file));
            assertThat(Files.getPosixFilePermissions(socket)).hasSize(2);
        }
        assertThat(socket).doesNotExist();
    }

    @Test
    void aSocketLeftByACrashedInstanceIsReplaced() throws Exception {
        Path socket = tmp.resolve("stale.sock");
        Files.writeString(socket, "not a socket");
        List<List<Path>> received = new CopyOnWriteArrayList<>();
        try (SingleInstance server = SingleInstance.listen(socket, received::add)) {
            assertThat(SingleInstance.handOver(socket, List.of())).isTrue();
        }
    }

    @Test
    void aWindowThatEndsWithoutClosingLeavesNoSocket() throws Exception {
        Path socket = tmp.resolve("exit.sock");
        Process p = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), SingleInstanceExitChild.class.getName(), socket.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the child JVM ends").isTrue();
        assertThat(out).contains("listening");
        assertThat(socket).as("removed by the exit hook, so the next start does not knock on it").doesNotExist();
    }

    @Test
    void closingTwiceIsHarmlessAndKeepsAnotherWindowsSocket() throws Exception {
        Path socket = tmp.resolve("twice.sock");
        SingleInstance first = SingleInstance.listen(socket, files -> { });
        first.close();
        try (SingleInstance second = SingleInstance.listen(socket, files -> { })) {
            first.close();
            assertThat(socket).as("the second window's socket stays").exists();
            assertThat(SingleInstance.handOver(socket, List.of())).isTrue();
        }
    }

    @Test
    void onlyOptionsAndPackagesMeanTheGui() throws Exception {
        Path pkg = Files.writeString(tmp.resolve("x.jrcase"), "zip");
        assertThat(Main.GuiArgs.parse(new String[0])).isNotNull();
        Main.GuiArgs g = Main.GuiArgs.parse(new String[] {"--workspace", "/w", "--lang", "en", pkg.toString()});
        assertThat(g.workspace()).isEqualTo(Path.of("/w"));
        assertThat(g.lang()).isEqualTo("en");
        assertThat(g.files()).containsExactly(pkg.toAbsolutePath());
        assertThat(Main.GuiArgs.parse(new String[] {"case", "list"})).isNull();
        assertThat(Main.GuiArgs.parse(new String[] {"--workspace", "/w", "init"})).isNull();
        assertThat(Main.GuiArgs.parse(new String[] {tmp.resolve("missing.jrcase").toString()})).isNull();
    }
}
