package org.jrw.app;

import java.lang.management.ManagementFactory;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * The optimising JIT compiler (C2) held back while the window starts (ADR 0169). The app-image's
 * launcher starts the workbench's window (no arguments) with a compiler directive that excludes
 * C2 ({@code lib/app/jit-startup.json}, {@code -Djrw.jit.heldAtStart=true}); on two cores its
 * compilations took the CPU the window's thread needed for the first frame. Once the first usable
 * frame is on screen the directive is removed through the JVM's diagnostic command
 * {@code Compiler.directives_clear}, and C2 compiles what becomes hot from then on. Commands are
 * started without it.
 */
public final class StartupCompilation {
    /** The launcher's mark that the JVM was started with the start-up directive. */
    static final String HELD_PROPERTY = "jrw.jit.heldAtStart";
    private static final CountDownLatch STARTED = new CountDownLatch(1);
    private static final AtomicBoolean WAITING = new AtomicBoolean();

    private StartupCompilation() {
    }

    /** Whether this JVM was started with C2 held back (the app-image's launcher). */
    static boolean held() {
        return Boolean.getBoolean(HELD_PROPERTY);
    }

    /**
     * Lifts the directive once {@link #started()} is called, or after {@code maxWaitMs} at the
     * latest, on a background thread of its own (reading the diagnostic bean costs about 0.1 s of
     * CPU, which the start must not pay). Does nothing when C2 is not held back, or when called
     * again. Returns whether a release is now pending.
     */
    static boolean releaseWhenStarted(long maxWaitMs) {
        if (!held() || !WAITING.compareAndSet(false, true)) {
            return false;
        }
        Thread t = new Thread(() -> {
            try {
                STARTED.await(maxWaitMs, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // released at once below
            }
            release();
        }, "jrw-jit-release");
        t.setDaemon(true);
        t.start();
        return true;
    }

    /** The start is done (the first usable frame is on screen): the directive may go. */
    static void started() {
        STARTED.countDown();
    }

    /**
     * Removes every compiler directive (the start-up one is the only one the program sets).
     * Returns whether the JVM accepted the command; a failure is logged, and only costs speed.
     */
    static boolean release() {
        try {
            ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesClear",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            return true;
        } catch (JMException | RuntimeException e) {
            // the logger is taken here, when needed, not when the class starts (on the main thread,
            // before logging is set up)
            Logger.getLogger("jrw.startup").log(Level.WARNING, "the start-up compiler directive could not be removed; C2 stays off", e);
            return false;
        }
    }
}
