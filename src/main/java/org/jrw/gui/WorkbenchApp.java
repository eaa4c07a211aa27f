package org.jrw.gui;

/** Placeholder replaced by the GUI shell in the next commit. */
public final class WorkbenchApp {
    private WorkbenchApp() {
    }

    public static void start(String[] args) {
        throw new UnsupportedOperationException("GUI not yet built");
    }
}
