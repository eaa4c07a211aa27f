package org.jrw.persistence;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the workspace lives when none is given: {@code $JRW_HOME}, else the platform's per-user
 * data folder ({@code $XDG_DATA_HOME/jrw} or {@code ~/.local/share/jrw} on Linux,
 * {@code %APPDATA%\jrw} on Windows, {@code ~/Library/Application Support/jrw} on macOS).
 */
public final class WorkspaceLocation {
    private WorkspaceLocation() {
    }

    public static Path defaultDir() {
        return defaultDir(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    static Path defaultDir(Map<String, String> env, String os, String home) {
        String jrwHome = env.get("JRW_HOME");
        if (jrwHome != null && !jrwHome.isBlank()) {
            return Path.of(jrwHome);
        }
        String o = os.toLowerCase(Locale.ROOT);
        if (o.contains("win")) {
            String appData = env.get("APPDATA");
            return appData != null ? Path.of(appData, "jrw") : Path.of(home, "AppData", "Roaming", "jrw");
        }
        if (o.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "jrw");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "jrw") : Path.of(home, ".local", "share", "jrw");
    }
}
