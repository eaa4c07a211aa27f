package org.jrw.app;

import java.nio.file.Path;
import java.util.List;
import org.jrw.gui.WorkbenchApp;

/** Starts the JavaFX workbench (kept apart so the command line never loads JavaFX). */
final class DesktopLauncher {
    private DesktopLauncher() {
    }

    static void launch(Path workspace, boolean languageGiven, List<Path> files, Path socket,
                       java.util.concurrent.CompletableFuture<org.jrw.logic.settings.Preferences> prefs) {
        WorkbenchApp.launchWorkbench(new WorkbenchApp.Launch(workspace, languageGiven, files,
                onFiles -> SingleInstance.listen(socket, onFiles), Logs::writeCrashReport, prefs, StartupCompilation::started));
    }
}
