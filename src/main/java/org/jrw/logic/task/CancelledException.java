package org.jrw.logic.task;

/** The user cancelled the work; whatever it was writing has been rolled back. */
public final class CancelledException extends RuntimeException {
    public CancelledException() {
        super("cancelled");
    }
}
