package org.jrw.gui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Waits in GUI tests for a condition on what the JavaFX thread changes, evaluated on the JavaFX thread.
 * TestFX's {@code waitFor} calls its condition on the test thread and fails the test when the condition
 * throws; a condition that walks a list the JavaFX thread is replacing ({@code setAll} is a clear, then
 * an add) can throw {@code ConcurrentModificationException} or {@code IndexOutOfBoundsException}, or
 * see the list empty in between. On the JavaFX thread the condition runs between events, where the list
 * is whole.
 */
public final class FxWait {
    private FxWait() {
    }

    /** Waits (at most {@code seconds}) until {@code condition}, evaluated on the JavaFX thread, holds. */
    public static void until(long seconds, Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, onFx(condition));
    }

    /** The condition as a poll that evaluates it on the JavaFX thread (for a test's own wait helper). */
    public static Callable<Boolean> onFx(Callable<Boolean> condition) {
        return () -> WaitForAsyncUtils.asyncFx(condition).get(30, TimeUnit.SECONDS);
    }
}
