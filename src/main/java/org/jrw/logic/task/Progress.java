package org.jrw.logic.task;

/**
 * Progress and cancellation for long work, without JavaFX: the GUI adapts it to a
 * {@code javafx.concurrent.Task}, the command line passes {@link #NONE}.
 */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** Reports {@code done} of {@code total} units (total ≤ 0: unknown) and a short message. */
    void update(long done, long total, String message);

    boolean isCancelled();

    /** Throws {@link CancelledException} when the user cancelled. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
