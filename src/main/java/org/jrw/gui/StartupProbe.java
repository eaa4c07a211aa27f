package org.jrw.gui;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * For the start-up benchmark (bench/startup): with {@code -Djrw.startupProbe=true}, prints
 * {@code JRW_FIRST_FRAME <ms since JVM start>} after the first frame of the main window has been
 * laid out and rendered, then {@code JRW_USABLE <ms>} once the window is usable: the case list
 * filled and the last case's overview shown (laid out and rendered). With
 * {@code -Djrw.startupProbe.exit=true} it quits after the usable frame ({@code =frame}: after the first).
 */
final class StartupProbe {
    private StartupProbe() {
    }

    /** Runs {@code r} once the first frame is on screen (so start-up work never delays it). */
    static void afterFirstFrame(Scene scene, Runnable r) {
        Runnable[] self = new Runnable[1];
        self[0] = () -> {
            scene.removePostLayoutPulseListener(self[0]);
            Platform.runLater(r);
        };
        scene.addPostLayoutPulseListener(self[0]);
    }

    /**
     * With {@code -Djrw.startupProbe.phases=true}, prints a phase mark (ms since JVM start, CPU times).
     * Off in the benchmark: reading CPU times starts the management subsystem, which the bare
     * window it is compared with does not pay for.
     */
    static void mark(String phase) {
        if (Boolean.getBoolean("jrw.startupProbe.phases")) {
            System.out.println("JRW_PHASE " + phase + " "
                    + (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime())
                    + " cpu " + processCpuMs() + " thread " + Thread.currentThread().getName() + " "
                    + ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000);
        }
    }

    /**
     * CPU time spent so far by the JavaFX thread and by the whole process (ms): on a shared
     * machine these vary less with the load than the wall time, so they compare two builds.
     */
    private static void printCpu() {
        long fx = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
        System.out.println("JRW_CPU fx " + fx + " process " + processCpuMs());
        if (Boolean.getBoolean("jrw.startupProbe.threads")) {
            var mx = ManagementFactory.getThreadMXBean();
            for (var info : mx.getThreadInfo(mx.getAllThreadIds())) {
                if (info != null) {
                    System.out.println("JRW_THREAD " + mx.getThreadCpuTime(info.getThreadId()) / 1_000_000 + " " + info.getThreadName());
                }
            }
            printNativeThreads();
        }
    }

    /**
     * On Linux, every thread of the process with its CPU time (ms) from /proc, the JIT compilers and
     * the collector included, which the Java list above does not show ({@code JRW_TASK ms name}).
     */
    private static void printNativeThreads() {
        java.nio.file.Path tasks = java.nio.file.Path.of("/proc/self/task");
        if (!java.nio.file.Files.isDirectory(tasks)) {
            return;
        }
        try (var dirs = java.nio.file.Files.newDirectoryStream(tasks)) {
            for (java.nio.file.Path t : dirs) {
                String stat = java.nio.file.Files.readString(t.resolve("stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime + stime, 1/100 s
                String[] sched = java.nio.file.Files.readString(t.resolve("schedstat")).trim().split(" ");
                // schedstat: ns on a CPU, ns runnable but waiting for one
                System.out.println("JRW_TASK " + ticks * 10 + " waited " + Long.parseLong(sched[1]) / 1_000_000 + " "
                        + java.nio.file.Files.readString(t.resolve("comm")).trim());
            }
        } catch (java.io.IOException | RuntimeException e) {
            System.out.println("JRW_TASK unavailable: " + e);
        }
    }

    private static long processCpuMs() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1_000_000 : -1;
    }

    static void install(Scene scene) {
        if (!Boolean.getBoolean("jrw.startupProbe")) {
            return;
        }
        Runnable[] self = new Runnable[1];
        self[0] = () -> {
            scene.removePostLayoutPulseListener(self[0]);
            // the frame laid out in this pulse is rendered before the next runLater runs
            Platform.runLater(() -> {
                long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("JRW_FIRST_FRAME " + ms);
                System.out.flush();
                if ("frame".equals(System.getProperty("jrw.startupProbe.exit"))) {
                    System.exit(0); // not Platform.exit(): a first-start dialog may hold a nested event loop
                }
            });
        };
        scene.addPostLayoutPulseListener(self[0]);
    }

    /**
     * The first usable frame: the case list filled, a case open and its overview (header and
     * tabs, the selected tab's content) in the window. Checked after a layout pass, so what it
     * finds has been laid out, and is rendered before the next {@code runLater}.
     */
    static java.util.function.BooleanSupplier caseShown(MainViewModel vm, javafx.scene.Parent view) {
        return () -> !vm.cases().shownCases().isEmpty() && vm.overview().dossier() != null
                && view.lookup("#overviewTabs") != null;
    }

    /**
     * With the probe on, prints JRW_USABLE after the first laid-out frame in which {@code ready}
     * holds (checked after every layout pass: the case list filled and a case's overview built).
     */
    static void usable(Scene scene, java.util.function.BooleanSupplier ready) {
        if (!Boolean.getBoolean("jrw.startupProbe")) {
            return;
        }
        afterFrameWhere(scene, ready, () -> {
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            // the mark first: reading CPU times starts the management subsystem (some ms), which
            // the benchmark, reading up to this line, is not to count
            System.out.println("JRW_USABLE " + ms);
            System.out.flush();
            printCpu();
            System.out.flush();
            if ("true".equals(System.getProperty("jrw.startupProbe.exit"))) {
                System.exit(0);
            }
        });
    }

    /**
     * Runs {@code then} once, after the first frame laid out (and so rendered before {@code then}
     * runs) in which {@code ready} holds; work that can wait (font parsing) waits for it so it
     * does not compete with the first usable frame.
     */
    static void afterFrameWhere(Scene scene, java.util.function.BooleanSupplier ready, Runnable then) {
        Runnable[] self = new Runnable[1];
        self[0] = () -> {
            if (!ready.getAsBoolean()) {
                return;
            }
            scene.removePostLayoutPulseListener(self[0]);
            // the frame laid out in this pulse is rendered before the next runLater runs
            Platform.runLater(then);
        };
        scene.addPostLayoutPulseListener(self[0]);
    }
}
