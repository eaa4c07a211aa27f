package org.jrw.app;

/** Starts the JavaFX workbench (kept apart so the command line never loads JavaFX). */
final class DesktopLauncher {
    private DesktopLauncher() {
    }

    static void launch(String[] args) {
        org.jrw.gui.WorkbenchApp.start(args);
    }
}
