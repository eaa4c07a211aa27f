package org.jrw.app;

import java.nio.file.Path;

/** Starts the JavaFX workbench (kept apart so the command line never loads JavaFX). */
final class DesktopLauncher {
    private DesktopLauncher() {
    }

    static void launch(Path workspace) {
        org.jrw.gui.WorkbenchApp.launchWorkbench(workspace);
    }
}
